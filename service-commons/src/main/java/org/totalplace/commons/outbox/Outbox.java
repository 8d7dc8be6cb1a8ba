package org.totalplace.commons.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.totalplace.events.CloudEvent;
import org.totalplace.events.EventJson;
import org.totalplace.events.EventType;

import java.time.Instant;

/**
 * Records an event in the caller's transaction; {@link OutboxRelay} publishes it after commit.
 * A business change therefore never exists without its event, nor an event without its change.
 */
@ApplicationScoped
public class Outbox {

    private final String source;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;

    public Outbox(@ConfigProperty(name = "quarkus.application.name") String applicationName,
                  TransactionSynchronizationRegistry transactions, OutboxRelay relay) {
        this.source = "/" + applicationName;
        this.transactions = transactions;
        this.relay = relay;
    }

    /** Records {@code payload} as an event of {@code type} about {@code placeOrSubject}, keyed by it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent record(EventType type, String placeOrSubject, Record payload) {
        CloudEvent event = EventJson.envelope(source, type, placeOrSubject, payload);
        OutboxEvent row = new OutboxEvent();
        row.id = event.id();
        row.topic = type.topic();
        row.key = placeOrSubject;
        row.type = type.type();
        row.payload = EventJson.write(event);
        row.createdAt = Instant.now();
        row.persist();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                // events recorded during start-up (reference data) wait for the first sweep
                if (status == Status.STATUS_COMMITTED && OutboxRelay.UntilStarted.applicationStarted()) {
                    relay.wake();
                }
            }
        });
        return event;
    }
}
