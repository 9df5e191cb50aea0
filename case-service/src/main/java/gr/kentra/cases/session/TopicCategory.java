package gr.kentra.cases.session;

/** Coded topic of a counselling session (the details belong in the protected notes). Labels: {@code topic.*}. */
enum TopicCategory {
    EMOTIONAL_SUPPORT,
    ANXIETY_DEPRESSION,
    FAMILY_RELATIONS,
    PARENTING,
    GRIEF,
    DOMESTIC_VIOLENCE,
    ADDICTION,
    EMPLOYMENT_STRESS,
    SOCIAL_ISOLATION,
    CRISIS_INTERVENTION,
    OTHER
}
