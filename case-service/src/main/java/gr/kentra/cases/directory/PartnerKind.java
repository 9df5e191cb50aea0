package gr.kentra.cases.directory;

/** What kind of service or structure a partner is; referral indicators are counted by it. */
public enum PartnerKind {
    MUNICIPAL_SOCIAL_GROCERY,
    MUNICIPAL_SOCIAL_PHARMACY,
    MUNICIPAL_HOME_HELP,
    DYPA,
    HOSPITAL,
    KEPA,
    NGO,
    PROSECUTOR,
    OTHER_PUBLIC,
    OTHER
}
