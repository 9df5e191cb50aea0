package gr.kentra.reporting.dashboard;

import java.util.List;

/**
 * The ESF page as the template prints it: the filter's state and choices, the programme's indicators by
 * gender (from the same suppressed report as {@code /reports/api/esf}) and the links to its CSV and XLSX.
 *
 * @param region the region shown (a regional manager's own when they chose none), or empty for the country
 * @param regions the regions the caller may choose; an analyst's list starts with "all regions" (empty value)
 */
public record EsfPage(Chrome chrome, String programme, List<Option> programmes, String region,
        List<Option> regions, String operation, String from, String to, String periodLabel, TableView table,
        List<String> footnotes, String exportCsv, String exportXlsx) {
}
