package gr.kentra.cases.tenancy;

import java.util.Locale;

import gr.kentra.cases.tenancy.lifecycle.CentreLifecycle;
import gr.kentra.commons.tenant.TenantId;

/**
 * A centre's name for the pages' header, as the registry gives it with the centres' statuses, in the reader's
 * language (Greek when there is no English name); the slug while the registry has not said.
 */
public final class CentreNames {

    private final CentreLifecycle lifecycle;

    public CentreNames(CentreLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    /** {@code centre} is the slug from the page's path, already checked against the reader's token. */
    public String of(String centre, Locale locale) {
        if (!TenantId.isValid(centre)) {
            return centre;
        }
        return lifecycle.name(TenantId.of(centre))
                .map(name -> "en".equals(locale.getLanguage()) && present(name.en()) ? name.en() : name.el())
                .filter(CentreNames::present)
                .orElse(centre);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
