package gr.kentra.cases.indicator;

import java.time.Duration;

import gr.kentra.commons.tenant.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pauses of centres whose delivery fails, in {@code platform.relay_backoff} on the default cell, shared by the
 * relays of every case-service instance: with n instances a failing centre is still tried on one relay's schedule
 * (first pause, doubling up to the longest), not n times as often. A centre has a row only while its last attempt
 * failed: its failures in a row and the earliest next attempt. An instance takes such a centre's next attempt by
 * moving that time ahead by {@code claim}, the longest a round can take, in the statement that finds it due; the
 * others find it paused and leave it. The attempt's end sets the next pause (failed) or removes the row
 * (delivered), or gives the claim back (released: the attempt learnt nothing about the centre, because this instance
 * could not reach reporting at all, or the instance shuts down): due again at once for the others. An instance that
 * is killed in between leaves the centre paused until the claim runs out.
 * <p>
 * A healthy centre costs one read by primary key per round and no write; its rounds on several instances are not
 * claimed (they share its backlog row by row). So at the first failure of a centre each instance may have had one
 * attempt under way; from the first recorded failure on, attempts follow the one schedule.
 */
final class RelayBackoffs {

    private static final Logger log = LoggerFactory.getLogger(RelayBackoffs.class);

    private final JdbcTemplate platform;
    private final Duration firstBackoff;
    private final Duration maxBackoff;
    private final Duration claim;

    /**
     * What a round of a centre may do: deliver, as the one attempt after {@code failures} failures (0: the centre
     * is healthy, nothing claimed), or wait {@code pause} (another instance's pause or attempt).
     */
    record Turn(boolean mayDeliver, int failures, Duration pause) {

        /** This instance holds the centre's attempt: no other instance attempts until it says how it went. */
        boolean claimed() {
            return mayDeliver && failures > 0;
        }
    }

    /** {@code platform}: the default cell, where the tenant registry is. */
    RelayBackoffs(JdbcTemplate platform, Duration firstBackoff, Duration maxBackoff, Duration claim) {
        this.platform = platform;
        this.firstBackoff = firstBackoff;
        this.maxBackoff = maxBackoff;
        this.claim = claim;
    }

    /**
     * The centre's turn: free when it has no failures, claimed when its pause is over (no other instance attempts
     * until this one says how it went), else the pause left. One statement; it writes only when it claims.
     */
    Turn take(TenantId tenant) {
        // Both parts see the row as it was before the update (one snapshot): the pause left, or none.
        return platform.queryForObject("with claimed as (update platform.relay_backoff"
                        + " set retry_at = now() + make_interval(secs => ?) where tenant_id = ? and retry_at <= now()"
                        + " returning failures)"
                        + " select (select failures from claimed),"
                        + " (select greatest(0, extract(epoch from retry_at - now()) * 1000)::bigint"
                        + " from platform.relay_backoff where tenant_id = ?)",
                (row, number) -> {
                    int claimed = row.getInt(1);
                    if (!row.wasNull()) {
                        return new Turn(true, claimed, Duration.ZERO);
                    }
                    long waitMs = row.getLong(2);
                    return row.wasNull() ? new Turn(true, 0, Duration.ZERO)
                            : new Turn(false, 0, Duration.ofMillis(waitMs));
                },
                claim.toMillis() / 1000.0, tenant.value(), tenant.value());
    }

    /** The attempt delivered: the centre is healthy again for every instance. */
    void delivered(TenantId tenant, Turn turn) {
        if (!turn.claimed()) {
            return;
        }
        try {
            platform.update("delete from platform.relay_backoff where tenant_id = ?", tenant.value());
        } catch (DataAccessException e) {
            log.warn("Back-off of {} not cleared, it runs out within {} s: {}", tenant.value(), claim.toSeconds(),
                    e.getMessage());
        }
    }

    /**
     * The claimed attempt of the centre given back without an outcome: due again at once for every instance, its
     * failures in a row kept. A claim not given back runs out by itself.
     */
    void release(TenantId tenant) {
        try {
            platform.update("update platform.relay_backoff set retry_at = now() where tenant_id = ? and retry_at > now()",
                    tenant.value());
        } catch (DataAccessException e) {
            log.warn("Attempt of {} not given back, its claim runs out within {} s: {}", tenant.value(),
                    claim.toSeconds(), e.getMessage());
        }
    }

    /**
     * The attempt failed: the centre pauses for every instance, {@code firstBackoff} after its first failure, twice
     * as long after each further one, at most {@code maxBackoff}. Answers the pause ({@code maxBackoff} when the
     * failure could not be recorded, {@code turn} null when the turn could not even be taken).
     */
    Duration failed(TenantId tenant, Turn turn) {
        if (turn == null) {
            return maxBackoff;
        }
        try {
            if (turn.claimed()) {
                Duration wait = pauseAfter(turn.failures() + 1, firstBackoff, maxBackoff);
                platform.update("insert into platform.relay_backoff (tenant_id, failures, retry_at)"
                        + " values (?, ?, now() + make_interval(secs => ?)) on conflict (tenant_id) do update"
                        + " set failures = excluded.failures, retry_at = excluded.retry_at",
                        tenant.value(), turn.failures() + 1, wait.toMillis() / 1000.0);
                return wait;
            }
            // Its first failure; another instance's attempt under way at the same time may have recorded it already.
            platform.update("insert into platform.relay_backoff (tenant_id, failures, retry_at)"
                    + " values (?, 1, now() + make_interval(secs => ?)) on conflict (tenant_id) do nothing",
                    tenant.value(), firstBackoff.toMillis() / 1000.0);
            return firstBackoff;
        } catch (DataAccessException e) {
            log.warn("Back-off of {} not recorded: {}", tenant.value(), e.getMessage());
            return maxBackoff;
        }
    }

    /**
     * The pause after the {@code failures}-th failure in a row: {@code first}, twice as long after each further one,
     * at most {@code max} (a centre's pause here, an instance's own in {@link LocalBackoff}).
     */
    static Duration pauseAfter(int failures, Duration first, Duration max) {
        Duration wait = first;
        for (int failure = 1; failure < failures && wait.compareTo(max) < 0; failure++) {
            wait = FactRelay.nextBackoff(wait, max);
        }
        return wait;
    }
}
