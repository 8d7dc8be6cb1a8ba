package org.totalplace.gateway.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Token buckets per client: a client may make {@code burst} calls at once and then {@code perSecond} calls a
 * second. Buckets of clients that have been quiet long enough to be full again are forgotten by {@link #evictIdle}.
 */
public final class RateLimiter {

    public record Quota(double perSecond, int burst) {
        public Quota {
            if (perSecond <= 0 || burst < 1) {
                throw new IllegalArgumentException("a quota needs perSecond > 0 and burst >= 1");
            }
        }

        long nanosToFill() {
            return (long) Math.ceil(burst / perSecond * 1e9);
        }
    }

    /** The answer for one call: allowed, or refused with the seconds to wait before the next token. */
    public record Decision(boolean allowed, long retryAfterSeconds) {
        static final Decision ALLOWED = new Decision(true, 0);
    }

    private final Function<String, Quota> quotas;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(Function<String, Quota> quotas) {
        this.quotas = quotas;
    }

    public Decision tryAcquire(String client, long nowNanos) {
        return buckets.computeIfAbsent(client, c -> new Bucket(quotas.apply(c), nowNanos)).take(nowNanos);
    }

    public void evictIdle(long nowNanos) {
        buckets.values().removeIf(b -> b.idleSinceFull(nowNanos));
    }

    int trackedClients() {
        return buckets.size();
    }

    private static final class Bucket {
        private final Quota quota;
        private double tokens;
        private long last;

        Bucket(Quota quota, long now) {
            this.quota = quota;
            this.tokens = quota.burst();
            this.last = now;
        }

        synchronized Decision take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return Decision.ALLOWED;
            }
            double secondsToToken = (1 - tokens) / quota.perSecond();
            return new Decision(false, Math.max(1, (long) Math.ceil(secondsToToken)));
        }

        synchronized boolean idleSinceFull(long now) {
            return now - last >= quota.nanosToFill();
        }

        private void refill(long now) {
            if (now > last) {
                tokens = Math.min(quota.burst(), tokens + (now - last) / 1e9 * quota.perSecond());
                last = now;
            }
        }
    }
}
