package org.totalplace.counting.count;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.totalplace.commons.outbox.Outbox;
import org.totalplace.commons.problem.ProblemException;
import org.totalplace.commons.security.PlaceAccess;
import org.totalplace.commons.security.PlaceOwner;
import org.totalplace.commons.security.Roles;
import org.totalplace.commons.web.Page;
import org.totalplace.commons.web.PageRequest;
import org.totalplace.counting.count.CountDtos.CountView;
import org.totalplace.counting.count.CountDtos.NewCount;
import org.totalplace.counting.line.LineStore;
import org.totalplace.counting.place.Place;
import org.totalplace.events.CountStatusChanged;
import org.totalplace.events.EventType;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Counts and their life-cycle; every change of status is published through the outbox, keyed by place. */
@ApplicationScoped
@Transactional
public class CountService implements PlaceOwner {

    private final PlaceAccess access;
    private final Outbox outbox;
    private final LineStore lines;

    public CountService(PlaceAccess access, Outbox outbox, LineStore lines) {
        this.access = access;
        this.outbox = outbox;
        this.lines = lines;
    }

    public CountView create(NewCount request) {
        access.requireWriteThenValidate(request, Roles.FINANCE_OFFICER);
        CountLifecycle.validateNew(request.financialYear(), request.kind(), request.theme());
        if (Place.findById(request.placeId()) == null) {
            throw ProblemException.invalidField("placeId", "no place '" + request.placeId()
                    + "' is known (places come from pilots-service)");
        }
        CountKind kind = CountKind.valueOf(request.kind());
        String theme = kind == CountKind.HIGH_LEVEL || request.theme() == null ? null : request.theme().trim();
        String themeKey = theme == null ? "" : theme;
        if (ExpenditureCount.count("placeId = ?1 and financialYear = ?2 and kind = ?3 and themeKey = ?4",
                request.placeId(), request.financialYear(), kind, themeKey) > 0) {
            throw ProblemException.conflict("a " + kind + " count of " + request.placeId() + " for "
                    + request.financialYear() + " already exists; correct it with POST /counts/{id}/corrections");
        }
        ExpenditureCount c = newCount(request.placeId(), request.financialYear(), kind, theme, 1);
        c.persist();
        return CountView.of(c);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ExpenditureCount readable(String id) {
        ExpenditureCount c = ExpenditureCount.findById(id);
        if (c == null || !visibility().maySee(c.placeId, c.status)) {
            throw ProblemException.notFound("count", id); // never reveal a count the caller may not see
        }
        return c;
    }

    /** The place of a count, for endpoints that write to the count named in their path ({@code @PlaceWrite}). */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> placeOf(String countId) {
        return ExpenditureCount.<ExpenditureCount>findByIdOptional(countId).map(c -> c.placeId);
    }

    /**
     * A count the caller may change: they are a finance officer of its place or an admin. Anyone else is refused
     * (403) whether the count exists in another place or not at all; only admins learn that an id is unknown.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ExpenditureCount writable(String id) {
        return access.requireWritable(ExpenditureCount.<ExpenditureCount>findById(id), c -> c.placeId,
                Roles.FINANCE_OFFICER, () -> ProblemException.notFound("count", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CountView get(String id) {
        return CountView.of(readable(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CountView> list(String place, String year, String kind, String status, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (place != null) {
            where.append(" and placeId = :place");
            params.and("place", place);
        }
        if (year != null) {
            if (!CountLifecycle.isFinancialYear(year)) {
                throw ProblemException.invalidField("year", "must be a financial year such as 2008-09");
            }
            where.append(" and financialYear = :year");
            params.and("year", year);
        }
        if (kind != null) {
            where.append(" and kind = :kind");
            params.and("kind", enumParam(CountKind.class, "kind", kind));
        }
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", enumParam(CountStatus.class, "status", status));
        }
        CountVisibility v = visibility();
        if (!v.admin()) {
            // the visibility rule of CountVisibility, as a query so paging counts only what the caller may see
            List<CountStatus> open = new ArrayList<>(List.of(CountStatus.FINAL, CountStatus.SUPERSEDED));
            if (v.integrator()) {
                open.add(CountStatus.SUBMITTED);
            }
            where.append(" and (status in (:open) or placeId in (:mine))");
            params.and("open", open)
                    .and("mine", v.signedIn() && !v.places().isEmpty() ? v.places() : List.of(""));
        }
        var query = ExpenditureCount.<ExpenditureCount>find(where + " order by placeId, financialYear, kind, versionNo",
                params);
        long total = query.count();
        List<CountView> items = query.page(page.page() - 1, page.size()).list().stream().map(CountView::of).toList();
        return Page.of(items, page, total);
    }

    public CountView submit(String id) {
        ExpenditureCount c = writable(id);
        c.status = CountLifecycle.submit(c.status);
        c.submittedBy = access.who();
        c.submittedAt = Instant.now();
        publish(EventType.COUNT_SUBMITTED, c, c.submittedBy, c.submittedAt, null);
        return CountView.of(c);
    }

    public CountView reopen(String id) {
        ExpenditureCount c = writable(id);
        c.status = CountLifecycle.reopen(c.status);
        c.submittedBy = null;
        c.submittedAt = null;
        return CountView.of(c);
    }

    public CountView finalise(String id) {
        ExpenditureCount c = writable(id);
        c.status = CountLifecycle.finalise(c.status);
        c.finalisedBy = access.who();
        c.finalisedAt = Instant.now();
        publish(EventType.COUNT_FINALISED, c, c.finalisedBy, c.finalisedAt, null);
        if (c.supersedesId != null) {
            ExpenditureCount old = ExpenditureCount.findById(c.supersedesId);
            old.status = CountStatus.SUPERSEDED;
            old.supersededById = c.id;
            publish(EventType.COUNT_SUPERSEDED, old, c.finalisedBy, c.finalisedAt, c.id);
        }
        return CountView.of(c);
    }

    /** A new DRAFT version holding a copy of the final count's lines; finalising it supersedes the old one. */
    public CountView correct(String id) {
        ExpenditureCount old = writable(id);
        CountLifecycle.correct(old.status, ExpenditureCount.count("supersedesId", old.id) > 0);
        ExpenditureCount c = newCount(old.placeId, old.financialYear, old.kind, old.theme, old.versionNo + 1);
        c.supersedesId = old.id;
        c.persist();
        ExpenditureCount.flush();
        lines.copyLines(old.id, c.id);
        return CountView.of(c);
    }

    private ExpenditureCount newCount(String placeId, String year, CountKind kind, String theme, int version) {
        ExpenditureCount c = new ExpenditureCount();
        c.id = UUID.randomUUID().toString();
        c.placeId = placeId;
        c.financialYear = year;
        c.kind = kind;
        c.theme = theme;
        c.themeKey = theme == null ? "" : theme;
        c.versionNo = version;
        c.status = CountStatus.DRAFT;
        c.createdBy = access.who();
        c.createdAt = Instant.now();
        return c;
    }

    private void publish(EventType type, ExpenditureCount c, String who, Instant when, String supersededBy) {
        outbox.record(type, c.placeId, new CountStatusChanged(c.id, c.placeId, c.financialYear, c.kind.name(),
                c.theme, c.versionNo, c.status.name(), lines.total(c.id), who, when.atOffset(ZoneOffset.UTC),
                supersededBy));
    }

    public CountVisibility visibility() {
        return new CountVisibility(access.isAdmin(), access.isIntegrator(), access.signedIn(), access.places());
    }

    static <E extends Enum<E>> E enumParam(Class<E> type, String name, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                allowed.add(constant.name());
            }
            throw ProblemException.invalidField(name, "must be one of " + String.join(", ", allowed));
        }
    }

}
