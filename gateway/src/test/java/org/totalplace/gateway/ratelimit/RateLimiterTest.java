package org.totalplace.gateway.ratelimit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RateLimiterTest {

    private static final long SECOND = 1_000_000_000L;

    private final RateLimiter limiter = new RateLimiter(client -> client.equals("integrator")
            ? new RateLimiter.Quota(100, 200)
            : new RateLimiter.Quota(2, 3));

    @Test
    void burstIsAllowedThenRefusedWithTheWaitForTheNextToken() {
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.tryAcquire("10.0.0.1", 0).allowed());
        }
        RateLimiter.Decision refused = limiter.tryAcquire("10.0.0.1", 0);
        assertFalse(refused.allowed());
        assertEquals(1, refused.retryAfterSeconds());
    }

    @Test
    void tokensComeBackAtTheSustainedRate() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("alice", 0);
        }
        assertFalse(limiter.tryAcquire("alice", SECOND / 4).allowed());
        assertTrue(limiter.tryAcquire("alice", SECOND / 2).allowed());
        assertFalse(limiter.tryAcquire("alice", SECOND / 2).allowed());
        assertTrue(limiter.tryAcquire("alice", SECOND).allowed());
    }

    @Test
    void clientsDoNotShareBucketsAndMayHaveTheirOwnQuota() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("alice", 0);
        }
        assertFalse(limiter.tryAcquire("alice", 0).allowed());
        assertTrue(limiter.tryAcquire("bob", 0).allowed());
        for (int i = 0; i < 200; i++) {
            assertTrue(limiter.tryAcquire("integrator", 0).allowed());
        }
        assertFalse(limiter.tryAcquire("integrator", 0).allowed());
    }

    @Test
    void quietClientsAreForgottenOnceTheirBucketIsFullAgain() {
        limiter.tryAcquire("alice", 0);
        limiter.tryAcquire("bob", SECOND);
        limiter.evictIdle(2 * SECOND);
        assertEquals(1, limiter.trackedClients(), "alice (full after 1.5 s) forgotten, bob kept");
    }

    @Test
    void quotaMustAllowSomething() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter.Quota(0, 10));
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter.Quota(1, 0));
    }
}
