package org.totalplace.counting.place;

import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.totalplace.commons.inbox.Inbox;
import org.totalplace.counting.organisation.Organisation;
import org.totalplace.events.CloudEvent;
import org.totalplace.events.EventJson;
import org.totalplace.events.OrganisationSnapshot;
import org.totalplace.events.PlaceSnapshot;

/** Keeps the read-model of places and organisations from pilots-service's events, each event applied once. */
@ApplicationScoped
public class PilotsEventsConsumer {

    private final Inbox inbox;

    public PilotsEventsConsumer(Inbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("pilots-in")
    @Blocking
    @Transactional
    public void on(String json) {
        CloudEvent event;
        try {
            event = EventJson.read(json);
        } catch (IllegalArgumentException e) {
            Log.warnf("skipping unreadable message on pilots.events: %s", e.getMessage());
            return;
        }
        if (!inbox.firstDelivery(event)) {
            return;
        }
        switch (event.type()) {
            case "place.registered", "place.updated" -> {
                PlaceSnapshot s = EventJson.data(event, PlaceSnapshot.class);
                Place place = Place.<Place>findByIdOptional(s.id()).orElseGet(Place::new);
                place.apply(s);
                place.persist();
            }
            case "organisation.upserted" -> {
                OrganisationSnapshot s = EventJson.data(event, OrganisationSnapshot.class);
                Organisation org = Organisation.<Organisation>findByIdOptional(s.id()).orElseGet(Organisation::new);
                org.apply(s);
                org.persist();
            }
            default -> {
                // other pilots events (partnerships) do not concern counts
            }
        }
    }
}
