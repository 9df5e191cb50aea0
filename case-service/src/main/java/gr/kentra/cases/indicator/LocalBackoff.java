package gr.kentra.cases.indicator;

import java.time.Duration;
import java.time.Instant;

/**
 * This instance's own pause from reporting-service, after failures that say nothing about the centre being
 * delivered: reporting (or its token endpoint) could not be reached at all, no answer came back
 * ({@link ReportingClient.Unreachable}). Recorded as the centre's pause ({@link RelayBackoffs}), a replica cut off
 * from reporting while the others reach it (a partition of its own) would pause that centre for every instance;
 * instead it pauses all its own deliveries, {@code first} after the first such failure, twice as long after each
 * further one, at most {@code max} (a centre's pauses), while the other instances go on delivering every centre.
 * When the pause is over one round tries (the probe: it first opens a connection to reporting, so that it locks no
 * facts while reporting is still out of reach) and the others wait for how it went; a connection accepted or an
 * answer of reporting, any answer, to any round ends the pause. In memory only: an instance starts out reaching
 * reporting.
 */
final class LocalBackoff {

    /** A round's leave to deliver: {@link #FREE} while reporting is reached, or the one try after a pause. */
    static final class Attempt {
        private Attempt() {
        }
    }

    static final Attempt FREE = new Attempt();

    private final Duration first;
    private final Duration max;
    /** Rounds in a row that could not reach reporting: 0 while it is reached. */
    private int failures;
    private Instant until = Instant.MIN;
    /** The round trying after a pause, until it says how it went. */
    private Attempt probe;

    LocalBackoff(Duration first, Duration max) {
        this.first = first;
        this.max = max;
    }

    /** Whether no round of this instance may try reporting now: it is in its pause, or a round is trying. */
    synchronized boolean paused() {
        return failures > 0 && (probe != null || Instant.now().isBefore(until));
    }

    /** Leave for one round to deliver: free, the probe once the pause is over, or null while paused. */
    synchronized Attempt take() {
        if (failures == 0) {
            return FREE;
        }
        if (probe != null || Instant.now().isBefore(until)) {
            return null;
        }
        probe = new Attempt();
        return probe;
    }

    /** Reporting accepted a connection or answered, whatever: this instance reaches it, every round is free again. */
    synchronized void reached() {
        failures = 0;
        probe = null;
    }

    /**
     * {@code attempt} could not reach reporting: the pause from now on. The first such failure starts the pause, a
     * failed probe doubles it; other rounds that were under way when the first failed add nothing.
     */
    synchronized Duration unreachable(Attempt attempt) {
        Instant now = Instant.now();
        if (attempt == probe || failures == 0) {
            failures++;
            until = now.plus(RelayBackoffs.pauseAfter(failures, first, max));
            probe = null;
        }
        return now.isBefore(until) ? Duration.between(now, until) : Duration.ZERO;
    }

    /** The round ends without trying reporting (nothing to send, the centre paused): another round may probe. */
    synchronized void release(Attempt attempt) {
        if (attempt == probe) {
            probe = null;
        }
    }
}
