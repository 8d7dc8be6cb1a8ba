package org.totalplace.governance.meeting;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.totalplace.commons.problem.Problem.Violation;
import org.totalplace.commons.problem.ProblemException;
import org.totalplace.commons.security.PlaceAccess;
import org.totalplace.commons.security.PlaceOwner;
import org.totalplace.commons.security.Roles;
import org.totalplace.commons.web.Etags;
import org.totalplace.commons.web.Page;
import org.totalplace.commons.web.PageRequest;
import org.totalplace.governance.common.Ids;
import org.totalplace.governance.group.GovernanceGroup;
import org.totalplace.governance.group.GroupService;
import org.totalplace.governance.group.Person;
import org.totalplace.governance.meeting.MeetingDtos.AgendaItemInput;
import org.totalplace.governance.meeting.MeetingDtos.AgendaItemView;
import org.totalplace.governance.meeting.MeetingDtos.AttendeeInput;
import org.totalplace.governance.meeting.MeetingDtos.AttendeeView;
import org.totalplace.governance.meeting.MeetingDtos.DecisionInput;
import org.totalplace.governance.meeting.MeetingDtos.DecisionView;
import org.totalplace.governance.meeting.MeetingDtos.MeetingInput;
import org.totalplace.governance.meeting.MeetingDtos.MeetingView;
import org.totalplace.governance.place.Places;
import org.totalplace.governance.common.Filter;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class MeetingService implements PlaceOwner {

    private final Places places;
    private final GroupService groups;
    private final PlaceAccess access;
    private final EntityManager em;

    public MeetingService(Places places, GroupService groups, PlaceAccess access, EntityManager em) {
        this.places = places;
        this.groups = groups;
        this.access = access;
        this.em = em;
    }

    @Transactional
    public Page<MeetingView> list(String placeId, MeetingStatus status, PageRequest page) {
        Filter filter = new Filter().eq("placeId", placeId).eq("status", status);
        var query = Meeting.<Meeting>find(filter.where(), Sort.by("meetingDate").and("startTime").and("id"), filter.params());
        List<MeetingView> items = query.range(page.offset(), page.offset() + page.size() - 1).list()
                .stream().map(this::view).toList();
        return Page.of(items, page, query.count());
    }

    @Transactional
    public MeetingView get(String id) {
        return view(find(id));
    }

    /** Meetings of one place for the calendar feed. */
    @Transactional
    public List<Meeting> ofPlace(String placeId) {
        return Meeting.list("placeId", Sort.by("meetingDate").and("id"), placeId);
    }

    @Transactional
    public MeetingView create(MeetingInput input) {
        access.requireWriteThenValidate(input, Roles.PLACE_OFFICER);
        places.require(input.placeId(), "placeId");
        check(input);
        Meeting m = new Meeting();
        m.id = Ids.next();
        m.placeId = input.placeId();
        apply(m, input);
        m.persist();
        em.flush();
        return view(m);
    }

    @Transactional
    public MeetingView replace(String id, String ifMatch, MeetingInput input) {
        Meeting m = writable(id);
        Etags.requireMatch(ifMatch, m.version);
        if (!m.placeId.equals(input.placeId())) {
            throw ProblemException.invalidField("placeId", "a meeting cannot move to another place");
        }
        check(input);
        apply(m, input);
        // the agenda is rebuilt, and a change to a collection the meeting owns moves its version (ETag, SEQUENCE)
        em.flush();
        return view(m);
    }

    private void check(MeetingInput input) {
        List<Violation> errors = new ArrayList<>(MeetingRules.check(input));
        if (input.groupId() != null) {
            GovernanceGroup g = GovernanceGroup.findById(input.groupId());
            if (g == null) {
                errors.add(Violation.field("groupId", "no group '" + input.groupId() + "' exists"));
            } else if (!g.placeId.equals(input.placeId())) {
                errors.add(Violation.field("groupId", "group '" + g.id + "' belongs to another place (" + g.placeId + ")"));
            }
        }
        List<AttendeeInput> attendees = input.attendees() == null ? List.of() : input.attendees();
        for (int i = 0; i < attendees.size(); i++) {
            if (Person.findById(attendees.get(i).personId()) == null) {
                errors.add(Violation.field("attendees[" + i + "].personId",
                        "no person '" + attendees.get(i).personId() + "' exists"));
            }
        }
        List<AgendaItemInput> agenda = input.agenda() == null ? List.of() : input.agenda();
        for (int i = 0; i < agenda.size(); i++) {
            String contact = agenda.get(i).contactPersonId();
            if (contact != null && Person.findById(contact) == null) {
                errors.add(Violation.field("agenda[" + i + "].contactPersonId", "no person '" + contact + "' exists"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors.stream().map(v -> v.field() + ": " + v.message())
                    .collect(Collectors.joining("; ")), errors);
        }
    }

    private static void apply(Meeting m, MeetingInput input) {
        m.groupId = input.groupId();
        m.title = input.title();
        m.status = input.status();
        m.meetingDate = input.date();
        m.startTime = input.startTime();
        m.endTime = input.endTime();
        m.timeZone = input.timeZone() == null ? MeetingRules.DEFAULT_TIME_ZONE : input.timeZone();
        m.location = input.location();
        m.agenda.clear();
        List<AgendaItemInput> agenda = input.agenda() == null ? List.of() : input.agenda();
        for (int i = 0; i < agenda.size(); i++) {
            AgendaItemInput in = agenda.get(i);
            AgendaItem item = new AgendaItem();
            item.number = MeetingRules.number(in, i);
            item.title = in.title();
            item.reportOf = in.reportOf();
            item.contactPersonId = in.contactPersonId();
            item.minutes = in.minutes();
            for (DecisionInput d : in.decisions() == null ? List.<DecisionInput>of() : in.decisions()) {
                Decision decision = new Decision();
                decision.decisionMaker = d.decisionMaker();
                decision.text = d.text();
                decision.keyDecision = d.keyDecision();
                decision.decidedOn = d.decidedOn();
                decision.effectiveFrom = d.effectiveFrom();
                item.decisions.add(decision);
            }
            m.agenda.add(item);
        }
        m.agenda.sort((a, b) -> Integer.compare(a.number, b.number));
        m.attendees.clear();
        for (AttendeeInput a : input.attendees() == null ? List.<AttendeeInput>of() : input.attendees()) {
            Attendee attendee = new Attendee();
            attendee.personId = a.personId();
            attendee.attendance = a.attendance() == null ? Attendance.PRESENT : a.attendance();
            m.attendees.add(attendee);
        }
    }

    /** The place of the meeting with this id, for endpoints that write to it ({@code @PlaceWrite}). */
    @Override
    @Transactional
    public Optional<String> placeOf(String id) {
        return Meeting.<Meeting>findByIdOptional(id).map(x -> x.placeId);
    }

    /** The meeting when the caller may change it; 401/403 otherwise, also for unknown ids (404 for admins only). */
    private Meeting writable(String id) {
        return access.requireWritable(Meeting.<Meeting>findById(id), x -> x.placeId, Roles.PLACE_OFFICER,
                () -> ProblemException.notFound("meeting", id));
    }

    private Meeting find(String id) {
        Meeting m = Meeting.findById(id);
        if (m == null) {
            throw ProblemException.notFound("meeting", id);
        }
        return m;
    }

    MeetingView view(Meeting m) {
        GovernanceGroup group = m.groupId == null ? null : GovernanceGroup.findById(m.groupId);
        ZoneId zone = ZoneId.of(m.timeZone);
        OffsetDateTime startsAt = m.startTime == null ? null
                : m.meetingDate.atTime(m.startTime).atZone(zone).toOffsetDateTime();
        OffsetDateTime endsAt = m.endTime == null ? null
                : m.meetingDate.atTime(m.endTime).atZone(zone).toOffsetDateTime();
        List<AgendaItemView> agenda = m.agenda.stream().map(i -> new AgendaItemView(i.number, i.title, i.reportOf,
                i.contactPersonId, name(i.contactPersonId), i.minutes,
                i.decisions.stream().map(d -> new DecisionView(d.decisionMaker, d.text, d.keyDecision, d.decidedOn,
                        d.effectiveFrom)).toList())).toList();
        List<AttendeeView> attendees = m.attendees.stream()
                .map(a -> new AttendeeView(a.personId, name(a.personId), a.attendance)).toList();
        return new MeetingView(m.id, m.placeId, m.groupId, group == null ? null : group.name, m.title, m.status,
                m.meetingDate, m.startTime, m.endTime, m.timeZone, startsAt, endsAt, m.location, agenda, attendees,
                m.version);
    }

    private String name(String personId) {
        var summary = groups.summary(personId);
        return summary == null ? null : summary.name();
    }
}
