package org.totalplace.governance.milestone;

import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.totalplace.commons.inbox.Inbox;
import org.totalplace.events.CloudEvent;
import org.totalplace.events.CountStatusChanged;
import org.totalplace.events.EventJson;
import org.totalplace.events.EventType;
import org.totalplace.governance.common.Conflicts;

/**
 * A submitted high-level count meets the place's interim-count milestone and a finalised one its final-count
 * milestone, with the count as evidence. The inbox makes a redelivered event a no-op.
 */
@ApplicationScoped
public class CountEventsConsumer {

    static final String HIGH_LEVEL = "HIGH_LEVEL";

    private final Inbox inbox;
    private final MilestoneService milestones;

    public CountEventsConsumer(Inbox inbox, MilestoneService milestones) {
        this.inbox = inbox;
        this.milestones = milestones;
    }

    @Incoming("counting-in")
    @Blocking
    public void on(String json) {
        CloudEvent event = EventJson.read(json);
        MilestoneKind kind = milestoneMetBy(event.type());
        if (kind == null) {
            return;
        }
        Conflicts.retrying(() -> {
            if (!inbox.firstDelivery(event)) {
                return;
            }
            CountStatusChanged count = EventJson.data(event, CountStatusChanged.class);
            if (!HIGH_LEVEL.equals(count.kind())) {
                return;
            }
            String by = count.changedBy() == null ? event.source() : count.changedBy();
            if (milestones.meetByCount(count.placeId(), kind, count.countId(), by,
                    count.changedAt() == null ? event.time() : count.changedAt())) {
                Log.infof("%s of count %s met the %s milestone of %s", event.type(), count.countId(), kind,
                        count.placeId());
            }
        });
    }

    /** Which milestone kind an event of this type meets, or null. */
    static MilestoneKind milestoneMetBy(String type) {
        EventType t = EventType.of(type).orElse(null);
        if (t == EventType.COUNT_SUBMITTED) {
            return MilestoneKind.INTERIM_COUNT;
        }
        if (t == EventType.COUNT_FINALISED) {
            return MilestoneKind.FINAL_COUNT;
        }
        return null;
    }
}
