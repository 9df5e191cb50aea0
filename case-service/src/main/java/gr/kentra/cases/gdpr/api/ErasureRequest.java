package gr.kentra.cases.gdpr.api;

/** Why a person's identity is erased (kept in the audit trail, so it must not name the person). */
record ErasureRequest(String reason) {
}
