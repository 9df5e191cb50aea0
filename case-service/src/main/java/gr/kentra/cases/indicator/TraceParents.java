package gr.kentra.cases.indicator;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;

/**
 * A trace context kept in a table as its W3C {@code traceparent} ({@code 00-<trace id>-<span id>-<flags>}), and
 * read back: the outbox keeps the request's, the relay links its delivery to it.
 */
final class TraceParents {

    private static final Pattern TRACE_PARENT = Pattern.compile("^00-([0-9a-f]{32})-([0-9a-f]{16})-(0[01])$");

    private TraceParents() {
    }

    /** The context as a {@code traceparent}, or null when there is none (a fact made outside any request). */
    static String of(TraceContext context) {
        if (context == null || context.traceId() == null || context.spanId() == null
                || context.traceId().length() != 32 || context.spanId().length() != 16) {
            return null;
        }
        return "00-" + context.traceId() + "-" + context.spanId() + "-"
                + (Boolean.TRUE.equals(context.sampled()) ? "01" : "00");
    }

    /** The context a stored {@code traceparent} names; empty for null or anything malformed. */
    static Optional<TraceContext> parse(String traceParent, Tracer tracer) {
        if (traceParent == null) {
            return Optional.empty();
        }
        Matcher matcher = TRACE_PARENT.matcher(traceParent);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(tracer.traceContextBuilder().traceId(matcher.group(1)).spanId(matcher.group(2))
                .sampled("01".equals(matcher.group(3))).build());
    }
}
