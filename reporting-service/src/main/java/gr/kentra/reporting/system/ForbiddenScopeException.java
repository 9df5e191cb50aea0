package gr.kentra.reporting.system;

/** The caller's token does not reach the part of the country asked for; a 403 problem. */
public class ForbiddenScopeException extends RuntimeException {

    public ForbiddenScopeException(String scope) {
        super("scope not allowed: " + scope);
    }
}
