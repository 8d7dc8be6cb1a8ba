package org.totalplace.commons.outbox;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Application;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Publishes committed outbox rows to Kafka in order, marking each one once the broker has acknowledged it.
 * Delivery is at least once (a crash between ack and mark republishes the same event id); consumers
 * de-duplicate by id, so the effect is exactly once. Rows are claimed with SKIP LOCKED so several
 * instances of a service can relay side by side.
 */
@ApplicationScoped
public class OutboxRelay {

    private final Emitter<String> emitter;
    private final EntityManager em;
    private final int batchSize;
    private final Duration ackTimeout;
    private final AtomicBoolean paused = new AtomicBoolean();
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private final ReentrantLock running = new ReentrantLock();
    private final ManagedExecutor executor;

    public OutboxRelay(@Channel("outbox") Emitter<String> emitter, EntityManager em, ManagedExecutor executor,
                       @ConfigProperty(name = "outbox.relay.batch-size", defaultValue = "200") int batchSize,
                       @ConfigProperty(name = "outbox.relay.ack-timeout", defaultValue = "PT10S") Duration ackTimeout) {
        this.emitter = emitter;
        this.em = em;
        this.executor = executor;
        this.batchSize = batchSize;
        this.ackTimeout = ackTimeout;
    }

    /** Asks for a relay run soon, e.g. right after a transaction that recorded events commits. */
    public void wake() {
        if (wakeQueued.compareAndSet(false, true)) {
            executor.execute(() -> {
                wakeQueued.set(false);
                relay();
            });
        }
    }

    // the sweep catches whatever a wake-up missed (a crash, a broker outage, another instance's rows)
    @Scheduled(every = "${outbox.relay.interval:1s}", delayed = "${outbox.relay.initial-delay:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = UntilStarted.class)
    void sweep() {
        relay();
    }

    /** Holds the sweep back until start-up is complete, so the Kafka channel is wired before first use. */
    @Singleton
    public static class UntilStarted implements Scheduled.SkipPredicate {
        @Override
        public boolean test(ScheduledExecution execution) {
            return !applicationStarted();
        }

        static boolean applicationStarted() {
            Application app = Application.currentApplication();
            return app != null && app.isStarted();
        }
    }

    void relay() {
        if (paused.get()) {
            return;
        }
        if (!running.tryLock()) {
            wakeQueued.set(false);
            return;
        }
        try {
            int sent;
            do {
                sent = publishBatch();
            } while (sent == batchSize && !paused.get());
        } catch (RuntimeException e) {
            // The broker or database is away: the rows stay unpublished and the next sweep retries.
            Log.warnf("outbox relay paused by %s: %s", e.getClass().getSimpleName(), e.getMessage());
        } finally {
            running.unlock();
        }
    }

    /** Publishes up to one batch of pending events; returns how many were published. */
    public int publishBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            // READ COMMITTED takes no gap lock past the last pending row: under the default REPEATABLE READ the
            // claim below blocked every new outbox insert (every write of the service) for as long as the broker
            // took to answer, 10 s per attempt while it was away
            em.createNativeQuery("SET TRANSACTION ISOLATION LEVEL READ COMMITTED").executeUpdate();
            // native: Hibernate's MySQL dialect says "for update of <alias>", which MariaDB does not accept
            @SuppressWarnings("unchecked")
            List<OutboxEvent> pending = em.createNativeQuery("""
                            SELECT * FROM outbox_event WHERE published_at IS NULL
                            ORDER BY seq LIMIT ?1 FOR UPDATE SKIP LOCKED""", OutboxEvent.class)
                    .setParameter(1, batchSize)
                    .getResultList();
            for (OutboxEvent row : pending) {
                send(row);
                row.publishedAt = Instant.now();
                row.attempts++;
            }
            return pending.size();
        });
    }

    private void send(OutboxEvent row) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        Message<String> message = Message.of(row.payload)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withTopic(row.topic)
                        .withKey(row.key)
                        .build())
                .withAck(() -> {
                    acked.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    acked.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        emitter.send(message);
        try {
            acked.get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("event " + row.id + " not acknowledged by Kafka: " + e.getMessage(), e);
        }
    }

    /** Stops relaying (for maintenance and fault tests); pending rows wait until {@link #resume()}. */
    public void pause() {
        paused.set(true);
    }

    public void resume() {
        paused.set(false);
    }

    /** Events recorded but not yet acknowledged by the broker. */
    public long pending() {
        return QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.count("publishedAt is null"));
    }
}
