package org.totalplace.counting.line;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.totalplace.commons.problem.Problem;
import org.totalplace.commons.problem.ProblemException;
import org.totalplace.commons.web.Etags;
import org.totalplace.commons.web.Page;
import org.totalplace.commons.web.PageRequest;
import org.totalplace.counting.count.CountLifecycle;
import org.totalplace.counting.count.CountService;
import org.totalplace.counting.count.CountStatus;
import org.totalplace.counting.count.ExpenditureCount;
import org.totalplace.counting.function.FunctionCatalogue;
import org.totalplace.counting.line.LineDtos.LineRequest;
import org.totalplace.counting.line.LineDtos.LineView;
import org.totalplace.counting.organisation.Organisation;

import java.util.ArrayList;
import java.util.List;

/** Adding, correcting and removing single lines of a draft; each write keeps the summary in step. */
@ApplicationScoped
@Transactional
public class LineService {

    private final CountService counts;
    private final LineStore store;
    private final FunctionCatalogue functions;
    private final EntityManager em;

    public LineService(CountService counts, LineStore store, FunctionCatalogue functions, EntityManager em) {
        this.counts = counts;
        this.store = store;
        this.functions = functions;
        this.em = em;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<LineView> list(String countId, PageRequest page) {
        counts.readable(countId);
        var query = ExpenditureLine.<ExpenditureLine>find("countId = ?1 order by id", countId);
        return Page.of(query.page(page.page() - 1, page.size()).list().stream().map(LineView::of).toList(),
                page, query.count());
    }

    public LineView add(String countId, LineRequest request) {
        ExpenditureCount count = editable(countId);
        validate(request);
        ExpenditureLine line = new ExpenditureLine();
        line.countId = count.id;
        apply(line, request);
        line.persist();
        store.adjust(count.id, line.key(), line.amount, 1);
        return LineView.of(line);
    }

    public LineView correct(String countId, long lineId, String ifMatch, LineRequest request) {
        ExpenditureCount count = editable(countId);
        ExpenditureLine line = line(count, lineId);
        Etags.requireMatch(ifMatch, line.lockVersion);
        validate(request);
        store.adjust(count.id, line.key(), line.amount.negate(), -1);
        apply(line, request);
        store.adjust(count.id, line.key(), line.amount, 1);
        ExpenditureLine.flush();
        return LineView.of(line);
    }

    public void remove(String countId, long lineId) {
        ExpenditureCount count = editable(countId);
        ExpenditureLine line = line(count, lineId);
        store.adjust(count.id, line.key(), line.amount.negate(), -1);
        line.delete();
    }

    private ExpenditureCount editable(String countId) {
        ExpenditureCount count = counts.writable(countId);
        // One writer per count at a time, locked as an import locks it: lines share line_summary rows, and two
        // edits upserting and pruning them in different orders deadlocked (500s). The status is read under the
        // lock, so a count submitted meanwhile takes no more lines. (Native: Hibernate's MySQL dialect writes
        // FOR UPDATE OF, which MariaDB refuses.)
        Object status = em.createNativeQuery("SELECT status FROM expenditure_count WHERE id = ?1 FOR UPDATE")
                .setParameter(1, count.id).getSingleResult();
        CountLifecycle.requireEditable(CountStatus.valueOf(status.toString()));
        return count;
    }

    private static ExpenditureLine line(ExpenditureCount count, long lineId) {
        ExpenditureLine line = ExpenditureLine.findById(lineId);
        if (line == null || !line.countId.equals(count.id)) {
            throw ProblemException.notFound("line", String.valueOf(lineId));
        }
        return line;
    }

    private void validate(LineRequest r) {
        List<Problem.Violation> errors = new ArrayList<>();
        if (Organisation.findById(r.organisationId()) == null) {
            errors.add(new Problem.Violation("organisationId", null, "unknown organisation", r.organisationId()));
        }
        if (!functions.exists(r.functionCode())) {
            errors.add(new Problem.Violation("functionCode", null, "not a COFOG division or group code",
                    r.functionCode()));
        }
        LineRules.amountProblem(r.amount()).ifPresent(m ->
                errors.add(new Problem.Violation("amount", null, m, r.amount().toPlainString())));
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors.get(0).field() + ": " + errors.get(0).message(), errors);
        }
    }

    private static void apply(ExpenditureLine line, LineRequest r) {
        line.organisationId = r.organisationId();
        line.fundingSource = LineRules.fundingSourceKey(r.fundingSource());
        line.functionCode = r.functionCode();
        line.clientGroup = r.clientGroup() == null ? "" : r.clientGroup().trim();
        line.capitalRevenue = r.capitalRevenue();
        line.amount = r.amount().setScale(2);
        line.note = r.note();
        line.sourceRowRef = r.sourceRowRef();
        line.paymentDate = r.paymentDate();
    }
}
