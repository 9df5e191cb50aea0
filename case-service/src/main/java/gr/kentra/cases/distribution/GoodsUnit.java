package gr.kentra.cases.distribution;

/** How the quantity of a line is counted. */
public enum GoodsUnit {
    PIECES,
    KG,
    PACKAGES
}
