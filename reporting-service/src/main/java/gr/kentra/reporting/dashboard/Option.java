package gr.kentra.reporting.dashboard;

/** A choice of a select list, or a link with its text. */
public record Option(String value, String label) {
}
