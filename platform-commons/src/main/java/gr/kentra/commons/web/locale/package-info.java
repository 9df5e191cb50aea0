/**
 * The language rules: Greek by default, English on request, remembered in a cookie. Uses no other room of
 * {@code web}.
 */
package gr.kentra.commons.web.locale;
