package gr.kentra.tenants.centre;

/** The ESF programme periods a centre's operation can belong to. */
final class ProgrammePeriods {

    static final String PATTERN = "^(2014-2020|2021-2027)$";
    static final String CURRENT = "2021-2027";

    private ProgrammePeriods() {
    }
}
