package org.totalplace.governance.place;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.totalplace.commons.problem.ProblemException;
import org.totalplace.events.PlaceSnapshot;

import java.time.Instant;

/** The read-model of places fed by pilots.events. */
@ApplicationScoped
public class Places {

    /** Creates or refreshes the place; true when it was not known before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean upsert(PlaceSnapshot snapshot) {
        KnownPlace place = KnownPlace.findById(snapshot.id());
        boolean created = place == null;
        if (created) {
            place = new KnownPlace();
            place.id = snapshot.id();
        }
        place.name = snapshot.name() == null ? snapshot.id() : snapshot.name();
        place.kind = snapshot.kind();
        place.status = snapshot.status();
        place.updatedAt = Instant.now();
        if (created) {
            place.persist();
        }
        return created;
    }

    /** The place a write refers to; 400 naming {@code field} when pilots-service never announced it. */
    public KnownPlace require(String placeId, String field) {
        KnownPlace place = placeId == null ? null : KnownPlace.findById(placeId);
        if (place == null) {
            throw ProblemException.invalidField(field, "no place '" + placeId + "' is known (places come from pilots-service)");
        }
        return place;
    }

    public KnownPlace find(String placeId) {
        return placeId == null ? null : KnownPlace.findById(placeId);
    }
}
