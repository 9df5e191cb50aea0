package gr.kentra.cases.distribution;

/** Where distributed goods come from: the EU food aid programme (ΤΕΒΑ/FEAD), the municipality, or donations. */
public enum Programme {
    TEBA_FEAD,
    MUNICIPAL,
    DONATION
}
