package gr.kentra.tenants.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAmount;

/** The service's clock in lifecycle tests: stands still until a test moves it (past a retention period, say). */
final class MovableClock extends Clock {

    private volatile Instant now;

    MovableClock(Instant start) {
        this.now = start;
    }

    void set(Instant instant) {
        now = instant;
    }

    /** Periods (years, days) are added in UTC calendar terms, durations exactly. */
    void advance(TemporalAmount amount) {
        now = amount instanceof Period ? now.atZone(ZoneOffset.UTC).plus(amount).toInstant() : now.plus(amount);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
