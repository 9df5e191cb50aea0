package gr.kentra.reporting.dashboard;

import java.util.List;

/**
 * What every dashboard page shows around its content: the language, the link to the same page in the other
 * language, and the navigation the caller's roles allow.
 *
 * @param scopes links to the caller's own widest scopes (a coordinator of two centres gets both)
 * @param esf the ESF page's link, or null for a caller who may not see it
 * @param person the caller's name for the platform's header
 * @param role the caller's reporting role, in the reader's language
 */
public record Chrome(String lang, String otherLanguageHref, String otherLanguageLabel, String overview,
        List<Option> scopes, String esf, String person, String role) {
}
