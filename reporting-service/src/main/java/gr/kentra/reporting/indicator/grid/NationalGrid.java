package gr.kentra.reporting.indicator.grid;

import java.util.Map;

import gr.kentra.reporting.suppression.Grid;

/**
 * The full national grid of one indicator and period: rows are all centres (or, for ESF, all centre
 * operations), grouped by region. For distinct-person counts the totals are not sums of rows (a person
 * served in two centres counts once), so the true regional and national distinct counts come along.
 *
 * @param regionDistinct distinct persons per region, or null when the totals are plain sums
 * @param nationalDistinct distinct persons in the country, or null when the totals are plain sums
 */
public record NationalGrid(Grid grid, Map<String, Long> regionDistinct, Long nationalDistinct) {

    public boolean additive() {
        return nationalDistinct == null;
    }
}
