package org.totalplace.pilots.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.totalplace.commons.outbox.Outbox;
import org.totalplace.commons.problem.Problem.Violation;
import org.totalplace.commons.problem.ProblemException;
import org.totalplace.events.EventType;
import org.totalplace.events.PartnershipChanged;
import org.totalplace.pilots.organisation.Organisation;
import org.totalplace.pilots.organisation.OrganisationView;
import org.totalplace.pilots.partnership.PartnershipViews.OrganisationPlace;
import org.totalplace.pilots.partnership.PartnershipViews.PartnershipView;
import org.totalplace.pilots.partnership.PartnershipViews.PlaceOrganisation;
import org.totalplace.pilots.place.Place;
import org.totalplace.pilots.web.Conflicts;

import java.util.List;

/** Who takes part in which place; every join and departure is published as partnership.changed. */
@ApplicationScoped
@Transactional
public class PartnershipService {

    private final Outbox outbox;
    private final EntityManager em;

    public PartnershipService(Outbox outbox, EntityManager em) {
        this.outbox = outbox;
        this.em = em;
    }

    public PartnershipView add(String placeId, PartnershipRequest request) {
        Place.require(placeId);
        Organisation organisation = Organisation.findById(request.organisationId());
        if (organisation == null) {
            throw new ProblemException(404, "not-found", "Not found",
                    "organisation '" + request.organisationId() + "' does not exist",
                    List.of(new Violation("organisationId", null, "no such organisation", request.organisationId())));
        }
        if (find(placeId, organisation.id) != null) {
            throw ProblemException.conflict("organisation '" + organisation.id + "' already takes part in place '"
                    + placeId + "'; remove it first to change its role");
        }
        Partnership p = new Partnership();
        p.placeId = placeId;
        p.organisationId = organisation.id;
        p.role = request.role();
        p.since = request.since();
        p.persist();
        Conflicts.flush(em, "organisation '" + organisation.id + "' already takes part in place '" + placeId + "'");
        outbox.record(EventType.PARTNERSHIP_CHANGED, placeId,
                new PartnershipChanged(placeId, organisation.id, p.role.name(), p.since, true));
        return new PartnershipView(placeId, organisation.id, organisation.name, organisation.type, p.role, p.since);
    }

    public void remove(String placeId, String organisationId) {
        Place.require(placeId);
        Partnership p = find(placeId, organisationId);
        if (p == null) {
            throw new ProblemException(404, "not-found", "Not found",
                    "organisation '" + organisationId + "' does not take part in place '" + placeId + "'", null);
        }
        p.delete();
        outbox.record(EventType.PARTNERSHIP_CHANGED, placeId,
                new PartnershipChanged(placeId, organisationId, p.role.name(), p.since, false));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean exists(String placeId, String organisationId) {
        return find(placeId, organisationId) != null;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PartnershipView> ofPlace(String placeId) {
        return organisationsOf(placeId).stream()
                .map(po -> new PartnershipView(placeId, po.organisation().id(), po.organisation().name(),
                        po.organisation().type(), po.role(), po.since()))
                .toList();
    }

    /** Leads first, then by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlaceOrganisation> organisationsOf(String placeId) {
        Place.require(placeId);
        return em.createQuery("select pa, o from Partnership pa join Organisation o on o.id = pa.organisationId"
                        + " where pa.placeId = :place order by pa.role, o.name", Object[].class)
                .setParameter("place", placeId)
                .getResultList().stream()
                .map(row -> {
                    Partnership pa = (Partnership) row[0];
                    return new PlaceOrganisation(OrganisationView.of((Organisation) row[1]), pa.role, pa.since);
                })
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrganisationPlace> placesOf(String organisationId) {
        Organisation.require(organisationId);
        return em.createQuery("select pa, p from Partnership pa join Place p on p.id = pa.placeId"
                        + " where pa.organisationId = :organisation order by p.name", Object[].class)
                .setParameter("organisation", organisationId)
                .getResultList().stream()
                .map(row -> {
                    Partnership pa = (Partnership) row[0];
                    Place p = (Place) row[1];
                    return new OrganisationPlace(p.id, p.name, p.kind, pa.role, pa.since);
                })
                .toList();
    }

    private static Partnership find(String placeId, String organisationId) {
        return Partnership.<Partnership>find("placeId = ?1 and organisationId = ?2", placeId, organisationId)
                .firstResult();
    }
}
