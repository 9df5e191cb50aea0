/**
 * Small-cell and complementary suppression for every published table.
 *
 * <p>Build one {@link gr.kentra.reporting.suppression.Grid} per indicator (rows = centres, row groups =
 * regions, columns = categories) and protect it with
 * {@link gr.kentra.reporting.suppression.Suppression#protect}. The centre, regional and national views
 * are all projections of that one grid (cells, row totals, group subtotals and totals, column and grand
 * totals), so showing any of them with the hidden flags of the
 * {@link gr.kentra.reporting.suppression.ProtectedGrid} keeps every hidden value unrecoverable, even
 * when a reader combines views. Protecting each view on its own would not: the views share totals.
 *
 * <p>Inside: primary suppression of {@code 0 < v < k}; hidden rectangles within a group; a one-relation
 * heuristic for what rectangles cannot cover (totals, one-centre regions); then an exact linear audit
 * ({@code DisclosureAudit}) repeated until no hidden value is determined by the published ones.
 *
 * <p>Allowed dependencies: none of the service's modules; every other module may use it.
 */
@ApplicationModule(allowedDependencies = {})
package gr.kentra.reporting.suppression;

import org.springframework.modulith.ApplicationModule;
