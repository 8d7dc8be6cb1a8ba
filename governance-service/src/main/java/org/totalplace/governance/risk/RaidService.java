package org.totalplace.governance.risk;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.totalplace.commons.problem.ProblemException;
import org.totalplace.commons.security.PlaceAccess;
import org.totalplace.commons.security.PlaceOwner;
import org.totalplace.commons.security.Roles;
import org.totalplace.commons.web.Etags;
import org.totalplace.commons.web.Page;
import org.totalplace.commons.web.PageRequest;
import org.totalplace.governance.common.Ids;
import org.totalplace.governance.place.Places;
import org.totalplace.governance.risk.RaidDtos.RaidInput;
import org.totalplace.governance.risk.RaidDtos.RaidView;
import org.totalplace.governance.common.Filter;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class RaidService implements PlaceOwner {

    private final Places places;
    private final PlaceAccess access;
    private final EntityManager em;

    public RaidService(Places places, PlaceAccess access, EntityManager em) {
        this.places = places;
        this.access = access;
        this.em = em;
    }

    /** The log, highest score first. */
    @Transactional
    public Page<RaidView> list(String placeId, RaidType type, RaidStatus status, PageRequest page) {
        Filter filter = new Filter().eq("placeId", placeId).eq("type", type).eq("status", status);
        var query = RaidItem.<RaidItem>find(filter.where(),
                Sort.descending("score").and("reviewDate").and("id"), filter.params());
        List<RaidView> items = query.range(page.offset(), page.offset() + page.size() - 1).list()
                .stream().map(this::view).toList();
        return Page.of(items, page, query.count());
    }

    @Transactional
    public RaidView get(String id) {
        return view(find(id));
    }

    @Transactional
    public RaidView create(RaidInput input) {
        access.requireWriteThenValidate(input, Roles.PLACE_OFFICER);
        places.require(input.placeId(), "placeId");
        RaidItem r = new RaidItem();
        r.id = Ids.next();
        r.placeId = input.placeId();
        apply(r, input);
        r.persist();
        em.flush();
        return view(r);
    }

    @Transactional
    public RaidView replace(String id, String ifMatch, RaidInput input) {
        RaidItem r = writable(id);
        Etags.requireMatch(ifMatch, r.version);
        if (!r.placeId.equals(input.placeId())) {
            throw ProblemException.invalidField("placeId", "a RAID entry cannot move to another place");
        }
        apply(r, input);
        em.flush();
        return view(r);
    }

    private static void apply(RaidItem r, RaidInput input) {
        RaidRules.datesOutOfOrder(input.raisedOn(), input.reviewDate())
                .ifPresent(why -> {
                    throw ProblemException.invalidField("reviewDate", why);
                });
        r.type = input.type();
        r.title = input.title();
        r.description = input.description();
        r.likelihood = input.likelihood();
        r.impact = input.impact();
        r.score = RaidRules.score(r.likelihood, r.impact);
        r.owner = input.owner();
        r.response = input.response();
        r.actions = input.actions();
        r.status = input.status() == null ? RaidStatus.OPEN : input.status();
        r.raisedOn = input.raisedOn();
        r.reviewDate = input.reviewDate();
    }

    /** The place of the RAID entry with this id, for endpoints that write to it ({@code @PlaceWrite}). */
    @Override
    @Transactional
    public Optional<String> placeOf(String id) {
        return RaidItem.<RaidItem>findByIdOptional(id).map(x -> x.placeId);
    }

    /** The RAID entry when the caller may change it; 401/403 otherwise, also for unknown ids (404 for admins only). */
    private RaidItem writable(String id) {
        return access.requireWritable(RaidItem.<RaidItem>findById(id), x -> x.placeId, Roles.PLACE_OFFICER,
                () -> ProblemException.notFound("RAID entry", id));
    }

    private RaidItem find(String id) {
        RaidItem r = RaidItem.findById(id);
        if (r == null) {
            throw ProblemException.notFound("RAID entry", id);
        }
        return r;
    }

    private RaidView view(RaidItem r) {
        return new RaidView(r.id, r.placeId, r.type, r.title, r.description, r.likelihood, r.impact, r.score,
                RaidRules.rating(r.score), access.maySeePersonalData() ? r.owner : null, r.response, r.actions,
                r.status, r.raisedOn, r.reviewDate, r.version);
    }
}
