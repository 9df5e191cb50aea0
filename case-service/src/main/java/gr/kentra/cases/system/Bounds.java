package gr.kentra.cases.system;

import jakarta.validation.GroupSequence;
import jakarta.validation.groups.Default;

/**
 * The validation group of item counts on a request with a list of items. Validated with
 * {@code @Validated(Bounds.First.class)}, a body with 10 000 items is refused with one error before any item is
 * validated, let alone compared with the others. (A {@code @GroupSequence} on the request itself would not do:
 * Hibernate Validator cascades into the items whatever the request's own constraints gave.)
 */
public interface Bounds {

    @GroupSequence({Bounds.class, Default.class})
    interface First {
    }
}
