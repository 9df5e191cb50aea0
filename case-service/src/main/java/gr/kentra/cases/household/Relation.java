package gr.kentra.cases.household;

/** How a household member is related to the beneficiary. */
enum Relation {
    SPOUSE,
    PARTNER,
    CHILD,
    PARENT,
    SIBLING,
    GRANDPARENT,
    GRANDCHILD,
    OTHER_RELATIVE,
    OTHER
}
