package gr.kentra.commons.facts;

import java.util.List;

/**
 * One fact as it travels from case-service's outbox to reporting-service's intake ({@code POST /internal/facts}):
 * the component names are the JSON field names. Every value is a plain JSON type, so that reporting can bind
 * anything it is sent and name the field that is outside the contract: the type is a {@link FactType} name, the
 * age band an {@link AgeBand} code, the flags {@link Flag} names, the rest within {@link Vocabulary}. Tenant,
 * region and operation are the centre's, added by the relay; the rest is what the outbox keeps. {@code quantity}
 * and {@code sign} default to 1 when absent.
 */
public record Fact(String id, String tenant, String region, String operation, String month, String type,
        String pseudonym, String pseudonymKey, String category, String outcome, Integer quantity, String gender,
        String ageBand, String employmentStatus, Integer iscedLevel, List<String> flags, Integer sign) {

    /** The fields the relay adds from the centre's placement; every other field is written by the outbox. */
    public static final List<String> PLACEMENT = List.of("tenant", "region", "operation");
}
