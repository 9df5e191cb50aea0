package gr.kentra.commons.web;

/** The header names the gateway and the services agree on; plain strings, so the reactive gateway uses them too. */
public final class KentraHeaders {

    /** The centre a request is for, relayed by the gateway and re-checked against the token by case-service. */
    public static final String TENANT = "X-Kentra-Tenant";
    /** Why a person opens a record outside their own work (audited). */
    public static final String REASON = "X-Kentra-Reason";
    /** The id the gateway gives every request (a client's own is dropped) and echoes on the answer. */
    public static final String REQUEST_ID = "X-Request-Id";

    private KentraHeaders() {
    }
}
