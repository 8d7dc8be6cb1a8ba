package org.totalplace.commons.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.totalplace.events.CloudEvent;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Remembers the ids of consumed events so that a redelivered event changes nothing.
 * Call {@link #firstDelivery} inside the transaction that applies the event: the id and the change commit together.
 */
@ApplicationScoped
public class Inbox {

    private final EntityManager em;

    public Inbox(EntityManager em) {
        this.em = em;
    }

    /** True the first time this event id is seen, false on every redelivery. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(CloudEvent event) {
        int inserted = em.createNativeQuery(
                        "INSERT IGNORE INTO processed_event (event_id, event_type, processed_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, event.id())
                .setParameter(2, event.type())
                .setParameter(3, Timestamp.from(Instant.now()))
                .executeUpdate();
        return inserted == 1;
    }
}
