package gr.kentra.cases.requesttype;

import gr.kentra.cases.system.InvalidField;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** What requests may ask the catalogue: may a new request (or a request changed to it) use this type? */
@Component
public class RequestTypes {

    /** Upper-case constant: a letter, then letters, digits or underscores, 2 to 60 characters. */
    public static final String CODE_PATTERN = "^[A-Z][A-Z0-9_]{1,59}$";

    private final RequestTypeRepository repository;

    RequestTypes(RequestTypeRepository repository) {
        this.repository = repository;
    }

    /** A 400 field error on {@code field} unless {@code code} is an active entry of this centre's catalogue. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void requireActive(String code, String field) {
        RequestType type = repository.findById(code)
                .orElseThrow(() -> new InvalidField(field, "problem.requestType.unknown"));
        if (!type.active()) {
            throw new InvalidField(field, "problem.requestType.inactive");
        }
    }

    /** The active types, code to label in the person's language, in the catalogue's order (for the pages' lists). */
    @Transactional(readOnly = true)
    public java.util.Map<String, String> activeLabels(java.util.Locale locale) {
        java.util.Map<String, String> labels = new java.util.LinkedHashMap<>();
        repository.findAllByOrderByStandardDescCodeAsc().stream().filter(RequestType::active)
                .forEach(type -> labels.put(type.code(), RequestTypeView.of(type, locale).label()));
        return labels;
    }

    /** Every type's label in the person's language, inactive ones included (old requests keep their type). */
    @Transactional(readOnly = true)
    public java.util.Map<String, String> allLabels(java.util.Locale locale) {
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        repository.findAll().forEach(type -> labels.put(type.code(), RequestTypeView.of(type, locale).label()));
        return labels;
    }
}
