package gr.kentra.cases.profile;

/** Housing situation; {@code HOMELESS} and {@code HOUSING_EXCLUSION} count for CO18 / EECO16. */
enum HousingSituation {
    OWNED_OR_RENTED,
    WITH_FAMILY_OR_FRIENDS,
    SOCIAL_HOUSING,
    INSECURE,
    INADEQUATE,
    HOUSING_EXCLUSION,
    HOMELESS
}
