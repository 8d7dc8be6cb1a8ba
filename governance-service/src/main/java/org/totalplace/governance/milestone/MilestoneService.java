package org.totalplace.governance.milestone;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.totalplace.commons.outbox.Outbox;
import org.totalplace.commons.problem.ProblemException;
import org.totalplace.commons.security.PlaceAccess;
import org.totalplace.commons.security.PlaceOwner;
import org.totalplace.commons.security.Roles;
import org.totalplace.commons.web.Etags;
import org.totalplace.commons.web.Page;
import org.totalplace.commons.web.PageRequest;
import org.totalplace.events.EventType;
import org.totalplace.events.MilestoneChanged;
import org.totalplace.governance.common.Ids;
import org.totalplace.governance.milestone.MilestoneDtos.ForecastChangeView;
import org.totalplace.governance.milestone.MilestoneDtos.MeetRequest;
import org.totalplace.governance.milestone.MilestoneDtos.MilestoneUpdate;
import org.totalplace.governance.milestone.MilestoneDtos.MilestoneView;
import org.totalplace.governance.milestone.MilestoneDtos.NewMilestone;
import org.totalplace.governance.milestone.MilestoneDtos.TimelineEntry;
import org.totalplace.governance.milestone.MilestoneDtos.WaiveRequest;
import org.totalplace.governance.place.KnownPlace;
import org.totalplace.governance.place.Places;
import org.totalplace.governance.common.Filter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class MilestoneService implements PlaceOwner {

    private final MilestoneRules rules;
    private final MilestoneTemplate template;
    private final ProgrammeClock clock;
    private final Places places;
    private final PlaceAccess access;
    private final Outbox outbox;
    private final EntityManager em;

    public MilestoneService(MilestoneRules rules, MilestoneTemplate template, ProgrammeClock clock, Places places,
                            PlaceAccess access, Outbox outbox, EntityManager em) {
        this.rules = rules;
        this.template = template;
        this.clock = clock;
        this.places = places;
        this.access = access;
        this.outbox = outbox;
        this.em = em;
    }

    @Transactional
    public Page<MilestoneView> list(String placeId, MilestoneStatus status, PageRequest page) {
        Filter filter = new Filter().eq("placeId", placeId).eq("status", status);
        PanacheQuery<Milestone> query = Milestone.find(filter.where(),
                Sort.by("forecastDate").and("placeId").and("id"), filter.params());
        List<MilestoneView> items = query.range(page.offset(), page.offset() + page.size() - 1).list()
                .stream().map(this::view).toList();
        return Page.of(items, page, query.count());
    }

    @Transactional
    public MilestoneView get(String id) {
        return view(find(id));
    }

    /** Every place's milestones between two dates (either may be open), in forecast order. */
    @Transactional
    public List<TimelineEntry> timeline(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalidField("to", "must not be before from");
        }
        Filter filter = new Filter().when("forecastDate", ">=", "from", from).when("forecastDate", "<=", "to", to);
        List<Milestone> found = Milestone.<Milestone>find(filter.where(),
                Sort.by("forecastDate").and("placeId").and("id"), filter.params()).list();
        Map<String, String> names = KnownPlace.<KnownPlace>listAll().stream()
                .collect(Collectors.toMap(p -> p.id, p -> p.name));
        return found.stream().map(m -> new TimelineEntry(m.placeId, names.getOrDefault(m.placeId, m.placeId), m.id,
                m.title, m.kind, m.recipient, m.baselineDate, m.forecastDate, m.actualDate, m.status,
                rules.rag(m.status, m.baselineDate, m.forecastDate, m.actualDate))).toList();
    }

    @Transactional
    public MilestoneView create(NewMilestone input) {
        access.requireWriteThenValidate(input, Roles.PLACE_OFFICER);
        places.require(input.placeId(), "placeId");
        Milestone m = new Milestone();
        m.id = Ids.next();
        m.placeId = input.placeId();
        m.title = input.title();
        m.kind = input.kind();
        m.recipient = input.recipient();
        m.baselineDate = input.baselineDate();
        m.forecastDate = input.forecastDate() == null ? input.baselineDate() : input.forecastDate();
        m.notes = input.notes();
        // status before persist: the outbox's insert flushes pending inserts, which must not see a null status
        refreshStatus(m, clock.today(), access.who());
        m.persist();
        em.flush();
        return view(m);
    }

    @Transactional
    public MilestoneView update(String id, String ifMatch, MilestoneUpdate input) {
        Milestone m = writable(id);
        Etags.requireMatch(ifMatch, m.version);
        m.title = input.title();
        m.recipient = input.recipient();
        m.notes = input.notes();
        if (!input.forecastDate().equals(m.forecastDate)) {
            ForecastChange change = new ForecastChange();
            change.previousDate = m.forecastDate;
            change.newDate = input.forecastDate();
            change.reason = input.forecastReason();
            change.changedBy = access.who();
            change.changedAt = Instant.now();
            m.forecastHistory.add(change);
            m.forecastDate = input.forecastDate();
            refreshStatus(m, clock.today(), access.who());
        }
        em.flush();
        return view(m);
    }

    @Transactional
    public MilestoneView meet(String id, String ifMatch, MeetRequest input) {
        Milestone m = writable(id);
        Etags.requireMatch(ifMatch, m.version);
        rules.requireOpen(m.status, "met");
        if (input.actualDate().isAfter(clock.today())) {
            throw ProblemException.invalidField("actualDate", "must not be in the future");
        }
        markMet(m, input.actualDate(), input.evidence(), access.who(), Instant.now());
        em.flush();
        return view(m);
    }

    @Transactional
    public MilestoneView waive(String id, String ifMatch, WaiveRequest input) {
        Milestone m = writable(id);
        Etags.requireMatch(ifMatch, m.version);
        rules.requireOpen(m.status, "waived");
        m.status = MilestoneStatus.WAIVED;
        m.evidence = input.reason();
        m.statusChangedBy = access.who();
        m.statusChangedAt = Instant.now();
        em.flush();
        return view(m);
    }

    /**
     * A count reached a stage that satisfies a milestone: the place's earliest open milestone of {@code kind} is met
     * with the count as evidence. Nothing happens when none is open (already met, waived, or none planned).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean meetByCount(String placeId, MilestoneKind kind, String countId, String by, OffsetDateTime at) {
        Milestone m = Milestone.<Milestone>find("placeId = ?1 and kind = ?2 and status not in ?3",
                        Sort.by("forecastDate").and("id"), placeId, kind,
                        Set.of(MilestoneStatus.MET, MilestoneStatus.WAIVED))
                .firstResult();
        if (m == null) {
            return false;
        }
        OffsetDateTime when = at == null ? OffsetDateTime.now(ZoneOffset.UTC) : at;
        markMet(m, when.atZoneSameInstant(clock.zone()).toLocalDate(), "count:" + countId, by, when.toInstant());
        return true;
    }

    /** Gives the place every template milestone it does not have yet; returns how many were added. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int applyTemplate(String placeId) {
        Set<String> present = Milestone.<Milestone>list("placeId = ?1 and templateKey is not null", placeId).stream()
                .map(m -> m.templateKey).collect(Collectors.toSet());
        int added = 0;
        for (MilestoneTemplate.Entry e : template.entries()) {
            if (present.contains(e.key())) {
                continue;
            }
            Milestone m = new Milestone();
            m.id = Ids.next();
            m.placeId = placeId;
            m.templateKey = e.key();
            m.title = e.title();
            m.kind = e.kind();
            m.recipient = e.recipient();
            m.baselineDate = e.baselineDate();
            m.forecastDate = e.baselineDate();
            refreshStatus(m, clock.today(), "programme-template");
            m.persist();
            added++;
        }
        return added;
    }

    /** Moves open milestones to the status their dates give on {@code today}; returns how many became overdue. */
    @Transactional
    public int refreshOpen(LocalDate today) {
        List<Milestone> open = Milestone.list("status in ?1", Set.of(MilestoneStatus.UPCOMING, MilestoneStatus.DUE_SOON));
        int overdue = 0;
        for (Milestone m : open) {
            if (refreshStatus(m, today, "overdue-job") == MilestoneStatus.OVERDUE) {
                overdue++;
            }
        }
        return overdue;
    }

    /** Sets the status the rules give; entering OVERDUE is announced. Returns the new status when it changed. */
    private MilestoneStatus refreshStatus(Milestone m, LocalDate today, String by) {
        MilestoneStatus next = rules.statusOn(m.status, m.forecastDate, today);
        if (next == m.status) {
            return null;
        }
        m.status = next;
        m.statusChangedBy = by;
        m.statusChangedAt = Instant.now();
        if (next == MilestoneStatus.OVERDUE) {
            publish(EventType.MILESTONE_OVERDUE, m);
        }
        return next;
    }

    private void markMet(Milestone m, LocalDate actual, String evidence, String by, Instant at) {
        m.status = MilestoneStatus.MET;
        m.actualDate = actual;
        m.evidence = evidence;
        m.statusChangedBy = by;
        m.statusChangedAt = at;
        publish(EventType.MILESTONE_MET, m);
    }

    private void publish(EventType type, Milestone m) {
        outbox.record(type, m.placeId, new MilestoneChanged(m.id, m.placeId, m.title, m.kind.name(), m.recipient,
                m.forecastDate, m.status.name(), m.status == MilestoneStatus.MET ? m.evidence : null,
                OffsetDateTime.ofInstant(m.statusChangedAt, ZoneOffset.UTC)));
    }

    /** The place of the milestone with this id, for endpoints that write to it ({@code @PlaceWrite}). */
    @Override
    @Transactional
    public Optional<String> placeOf(String id) {
        return Milestone.<Milestone>findByIdOptional(id).map(x -> x.placeId);
    }

    /**
     * The milestone when the caller may change it (401/403 otherwise, also for unknown ids; 404 for admins only),
     * with its row locked until the transaction ends, read before anything else in it. Without the lock two writers
     * holding the same ETag deadlocked (500) instead of one getting 412: each one's forecast-history insert
     * share-locks the milestone row that its update then needs exclusively. With it the second writer waits, then
     * reads the winner's version and fails If-Match. (Native: Hibernate's MySQL dialect writes FOR UPDATE OF, which
     * MariaDB refuses.)
     */
    private Milestone writable(String id) {
        em.createNativeQuery("SELECT id FROM milestone WHERE id = ?1 FOR UPDATE").setParameter(1, id).getResultList();
        return access.requireWritable(Milestone.<Milestone>findById(id), x -> x.placeId, Roles.PLACE_OFFICER,
                () -> ProblemException.notFound("milestone", id));
    }

    private Milestone find(String id) {
        Milestone m = Milestone.findById(id);
        if (m == null) {
            throw ProblemException.notFound("milestone", id);
        }
        return m;
    }

    MilestoneView view(Milestone m) {
        boolean personal = access.maySeePersonalData();
        List<ForecastChangeView> history = new ArrayList<>();
        for (ForecastChange c : m.forecastHistory) {
            history.add(new ForecastChangeView(c.previousDate, c.newDate, c.reason, personal ? c.changedBy : null,
                    c.changedAt));
        }
        return new MilestoneView(m.id, m.placeId, m.title, m.kind, m.recipient, m.baselineDate, m.forecastDate,
                m.actualDate, m.status, rules.rag(m.status, m.baselineDate, m.forecastDate, m.actualDate),
                rules.slipDays(m.status, m.baselineDate, m.forecastDate, m.actualDate),
                personal ? m.statusChangedBy : null, m.statusChangedAt, m.evidence, m.notes, history, m.version);
    }

    /** Milestones of one place for the calendar feed. */
    @Transactional
    public List<Milestone> ofPlace(String placeId) {
        return Milestone.list("placeId", Sort.by("forecastDate").and("id"), placeId);
    }
}
