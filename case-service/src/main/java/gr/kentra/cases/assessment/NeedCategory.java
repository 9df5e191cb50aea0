package gr.kentra.cases.assessment;

/** Structured need categories of a needs assessment. */
enum NeedCategory {
    FOOD,
    HOUSING,
    INCOME,
    EMPLOYMENT,
    HEALTH,
    MENTAL_HEALTH,
    DISABILITY_SUPPORT,
    EDUCATION,
    CHILDCARE,
    ELDERLY_CARE,
    LEGAL,
    DOCUMENTATION,
    SOCIAL_ISOLATION,
    DOMESTIC_VIOLENCE,
    ADDICTION,
    OTHER
}
