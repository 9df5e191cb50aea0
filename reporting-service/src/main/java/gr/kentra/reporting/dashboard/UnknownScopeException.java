package gr.kentra.reporting.dashboard;

/** A region or centre in a dashboard's address that does not exist: a 404 page, never a page of zeros. */
class UnknownScopeException extends RuntimeException {

    UnknownScopeException() {
        super(null, null, false, false);
    }
}
