package gr.kentra.commons.observability;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggerContextListener;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.binder.BaseUnits;
import io.micrometer.core.instrument.binder.logging.LogbackMetrics;
import org.slf4j.LoggerFactory;

/**
 * {@code logback.events} (Prometheus {@code logback_events_total}, tag {@code level}), counted by an appender on the
 * root logger: once per event that is logged. Micrometer's {@link LogbackMetrics} counts them with a turbo filter,
 * which Logback consults on every level check of every library ({@code isDebugEnabled()}, {@code isTraceEnabled()})
 * whether or not anything is logged: 3.5 % of case-service's CPU per read (BENCHMARKS.md, session 15). The meter
 * keeps its name, tags, unit and description; a {@code LogbackMetrics} so that Spring Boot's binder backs off.
 * <p>
 * Like the turbo filter it replaces, it counts the events of every logger whose effective level lets them through
 * (the root logger's appenders see those of every additive logger; Kentra sets no logger non-additive). A reset of
 * the logging configuration re-attaches it; a stop of Logback's context (a second Spring Boot application configuring
 * logging in the same JVM, as test contexts do) ends it, as it ended the turbo filter.
 */
public class LogEventCounts extends LogbackMetrics {

    private static final List<Level> LEVELS = List.of(Level.ERROR, Level.WARN, Level.INFO, Level.DEBUG, Level.TRACE);

    private final LoggerContext context;
    private final Iterable<Tag> tags;
    private final Map<MeterRegistry, Counting> appenders = new ConcurrentHashMap<>();

    public LogEventCounts() {
        this(List.of(), (LoggerContext) LoggerFactory.getILoggerFactory());
    }

    public LogEventCounts(Iterable<Tag> tags, LoggerContext context) {
        super(tags, context);
        this.context = context;
        this.tags = tags;
        context.addListener(new ReattachOnReset());
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Map<Level, Counter> counters = new HashMap<>();
        for (Level level : LEVELS) {
            counters.put(level, Counter.builder("logback.events").tags(tags).tags("level", level.levelStr.toLowerCase())
                    .description("Number of log events that were enabled by the effective log level")
                    .baseUnit(BaseUnits.EVENTS).register(registry));
        }
        Counting appender = new Counting(counters);
        appender.setName("logback.events");
        appender.setContext(context);
        appender.start();
        appenders.put(registry, appender);
        root().addAppender(appender);
    }

    @Override
    public void close() {
        appenders.values().forEach(appender -> {
            root().detachAppender(appender);
            appender.stop();
        });
        appenders.clear();
        super.close();
    }

    private Logger root() {
        return context.getLogger(Logger.ROOT_LOGGER_NAME);
    }

    private static final class Counting extends UnsynchronizedAppenderBase<ILoggingEvent> {

        private final Counter error;
        private final Counter warn;
        private final Counter info;
        private final Counter debug;
        private final Counter trace;

        Counting(Map<Level, Counter> counters) {
            this.error = counters.get(Level.ERROR);
            this.warn = counters.get(Level.WARN);
            this.info = counters.get(Level.INFO);
            this.debug = counters.get(Level.DEBUG);
            this.trace = counters.get(Level.TRACE);
        }

        @Override
        protected void append(ILoggingEvent event) {
            switch (event.getLevel().toInt()) {
                case Level.ERROR_INT -> error.increment();
                case Level.WARN_INT -> warn.increment();
                case Level.INFO_INT -> info.increment();
                case Level.DEBUG_INT -> debug.increment();
                case Level.TRACE_INT -> trace.increment();
                default -> {
                }
            }
        }
    }

    /** A reset of the logging configuration (Spring Boot's, a test's) stops and detaches every appender: ours return. */
    private final class ReattachOnReset implements LoggerContextListener {

        @Override
        public boolean isResetResistant() {
            return true;
        }

        @Override
        public void onReset(LoggerContext resetContext) {
            appenders.values().forEach(appender -> {
                appender.start();
                root().addAppender(appender);
            });
        }

        @Override
        public void onStart(LoggerContext startedContext) {
        }

        @Override
        public void onStop(LoggerContext stoppedContext) {
        }

        @Override
        public void onLevelChange(Logger logger, Level level) {
        }
    }
}
