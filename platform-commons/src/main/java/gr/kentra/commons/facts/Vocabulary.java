package gr.kentra.commons.facts;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The closed vocabularies of the fact contract. Anything outside them is refused at intake, so free text
 * (and with it a name or a number that identifies someone) can never reach reporting's store.
 */
public final class Vocabulary {

    public static final List<String> GENDERS = List.of("FEMALE", "MALE", "NON_BINARY", "UNKNOWN");
    public static final List<String> AGE_BANDS = AgeBand.codes();
    public static final List<String> EMPLOYMENT_STATUSES = List.of("EMPLOYED", "UNEMPLOYED", "LONG_TERM_UNEMPLOYED",
            "INACTIVE", "INACTIVE_IN_EDUCATION");
    public static final int ISCED_MIN = 0;
    public static final int ISCED_MAX = 8;

    /** Tenant ids and region codes: the municipality / region slug. */
    public static final Pattern SLUG = Pattern.compile("^[a-z][a-z0-9-]{1,39}$");
    /**
     * An ESF MIS code: 5 to 8 digits (operations have 7). Never 9 or 11, the lengths of an AFM and an AMKA,
     * so that an identifier pasted into the wrong field is refused.
     */
    public static final Pattern OPERATION = Pattern.compile("^[0-9]{5,8}$");
    public static final Pattern MONTH = Pattern.compile("^(20[0-9]{2})-(0[1-9]|1[0-2])$");
    public static final Pattern PSEUDONYM = Pattern.compile("^[0-9a-f]{64}$");
    /** The id of the pseudonym key (case-service's kentra.indicators.pseudonym-key-id); absent in older facts. */
    public static final Pattern PSEUDONYM_KEY = Pattern.compile("^[a-z0-9][a-z0-9-]{0,15}$");
    public static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{0,59}$");
    public static final int MAX_QUANTITY = 1_000_000;

    private Vocabulary() {
    }
}
