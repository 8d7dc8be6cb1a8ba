package org.totalplace.gateway.routing;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Stops calling a service that keeps failing at the transport level (refused, reset, timed out), so callers
 * get an immediate 503 instead of waiting for each connect to fail. After {@code openFor} one trial call is
 * let through (half-open): success closes the circuit, failure opens it again. Thread-safe; the common
 * closed-and-healthy path takes no lock.
 */
public final class CircuitBreaker {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int failureThreshold;
    private final long openForNanos;
    private final LongSupplier nanoClock;

    private volatile State state = State.CLOSED;
    private volatile int consecutiveFailures;
    private long openedAt;
    private long trialStartedAt;
    private boolean trialInFlight;

    public CircuitBreaker(int failureThreshold, Duration openFor, LongSupplier nanoClock) {
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failureThreshold must be at least 1");
        }
        this.failureThreshold = failureThreshold;
        this.openForNanos = openFor.toNanos();
        this.nanoClock = nanoClock;
    }

    /** May a call go to the service now? Every permitted call must end in {@link #onSuccess} or {@link #onFailure}. */
    public boolean tryAcquire() {
        if (state == State.CLOSED) {
            return true;
        }
        synchronized (this) {
            long now = nanoClock.getAsLong();
            switch (state) {
                case CLOSED:
                    return true;
                case OPEN:
                    if (now - openedAt < openForNanos) {
                        return false;
                    }
                    state = State.HALF_OPEN;
                    return startTrial(now);
                default:
                    // a trial that never reported back (client went away) must not wedge the circuit
                    if (trialInFlight && now - trialStartedAt < openForNanos) {
                        return false;
                    }
                    return startTrial(now);
            }
        }
    }

    private boolean startTrial(long now) {
        trialInFlight = true;
        trialStartedAt = now;
        return true;
    }

    public void onSuccess() {
        if (state == State.CLOSED && consecutiveFailures == 0) {
            return;
        }
        synchronized (this) {
            consecutiveFailures = 0;
            trialInFlight = false;
            state = State.CLOSED;
        }
    }

    public synchronized void onFailure() {
        trialInFlight = false;
        if (state == State.HALF_OPEN || ++consecutiveFailures >= failureThreshold) {
            state = State.OPEN;
            openedAt = nanoClock.getAsLong();
        }
    }

    public State state() {
        return state;
    }

    /** Whole seconds until an open circuit will let a trial through (at least 1), for Retry-After. */
    public synchronized long retryAfterSeconds() {
        long remaining = state == State.OPEN ? openForNanos - (nanoClock.getAsLong() - openedAt) : openForNanos;
        return Math.max(1, (remaining + 999_999_999L) / 1_000_000_000L);
    }
}
