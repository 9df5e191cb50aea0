package gr.kentra.cases.document;

/**
 * The documents a centre issues. Each is about one person; the report and the letter also name the record they
 * come from (a completed social investigation, a referral), and whoever issues or opens one needs the permission
 * that reads that record.
 */
enum DocumentType {
    /** That the person is registered with the centre, and since when. */
    REGISTRATION_ATTESTATION("REGISTRY_READ", false),
    /** The report of a completed social investigation, for the authority that asked for it. */
    SOCIAL_INVESTIGATION_REPORT("INVESTIGATION_READ", true),
    /** The letter the person carries to the partner service they are referred to. */
    REFERRAL_LETTER("REFERRAL_READ", true);

    private final String readPermission;
    private final boolean needsRecord;

    DocumentType(String readPermission, boolean needsRecord) {
        this.readPermission = readPermission;
        this.needsRecord = needsRecord;
    }

    String readPermission() {
        return readPermission;
    }

    boolean needsRecord() {
        return needsRecord;
    }

    /** The Thymeleaf template under {@code templates/documents/}. */
    String template() {
        return "documents/" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
