package gr.kentra.commons.observability;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.MarkerFactory;
import org.slf4j.spi.LocationAwareLogger;

/**
 * Apache Commons Logging (Spring's logging API since Spring Framework 7) onto SLF4J, with the level checked before a
 * message is rendered. Commons Logging's own SLF4J binding renders every message ({@code String.valueOf}) and lets
 * Logback drop it afterwards, so every {@code logger.debug(LogMessage.format("Trying to match using %s", matcher))} of
 * Spring Security ran the matchers' {@code toString} on each request at INFO: about 2 % of the gateway's CPU per read
 * (issue 15, BENCHMARKS.md). Found by Commons Logging through {@code META-INF/services}. What is logged is the same:
 * the same logger, level, text, throwable, marker ({@value #MARKER_NAME}, the binding's; the JSON lines carry it as a
 * tag) and caller location (SLF4J's location-aware call with this adapter as the boundary); only messages whose
 * level is off are no longer rendered.
 */
public final class LevelCheckedLogFactory extends LogFactory {

    /** The marker Commons Logging's SLF4J binding puts on every event and level check. */
    static final String MARKER_NAME = "COMMONS-LOGGING";

    private final Map<String, Log> logs = new ConcurrentHashMap<>();
    private final Map<String, Object> attributes = new ConcurrentHashMap<>();

    @Override
    public Log getInstance(String name) {
        return logs.computeIfAbsent(name, key -> new LevelCheckedLog(LoggerFactory.getLogger(key)));
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Log getInstance(Class type) {
        return getInstance(type.getName());
    }

    @Override
    public Object getAttribute(String name) {
        return attributes.get(name);
    }

    @Override
    public String[] getAttributeNames() {
        return attributes.keySet().toArray(String[]::new);
    }

    @Override
    public void setAttribute(String name, Object value) {
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
    }

    @Override
    public void removeAttribute(String name) {
        attributes.remove(name);
    }

    @Override
    public void release() {
        logs.clear();
    }

    /** One logger; every call checks the level first, then logs as Commons Logging's binding does. */
    static final class LevelCheckedLog implements Log {

        private static final String BOUNDARY = LevelCheckedLog.class.getName();
        private static final Marker MARKER = MarkerFactory.getMarker(MARKER_NAME);
        private static final Object[] NO_ARGUMENTS = {};

        private final Logger logger;
        private final LocationAwareLogger located;

        LevelCheckedLog(Logger logger) {
            this.logger = logger;
            this.located = logger instanceof LocationAwareLogger aware ? aware : null;
        }

        private void log(int level, Object message, Throwable failure) {
            String text = String.valueOf(message);
            if (located != null) {
                located.log(MARKER, BOUNDARY, level, text, NO_ARGUMENTS, failure);
                return;
            }
            switch (level) {
                case LocationAwareLogger.TRACE_INT -> logger.trace(MARKER, text, failure);
                case LocationAwareLogger.DEBUG_INT -> logger.debug(MARKER, text, failure);
                case LocationAwareLogger.INFO_INT -> logger.info(MARKER, text, failure);
                case LocationAwareLogger.WARN_INT -> logger.warn(MARKER, text, failure);
                default -> logger.error(MARKER, text, failure);
            }
        }

        @Override
        public boolean isTraceEnabled() {
            return logger.isTraceEnabled(MARKER);
        }

        @Override
        public boolean isDebugEnabled() {
            return logger.isDebugEnabled(MARKER);
        }

        @Override
        public boolean isInfoEnabled() {
            return logger.isInfoEnabled(MARKER);
        }

        @Override
        public boolean isWarnEnabled() {
            return logger.isWarnEnabled(MARKER);
        }

        @Override
        public boolean isErrorEnabled() {
            return logger.isErrorEnabled(MARKER);
        }

        @Override
        public boolean isFatalEnabled() {
            return logger.isErrorEnabled(MARKER);
        }

        @Override
        public void trace(Object message) {
            trace(message, null);
        }

        @Override
        public void trace(Object message, Throwable failure) {
            if (logger.isTraceEnabled(MARKER)) {
                log(LocationAwareLogger.TRACE_INT, message, failure);
            }
        }

        @Override
        public void debug(Object message) {
            debug(message, null);
        }

        @Override
        public void debug(Object message, Throwable failure) {
            if (logger.isDebugEnabled(MARKER)) {
                log(LocationAwareLogger.DEBUG_INT, message, failure);
            }
        }

        @Override
        public void info(Object message) {
            info(message, null);
        }

        @Override
        public void info(Object message, Throwable failure) {
            if (logger.isInfoEnabled(MARKER)) {
                log(LocationAwareLogger.INFO_INT, message, failure);
            }
        }

        @Override
        public void warn(Object message) {
            warn(message, null);
        }

        @Override
        public void warn(Object message, Throwable failure) {
            if (logger.isWarnEnabled(MARKER)) {
                log(LocationAwareLogger.WARN_INT, message, failure);
            }
        }

        @Override
        public void error(Object message) {
            error(message, null);
        }

        @Override
        public void error(Object message, Throwable failure) {
            if (logger.isErrorEnabled(MARKER)) {
                log(LocationAwareLogger.ERROR_INT, message, failure);
            }
        }

        @Override
        public void fatal(Object message) {
            error(message, null);
        }

        @Override
        public void fatal(Object message, Throwable failure) {
            error(message, failure);
        }
    }
}
