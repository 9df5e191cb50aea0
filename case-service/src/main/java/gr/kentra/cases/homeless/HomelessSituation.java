package gr.kentra.cases.homeless;

/** The person's living situation, after the four conceptual categories of ETHOS light (FEANTSA). */
public enum HomelessSituation {
    /** Sleeping rough or in emergency accommodation. */
    ROOFLESS,
    /** In accommodation for the homeless, a shelter or an institution they should have left. */
    HOUSELESS,
    /** With relatives or friends for lack of a home, without a tenancy, under eviction or violence. */
    INSECURE_HOUSING,
    /** In a mobile home, an unfit dwelling or extreme overcrowding. */
    INADEQUATE_HOUSING
}
