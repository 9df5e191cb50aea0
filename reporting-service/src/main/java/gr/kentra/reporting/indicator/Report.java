package gr.kentra.reporting.indicator;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the report endpoints publish, already suppressed: JSON as is, CSV and XLSX from the same object.
 *
 * @param scope the scope asked for ({@code national}, {@code region:attica}, ...), or the ESF selection
 * @param tables one table per indicator (or one ESF table)
 * @param footnotes what a reader must know to read the numbers (how hidden numbers are shown, ...)
 */
public record Report(String scope, String from, String to, String compareFrom, String compareTo, int k,
        List<Table> tables, List<String> footnotes) {

    public record Column(String key, String label) {
    }

    public record Row(String key, String label, List<Value> cells, Value total) {
    }

    /**
     * @param asOf the numbers count every fact recorded up to this time (null: not told, as for ESF tables)
     * @param refreshing whether facts were recorded since {@code asOf} and the table is being protected anew (a
     *     linked table's protection takes seconds: its older protected numbers are served meanwhile)
     * @param rowDimension what the rows are: {@code region}, {@code centre} or {@code indicator}
     * @param comparison the same table over the comparison period, when one was asked for
     */
    public record Table(String code, String label, String definition, String from, String to,
            @JsonInclude(JsonInclude.Include.NON_NULL) Instant asOf, boolean refreshing, String rowDimension,
            String rowHeader, List<Column> columns, String totalLabel, List<Row> rows, Row totals,
            Table comparison) {
    }
}
