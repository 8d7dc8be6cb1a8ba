package org.totalplace.pilots.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.totalplace.commons.outbox.Outbox;
import org.totalplace.commons.problem.Problem.Violation;
import org.totalplace.commons.problem.ProblemException;
import org.totalplace.commons.web.Etags;
import org.totalplace.commons.web.Page;
import org.totalplace.commons.web.PageRequest;
import org.totalplace.events.EventType;
import org.totalplace.pilots.web.Conflicts;
import org.totalplace.pilots.web.QueryParams;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Registers and changes organisations, refusing a second record of the same body. */
@ApplicationScoped
@Transactional
public class OrganisationService {

    private static final int MAX_ID_LENGTH = 200;

    private final Outbox outbox;
    private final EntityManager em;

    public OrganisationService(Outbox outbox, EntityManager em) {
        this.outbox = outbox;
        this.em = em;
    }

    public OrganisationView create(OrganisationRequest request) {
        String normalised = normalisedName(request);
        refuseDuplicates(request, normalised, null);
        Organisation o = new Organisation();
        o.id = normalised;
        apply(o, request, normalised);
        o.persist();
        Conflicts.flush(em, "organisation '" + o.id + "' or one of its identifiers is already recorded");
        return published(o);
    }

    public OrganisationView update(String id, OrganisationRequest request, String ifMatch) {
        Organisation o = Organisation.require(id);
        Etags.requireMatch(ifMatch, o.version);
        String normalised = normalisedName(request);
        refuseDuplicates(request, normalised, id);
        long versionBefore = o.version;
        apply(o, request, normalised);
        Conflicts.flush(em, "another organisation already has this name or one of these identifiers");
        return o.version == versionBefore ? OrganisationView.of(o) : published(o);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OrganisationView> find(String id) {
        return Organisation.<Organisation>findByIdOptional(id).map(OrganisationView::of);
    }

    /** The organisation already recorded under this name (in any spelling), if there is one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OrganisationView> findByName(String name) {
        return Organisation.<Organisation>find("normalisedName", OrganisationNames.normalise(name))
                .firstResultOptional().map(OrganisationView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OrganisationView> search(String q, OrganisationType type, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        String text = QueryParams.text(q);
        if (text != null) {
            where.append(" and (lower(name) like :q escape '!' or lower(gssCode) like :q escape '!'"
                    + " or lower(odsCode) like :q escape '!' or lower(orgId) like :q escape '!')");
            params.put("q", QueryParams.containsPattern(text));
        }
        if (type != null) {
            where.append(" and type = :type");
            params.put("type", type);
        }
        var query = Organisation.<Organisation>find(where + " order by name, id", params);
        List<OrganisationView> items = query.range(page.offset(), page.offset() + page.size() - 1).list()
                .stream().map(OrganisationView::of).toList();
        return Page.of(items, page, Organisation.count(where.toString(), params));
    }

    // "&" becomes "and", so a name within its length limit can still make an over-long id
    private static String normalisedName(OrganisationRequest request) {
        String normalised = OrganisationNames.normalise(request.name());
        if (normalised.length() > MAX_ID_LENGTH) {
            throw ProblemException.invalidField("name", "is too long once normalised (" + normalised.length()
                    + " characters, at most " + MAX_ID_LENGTH + ")");
        }
        return normalised;
    }

    private OrganisationView published(Organisation o) {
        OrganisationView view = OrganisationView.of(o);
        outbox.record(EventType.ORGANISATION_UPSERTED, o.id, view.snapshot());
        return view;
    }

    private static void refuseDuplicates(OrganisationRequest r, String normalised, String selfId) {
        refuse("name", "normalisedName", normalised, r.name(), selfId);
        refuse("gssCode", "gssCode", r.gssCode(), r.gssCode(), selfId);
        refuse("snacCode", "snacCode", r.snacCode(), r.snacCode(), selfId);
        refuse("odsCode", "odsCode", r.odsCode(), r.odsCode(), selfId);
        refuse("orgId", "orgId", r.orgId(), r.orgId(), selfId);
    }

    private static void refuse(String field, String column, String key, String given, String selfId) {
        if (key == null) {
            return;
        }
        Organisation existing = Organisation.<Organisation>find(column, key).firstResult();
        if (existing != null && !existing.id.equals(selfId)) {
            String detail = "organisation '" + existing.id + "' (" + existing.name + ") already has this " + field;
            throw new ProblemException(409, "duplicate-organisation", "Duplicate organisation", detail,
                    List.of(new Violation(field, null, "already used by organisation '" + existing.id + "'", given)));
        }
    }

    private static void apply(Organisation o, OrganisationRequest r, String normalised) {
        o.name = r.name().trim();
        o.normalisedName = normalised;
        o.type = r.type();
        o.gssCode = r.gssCode();
        o.snacCode = r.snacCode();
        o.odsCode = r.odsCode();
        o.orgId = r.orgId();
        o.website = r.website();
    }
}
