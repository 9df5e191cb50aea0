package gr.kentra.deploy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Prometheus series the services publish: Kentra's own meters (read from the code: their Micrometer names
 * and types) and the standard meters of Spring Boot, Micrometer and HikariCP that the services' starters bring.
 */
final class PublishedMetrics {

    private static final Pattern CONSTANT = Pattern.compile("static final String (\\w+)\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern BUILDER = Pattern.compile(
            "\\b(Counter|Timer|Gauge|DistributionSummary|LongTaskTimer)\\.builder\\(\\s*(\"[^\"]+\"|\\w+)(?:\\s*\\+\\s*\"([^\"]+)\")?");
    private static final Pattern SHORTCUT = Pattern.compile(
            "\\.(counter|timer|gauge|summary)\\(\\s*(\"[^\"]+\"|\\w+)(?:\\s*\\+\\s*\"([^\"]+)\")?");
    private static final Pattern PROMQL_IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Set<String> PROMQL_WORDS = Set.of("and", "or", "unless", "by", "without", "on", "ignoring",
            "group_left", "group_right", "bool", "offset", "inf", "nan");

    /** Standard series (Spring Boot 4 / Micrometer 1.16 / HikariCP names as Prometheus exposes them). */
    static final Set<String> STANDARD = Set.of(
            "up",
            "http_server_requests_seconds_count", "http_server_requests_seconds_sum", "http_server_requests_seconds_max",
            "http_server_requests_seconds_bucket",
            "http_client_requests_seconds_count", "http_client_requests_seconds_sum", "http_client_requests_seconds_max",
            "hikaricp_connections", "hikaricp_connections_active", "hikaricp_connections_idle",
            "hikaricp_connections_pending", "hikaricp_connections_max", "hikaricp_connections_min",
            "hikaricp_connections_timeout_total", "hikaricp_connections_acquire_seconds_count",
            "hikaricp_connections_acquire_seconds_sum", "hikaricp_connections_acquire_seconds_max",
            "hikaricp_connections_usage_seconds_count", "hikaricp_connections_usage_seconds_sum",
            "hikaricp_connections_creation_seconds_count", "hikaricp_connections_creation_seconds_sum",
            "jvm_memory_used_bytes", "jvm_memory_max_bytes", "jvm_memory_committed_bytes",
            "jvm_gc_pause_seconds_count", "jvm_gc_pause_seconds_sum", "jvm_gc_pause_seconds_max",
            "jvm_threads_live_threads", "jvm_threads_daemon_threads", "jvm_threads_peak_threads",
            "jvm_classes_loaded_classes", "process_cpu_usage", "system_cpu_usage", "process_uptime_seconds",
            "process_start_time_seconds", "system_cpu_count", "logback_events_total");

    private PublishedMetrics() {
    }

    /** Kentra's own series, by service: {@code kentra.cells.available} (a gauge) is {@code kentra_cells_available}. */
    static Set<String> kentra() {
        Set<String> series = new TreeSet<>();
        for (String service : ServiceConfig.NAMES) {
            for (Path source : Repository.files(service + "/src/main/java", ".java")) {
                String text = Repository.read(source);
                if (!text.contains("io.micrometer")) {
                    continue;
                }
                Map<String, String> constants = new HashMap<>();
                Matcher constant = CONSTANT.matcher(text);
                while (constant.find()) {
                    constants.put(constant.group(1), constant.group(2));
                }
                for (Pattern pattern : List.of(BUILDER, SHORTCUT)) {
                    Matcher meter = pattern.matcher(text);
                    while (meter.find()) {
                        String argument = meter.group(2);
                        String name = argument.startsWith("\"") ? argument.substring(1, argument.length() - 1)
                                : constants.get(argument);
                        if (name != null && meter.group(3) != null) {
                            name = name + meter.group(3);
                        }
                        if (name != null && name.startsWith("kentra.")) {
                            series.addAll(prometheusNames(meter.group(1).toLowerCase(), name.replace('.', '_')));
                        }
                    }
                }
            }
        }
        return series;
    }

    private static List<String> prometheusNames(String type, String base) {
        return switch (type) {
            case "counter" -> List.of(base + "_total");
            case "timer", "longtasktimer" -> List.of(base + "_seconds_count", base + "_seconds_sum", base + "_seconds_max");
            case "distributionsummary", "summary" -> List.of(base + "_count", base + "_sum", base + "_max");
            default -> List.of(base);
        };
    }

    /** The series a PromQL expression reads: identifiers outside strings, label matchers, ranges and groupings. */
    static Set<String> seriesIn(String expression) {
        String bare = expression.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
        Set<String> series = new LinkedHashSet<>();
        Matcher identifier = PROMQL_IDENTIFIER.matcher(bare);
        while (identifier.find()) {
            String word = identifier.group();
            int next = identifier.end();
            while (next < bare.length() && bare.charAt(next) == ' ') {
                next++;
            }
            boolean function = next < bare.length() && bare.charAt(next) == '(';
            boolean number = identifier.start() > 0 && Character.isDigit(bare.charAt(identifier.start() - 1));
            if (!function && !number && !PROMQL_WORDS.contains(word.toLowerCase())) {
                series.add(word);
            }
        }
        return series;
    }
}
