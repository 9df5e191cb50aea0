package gr.kentra.cases.distribution;

/** What kind of basic goods a line of a distribution is; summaries and indicators count by it. */
public enum GoodsKind {
    FOOD,
    HYGIENE,
    CLOTHING,
    SCHOOL_SUPPLIES,
    BABY_ITEMS,
    OTHER
}
