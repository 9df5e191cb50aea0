package gr.kentra.reporting.indicator.api;

import java.util.Locale;

import gr.kentra.commons.export.OfficeFiles;
import gr.kentra.reporting.indicator.Period;
import gr.kentra.reporting.indicator.Report;
import gr.kentra.reporting.indicator.Scope;
import gr.kentra.reporting.indicator.export.CsvExport;
import gr.kentra.reporting.indicator.export.XlsxExport;
import gr.kentra.reporting.indicator.report.IndicatorReports;
import gr.kentra.reporting.indicator.report.Labels;
import gr.kentra.reporting.system.InvalidRequestException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /reports/api/indicators?scope=&from=&to=[&compareFrom=&compareTo=][&indicator=]} as JSON, as
 * CSV ({@code Accept: text/csv}) or as an Excel workbook ({@code Accept:} {@link XlsxExport#MEDIA_TYPE}).
 * Parameters are checked here, so every mistake is a field error in the caller's language.
 */
@RestController
class IndicatorController {

    private final IndicatorReports reports;
    private final Labels labels;

    IndicatorController(IndicatorReports reports, Labels labels) {
        this.reports = reports;
        this.labels = labels;
    }

    @GetMapping(path = "/reports/api/indicators", produces = MediaType.APPLICATION_JSON_VALUE)
    Report json(@RequestParam(required = false) String scope, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String compareFrom,
            @RequestParam(required = false) String compareTo, @RequestParam(required = false) String indicator,
            @AuthenticationPrincipal Jwt jwt, Locale locale) {
        Scope parsedScope = Scope.parse(scope);
        Period period = Period.parse(from, to, "from", "to");
        return reports.indicators(jwt, parsedScope, period, comparison(compareFrom, compareTo), indicator, locale);
    }

    @GetMapping(path = "/reports/api/indicators", produces = CsvExport.MEDIA_TYPE)
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String scope,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String compareFrom, @RequestParam(required = false) String compareTo,
            @RequestParam(required = false) String indicator, @AuthenticationPrincipal Jwt jwt, Locale locale) {
        Report report = json(scope, from, to, compareFrom, compareTo, indicator, jwt, locale);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(OfficeFiles.CSV_MEDIA_TYPE))
                .header("Content-Disposition",
                        OfficeFiles.attachment(OfficeFiles.fileName(CsvExport.what(report), "csv")))
                .body(CsvExport.write(report, labels.text("report.comparison", locale)));
    }

    @GetMapping(path = "/reports/api/indicators", produces = XlsxExport.MEDIA_TYPE)
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String scope,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String compareFrom, @RequestParam(required = false) String compareTo,
            @RequestParam(required = false) String indicator, @AuthenticationPrincipal Jwt jwt, Locale locale) {
        Report report = json(scope, from, to, compareFrom, compareTo, indicator, jwt, locale);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XlsxExport.MEDIA_TYPE))
                .header("Content-Disposition",
                        OfficeFiles.attachment(OfficeFiles.fileName(CsvExport.what(report), "xlsx")))
                .body(XlsxExport.write(report, XlsxExport.words(labels, locale)));
    }

    private static Period comparison(String compareFrom, String compareTo) {
        if (compareFrom == null && compareTo == null) {
            return null;
        }
        if (compareFrom == null || compareTo == null) {
            throw InvalidRequestException.of(compareFrom == null ? "compareFrom" : "compareTo", "field.compareBoth");
        }
        return Period.parse(compareFrom, compareTo, "compareFrom", "compareTo");
    }
}
