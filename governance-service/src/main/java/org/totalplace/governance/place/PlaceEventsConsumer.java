package org.totalplace.governance.place;

import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.totalplace.commons.inbox.Inbox;
import org.totalplace.events.CloudEvent;
import org.totalplace.events.EventJson;
import org.totalplace.events.EventType;
import org.totalplace.events.PlaceSnapshot;
import org.totalplace.governance.common.Conflicts;
import org.totalplace.governance.milestone.MilestoneService;

/** Keeps the place read-model; a newly registered place gets the programme's standard milestones. */
@ApplicationScoped
public class PlaceEventsConsumer {

    private final Inbox inbox;
    private final Places places;
    private final MilestoneService milestones;

    public PlaceEventsConsumer(Inbox inbox, Places places, MilestoneService milestones) {
        this.inbox = inbox;
        this.places = places;
        this.milestones = milestones;
    }

    @Incoming("pilots-in")
    @Blocking
    public void on(String json) {
        CloudEvent event = EventJson.read(json);
        EventType type = EventType.of(event.type()).orElse(null);
        if (type != EventType.PLACE_REGISTERED && type != EventType.PLACE_UPDATED) {
            return;
        }
        Conflicts.retrying(() -> {
            if (!inbox.firstDelivery(event)) {
                return;
            }
            PlaceSnapshot place = EventJson.data(event, PlaceSnapshot.class);
            places.upsert(place);
            if (type == EventType.PLACE_REGISTERED) {
                int added = milestones.applyTemplate(place.id());
                Log.infof("place %s registered: %d template milestones added", place.id(), added);
            }
        });
    }
}
