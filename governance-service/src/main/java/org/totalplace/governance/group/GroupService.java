package org.totalplace.governance.group;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.totalplace.commons.problem.Problem;
import org.totalplace.commons.problem.ProblemException;
import org.totalplace.commons.security.PlaceAccess;
import org.totalplace.commons.security.PlaceOwner;
import org.totalplace.commons.security.Roles;
import org.totalplace.commons.web.Etags;
import org.totalplace.commons.web.Page;
import org.totalplace.commons.web.PageRequest;
import org.totalplace.governance.common.Ids;
import org.totalplace.governance.group.GroupDtos.GroupNode;
import org.totalplace.governance.group.GroupDtos.GroupUpdate;
import org.totalplace.governance.group.GroupDtos.GroupView;
import org.totalplace.governance.group.GroupDtos.MembershipView;
import org.totalplace.governance.group.GroupDtos.NewGroup;
import org.totalplace.governance.group.GroupDtos.NewMembership;
import org.totalplace.governance.group.GroupDtos.PersonSummary;
import org.totalplace.governance.group.GroupDtos.PersonView;
import org.totalplace.governance.place.Places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class GroupService implements PlaceOwner {

    private final Places places;
    private final PlaceAccess access;
    private final EntityManager em;

    public GroupService(Places places, PlaceAccess access, EntityManager em) {
        this.places = places;
        this.access = access;
        this.em = em;
    }

    @Transactional
    public Page<GroupView> list(String placeId, PageRequest page) {
        var query = placeId == null || placeId.isBlank()
                ? GovernanceGroup.<GovernanceGroup>findAll(Sort.by("placeId").and("name"))
                : GovernanceGroup.<GovernanceGroup>find("placeId", Sort.by("name"), placeId);
        List<GroupView> items = query.range(page.offset(), page.offset() + page.size() - 1).list()
                .stream().map(GroupService::view).toList();
        return Page.of(items, page, query.count());
    }

    /** The place's groups as trees, from the groups that report to no one down. */
    @Transactional
    public List<GroupNode> tree(String placeId) {
        if (placeId == null || placeId.isBlank()) {
            throw ProblemException.invalidField("place", "must name the place whose groups to show");
        }
        List<GovernanceGroup> groups = GovernanceGroup.list("placeId", Sort.by("name"), placeId);
        Map<String, List<GovernanceGroup>> children = new HashMap<>();
        for (GovernanceGroup g : groups) {
            children.computeIfAbsent(g.reportsToId, k -> new ArrayList<>()).add(g);
        }
        return children.getOrDefault(null, List.of()).stream().map(g -> node(g, children)).toList();
    }

    private static GroupNode node(GovernanceGroup g, Map<String, List<GovernanceGroup>> children) {
        return new GroupNode(g.id, g.name, g.kind, g.purpose, List.copyOf(g.memberOrganisations),
                children.getOrDefault(g.id, List.of()).stream().map(c -> node(c, children)).toList());
    }

    @Transactional
    public GroupView get(String id) {
        return view(find(id));
    }

    @Transactional
    public GroupView create(NewGroup input) {
        access.requireWriteThenValidate(input, Roles.PLACE_OFFICER);
        places.require(input.placeId(), "placeId");
        GovernanceGroup g = new GovernanceGroup();
        g.id = Ids.next();
        g.placeId = input.placeId();
        checkReportsTo(g.id, g.placeId, input.reportsTo());
        g.name = input.name();
        g.kind = input.kind();
        g.purpose = input.purpose();
        g.reportsToId = input.reportsTo();
        g.memberOrganisations = input.memberOrganisations() == null ? new ArrayList<>()
                : new ArrayList<>(input.memberOrganisations());
        g.persist();
        em.flush();
        return view(g);
    }

    @Transactional
    public GroupView update(String id, String ifMatch, GroupUpdate input) {
        GovernanceGroup g = writable(id);
        Etags.requireMatch(ifMatch, g.version);
        checkReportsTo(g.id, g.placeId, input.reportsTo());
        g.name = input.name();
        g.kind = input.kind();
        g.purpose = input.purpose();
        g.reportsToId = input.reportsTo();
        g.memberOrganisations.clear();
        if (input.memberOrganisations() != null) {
            g.memberOrganisations.addAll(input.memberOrganisations());
        }
        em.flush();
        return view(g);
    }

    private void checkReportsTo(String groupId, String placeId, String parentId) {
        if (parentId == null) {
            return;
        }
        Map<String, GroupTree.Node> nodes = new HashMap<>();
        GovernanceGroup parent = GovernanceGroup.findById(parentId);
        if (parent != null) {
            nodes.put(parent.id, new GroupTree.Node(parent.placeId, parent.reportsToId));
        }
        for (GovernanceGroup g : GovernanceGroup.<GovernanceGroup>list("placeId", placeId)) {
            nodes.put(g.id, new GroupTree.Node(g.placeId, g.reportsToId));
        }
        new GroupTree(nodes).whyNotReportTo(groupId, placeId, parentId)
                .ifPresent(why -> {
                    throw ProblemException.invalidField("reportsTo", why);
                });
    }

    @Transactional
    public List<MembershipView> memberships(String groupId) {
        GovernanceGroup g = find(groupId);
        return Membership.<Membership>list("groupId", Sort.by("role").and("id"), groupId).stream()
                .map(m -> view(m, g)).toList();
    }

    @Transactional
    public MembershipView addMembership(String groupId, NewMembership input) {
        GovernanceGroup g = writable(groupId);
        List<Problem.Violation> errors = new ArrayList<>();
        int holders = (input.personId() == null ? 0 : 1) + (input.person() == null ? 0 : 1);
        if (holders > 1) {
            errors.add(Problem.Violation.field("person", "give either personId or a new person, not both"));
        } else if (holders == 0 && (input.post() == null || input.post().isBlank())) {
            errors.add(Problem.Violation.field("personId", "name the person (personId or person) or at least the post"));
        }
        if (input.personId() != null && Person.findById(input.personId()) == null) {
            errors.add(Problem.Violation.field("personId", "no person '" + input.personId() + "' exists"));
        }
        PartialDate start = partial(input.start(), "start", errors);
        PartialDate end = partial(input.end(), "end", errors);
        if (PartialDate.endsBeforeStart(start, end)) {
            errors.add(Problem.Violation.field("end", "must not be before start (" + start + ")"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors.stream().map(v -> v.field() + ": " + v.message())
                    .reduce((a, b) -> a + "; " + b).orElse(""), errors);
        }
        Membership m = new Membership();
        m.id = Ids.next();
        m.groupId = g.id;
        m.personId = input.personId();
        if (input.person() != null) {
            Person p = new Person();
            p.id = Ids.next();
            p.name = input.person().name();
            p.organisation = input.person().organisation();
            p.jobTitle = input.person().jobTitle();
            p.persist();
            m.personId = p.id;
        }
        m.post = input.post();
        m.role = input.role();
        m.startDate = start == null ? null : start.toString();
        m.endDate = end == null ? null : end.toString();
        m.persist();
        return view(m, g);
    }

    private static PartialDate partial(String text, String field, List<Problem.Violation> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return PartialDate.parse(text);
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.Violation(field, null, e.getMessage(), text));
            return null;
        }
    }

    @Transactional
    public PersonView person(String id) {
        Person p = Person.findById(id);
        if (p == null) {
            throw ProblemException.notFound("person", id);
        }
        boolean personal = access.maySeePersonalData();
        List<MembershipView> roles = Membership.<Membership>list("personId", Sort.by("startDate").and("id"), id)
                .stream().map(m -> view(m, find(m.groupId))).toList();
        return personal ? new PersonView(p.id, p.name, p.organisation, p.jobTitle, roles)
                : new PersonView(p.id, null, null, null, roles);
    }

    /** The person's summary as this caller may see it: anonymous callers get the id only. */
    public PersonSummary summary(String personId) {
        if (personId == null) {
            return null;
        }
        if (!access.maySeePersonalData()) {
            return new PersonSummary(personId, null, null, null);
        }
        Person p = Person.findById(personId);
        return p == null ? new PersonSummary(personId, null, null, null)
                : new PersonSummary(p.id, p.name, p.organisation, p.jobTitle);
    }

    /** The place of the group with this id, for endpoints that write to it ({@code @PlaceWrite}). */
    @Override
    @Transactional
    public Optional<String> placeOf(String id) {
        return GovernanceGroup.<GovernanceGroup>findByIdOptional(id).map(x -> x.placeId);
    }

    /** The group when the caller may change it; 401/403 otherwise, also for unknown ids (404 for admins only). */
    private GovernanceGroup writable(String id) {
        return access.requireWritable(GovernanceGroup.<GovernanceGroup>findById(id), x -> x.placeId,
                Roles.PLACE_OFFICER, () -> ProblemException.notFound("group", id));
    }

    /** The group, or 404. */
    public GovernanceGroup find(String id) {
        GovernanceGroup g = GovernanceGroup.findById(id);
        if (g == null) {
            throw ProblemException.notFound("group", id);
        }
        return g;
    }

    private MembershipView view(Membership m, GovernanceGroup g) {
        return new MembershipView(m.id, g.id, g.name, g.placeId, m.role, m.post, summary(m.personId),
                m.startDate, m.endDate);
    }

    static GroupView view(GovernanceGroup g) {
        return new GroupView(g.id, g.placeId, g.name, g.kind, g.purpose, g.reportsToId,
                List.copyOf(g.memberOrganisations), g.version);
    }
}
