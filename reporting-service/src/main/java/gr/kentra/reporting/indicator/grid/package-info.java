/**
 * The national grid of an indicator and period: the SQL over the aggregates (GridQuery, SqlFilter), the grid cache
 * kept fresh by the month stamps (GridCache), and the protection of periods by their months (MonthlyHiding) and of
 * the linked ESF tables (EsfProtection).
 */
package gr.kentra.reporting.indicator.grid;
