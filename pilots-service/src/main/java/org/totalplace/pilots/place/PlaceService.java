package org.totalplace.pilots.place;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.totalplace.commons.outbox.Outbox;
import org.totalplace.commons.problem.ProblemException;
import org.totalplace.commons.web.Etags;
import org.totalplace.commons.web.Page;
import org.totalplace.commons.web.PageRequest;
import org.totalplace.events.EventType;
import org.totalplace.events.PlaceSnapshot;
import org.totalplace.pilots.web.Conflicts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Registers, changes and finds places; every change records its event in the same transaction. */
@ApplicationScoped
@Transactional
public class PlaceService {

    private final Outbox outbox;
    private final EntityManager em;

    public PlaceService(Outbox outbox, EntityManager em) {
        this.outbox = outbox;
        this.em = em;
    }

    public PlaceView register(PlaceRequest request) {
        if (request.id() == null || request.id().isBlank()) {
            throw ProblemException.invalidField("id", "is required when registering a place");
        }
        PlaceRules.check(request);
        if (Place.findById(request.id()) != null) {
            throw ProblemException.conflict("place '" + request.id() + "' is already registered");
        }
        Place place = new Place();
        place.id = request.id();
        apply(place, request);
        place.persist();
        Conflicts.flush(em, "place '" + place.id + "' is already registered");
        outbox.record(EventType.PLACE_REGISTERED, place.id, snapshot(place));
        return PlaceView.of(place);
    }

    public PlaceView update(String id, PlaceRequest request, String ifMatch) {
        if (request.id() != null && !request.id().equals(id)) {
            throw ProblemException.invalidField("id", "cannot change a place's id (it is " + id + ")");
        }
        PlaceRules.check(request);
        Place place = Place.require(id);
        Etags.requireMatch(ifMatch, place.version);
        long versionBefore = place.version;
        apply(place, request);
        // flush here so a concurrent writer's change surfaces as an optimistic-lock failure (412) in this call
        place.flush();
        if (place.version != versionBefore) {
            outbox.record(EventType.PLACE_UPDATED, place.id, snapshot(place));
        }
        return PlaceView.of(place);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PlaceView> find(String id) {
        return Place.<Place>findByIdOptional(id).map(PlaceView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean exists(String id) {
        return Place.count("id", id) > 0;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PlaceView> search(PlaceSearch search, PageRequest page) {
        PlaceSearch.Condition condition = search.condition();
        String orderBy = search.orderBy();
        TypedQuery<Place> query = em.createQuery(
                "select p from Place p where " + condition.where() + " order by " + orderBy, Place.class);
        TypedQuery<Long> count = em.createQuery(
                "select count(p) from Place p where " + condition.where(), Long.class);
        condition.parameters().forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<PlaceView> items = query.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList().stream().map(PlaceView::of).toList();
        return Page.of(items, page, count.getSingleResult());
    }

    public static PlaceSnapshot snapshot(Place p) {
        return new PlaceSnapshot(p.id, p.name, p.kind.name(), p.region, p.theme, List.copyOf(p.subThemes),
                p.status.name(), p.population, p.populationYear, List.copyOf(p.gssCodes));
    }

    private static void apply(Place place, PlaceRequest r) {
        place.name = r.name().trim();
        place.kind = r.kind();
        place.region = blankToNull(r.region());
        place.theme = blankToNull(r.theme());
        place.approach = r.approach();
        place.status = r.status() == null ? PlaceStatus.ACTIVE : r.status();
        place.summary = blankToNull(r.summary());
        place.population = r.population();
        place.populationYear = r.populationYear();
        place.populationSource = blankToNull(r.populationSource());
        place.postedOn = r.postedOn();
        place.interimFindingsDue = r.interimFindingsDue();
        place.finalReportDue = r.finalReportDue();
        replace(place.subThemes, r.subThemes());
        replace(place.aspirations, r.aspirations());
        replace(place.gssCodes, r.localAuthorityAreas());
        replace(place.tags, r.tags());
    }

    // in place, so Hibernate sees a changed collection rather than a new one
    private static void replace(List<String> target, List<String> values) {
        List<String> next = values == null ? List.of() : values.stream().map(String::trim).toList();
        if (!target.equals(next)) {
            target.clear();
            target.addAll(new ArrayList<>(next));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
