package gr.kentra.commons.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Spring's logging API (Apache Commons Logging) reaches Logback through {@link LevelCheckedLogFactory}: a message
 * whose level is off is never rendered, and a logged one arrives as Commons Logging's own binding delivered it (logger,
 * level, text, throwable, caller).
 */
class LevelCheckedLogFactoryTest {

    private static final String NAME = "gr.kentra.test.LevelChecked";

    private final Logger logback = (Logger) LoggerFactory.getLogger(NAME);
    /** Takes each event's caller when it is appended, as a pattern with a location would (Logback finds it lazily). */
    private final ListAppender<ILoggingEvent> events = new ListAppender<>() {
        @Override
        protected void append(ILoggingEvent event) {
            event.getCallerData();
            super.append(event);
        }
    };
    private final Log log = LogFactory.getLog(NAME);

    /** A message that counts how often it is rendered, as Spring's LogMessage renders on toString. */
    private static final class Counted {
        final AtomicInteger rendered = new AtomicInteger();

        @Override
        public String toString() {
            return "rendered " + rendered.incrementAndGet();
        }
    }

    @BeforeEach
    void listen() {
        events.start();
        logback.addAppender(events);
        logback.setAdditive(false);
        logback.setLevel(Level.INFO);
    }

    @AfterEach
    void stopListening() {
        logback.detachAppender(events);
        logback.setAdditive(true);
        logback.setLevel(null);
    }

    @Test
    void commonsLoggingFindsTheLevelCheckedFactory() {
        assertThat(LogFactory.getFactory()).isInstanceOf(LevelCheckedLogFactory.class);
        assertThat(log).isInstanceOf(LevelCheckedLogFactory.LevelCheckedLog.class);
        assertThat(LogFactory.getLog(NAME)).isSameAs(log);
    }

    @Test
    void aMessageBelowTheLevelIsNeverRendered() {
        Counted message = new Counted();

        log.trace(message);
        log.debug(message);
        log.debug(message, new IllegalStateException("not logged"));

        assertThat(message.rendered).hasValue(0);
        assertThat(events.list).isEmpty();
        assertThat(log.isDebugEnabled()).isFalse();
        assertThat(log.isInfoEnabled()).isTrue();
    }

    @Test
    void aLoggedMessageKeepsItsLoggerLevelTextThrowableAndCaller() {
        IllegalStateException failure = new IllegalStateException("why");

        log.info(new Counted());
        log.warn("careful", failure);
        log.fatal("gone");

        assertThat(events.list).hasSize(3);
        assertThat(events.list).allSatisfy(event -> {
            assertThat(event.getLoggerName()).isEqualTo(NAME);
            assertThat(event.getCallerData()).isNotEmpty();
            assertThat(event.getCallerData()[0].getClassName()).isEqualTo(getClass().getName());
            assertThat(event.getMarkerList()).extracting(Object::toString)
                    .containsExactly(LevelCheckedLogFactory.MARKER_NAME);
        });
        assertThat(events.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.INFO, Level.WARN, Level.ERROR);
        assertThat(events.list).extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("rendered 1", "careful", "gone");
        assertThat(events.list.get(1).getThrowableProxy().getMessage()).isEqualTo("why");
    }

    @Test
    void aLevelChangedWhileRunningIsHonoured() {
        Counted message = new Counted();
        log.debug(message);

        logback.setLevel(Level.DEBUG);
        log.debug(message);

        assertThat(message.rendered).hasValue(1);
        assertThat(events.list).singleElement().satisfies(event -> assertThat(event.getLevel()).isEqualTo(Level.DEBUG));
    }
}
