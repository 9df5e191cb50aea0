package gr.kentra.reporting.indicator.api;

import java.util.Locale;

import gr.kentra.commons.export.OfficeFiles;
import gr.kentra.reporting.indicator.EsfRequest;
import gr.kentra.reporting.indicator.Report;
import gr.kentra.reporting.indicator.export.CsvExport;
import gr.kentra.reporting.indicator.export.XlsxExport;
import gr.kentra.reporting.indicator.report.EsfReports;
import gr.kentra.reporting.indicator.report.Labels;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /reports/api/esf?programme=&region=&operation=[&from=&to=]} as JSON, CSV or XLSX. */
@RestController
class EsfController {

    private final EsfReports reports;
    private final Labels labels;

    EsfController(EsfReports reports, Labels labels) {
        this.reports = reports;
        this.labels = labels;
    }

    @GetMapping(path = "/reports/api/esf", produces = MediaType.APPLICATION_JSON_VALUE)
    Report json(@RequestParam(required = false) String programme, @RequestParam(required = false) String region,
            @RequestParam(required = false) String operation, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @AuthenticationPrincipal Jwt jwt, Locale locale) {
        return reports.esf(jwt, EsfRequest.parse(programme, region, operation, from, to), locale);
    }

    @GetMapping(path = "/reports/api/esf", produces = CsvExport.MEDIA_TYPE)
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String programme,
            @RequestParam(required = false) String region, @RequestParam(required = false) String operation,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @AuthenticationPrincipal Jwt jwt, Locale locale) {
        Report report = json(programme, region, operation, from, to, jwt, locale);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(OfficeFiles.CSV_MEDIA_TYPE))
                .header("Content-Disposition",
                        OfficeFiles.attachment(OfficeFiles.fileName(CsvExport.what(report), "csv")))
                .body(CsvExport.write(report, labels.text("report.comparison", locale)));
    }

    @GetMapping(path = "/reports/api/esf", produces = XlsxExport.MEDIA_TYPE)
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String programme,
            @RequestParam(required = false) String region, @RequestParam(required = false) String operation,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @AuthenticationPrincipal Jwt jwt, Locale locale) {
        Report report = json(programme, region, operation, from, to, jwt, locale);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XlsxExport.MEDIA_TYPE))
                .header("Content-Disposition",
                        OfficeFiles.attachment(OfficeFiles.fileName(CsvExport.what(report), "xlsx")))
                .body(XlsxExport.write(report, XlsxExport.words(labels, locale)));
    }
}
