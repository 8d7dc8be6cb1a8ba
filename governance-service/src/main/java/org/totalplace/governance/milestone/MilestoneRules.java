package org.totalplace.governance.milestone;

import org.totalplace.commons.problem.ProblemException;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How a milestone's status and RAG follow from its dates. Status looks at the forecast (the date currently
 * planned); RAG at slippage against the baseline (the date first promised to the recipient).
 */
public final class MilestoneRules {

    private final int dueSoonDays;
    private final int amberSlipDays;

    public MilestoneRules(int dueSoonDays, int amberSlipDays) {
        this.dueSoonDays = dueSoonDays;
        this.amberSlipDays = amberSlipDays;
    }

    /** The status an open milestone has on {@code today}; MET and WAIVED stay as they are. */
    public MilestoneStatus statusOn(MilestoneStatus current, LocalDate forecast, LocalDate today) {
        if (current != null && current.isClosed()) {
            return current;
        }
        if (today.isAfter(forecast)) {
            return MilestoneStatus.OVERDUE;
        }
        if (!forecast.isAfter(today.plusDays(dueSoonDays))) {
            return MilestoneStatus.DUE_SOON;
        }
        return MilestoneStatus.UPCOMING;
    }

    /** Days the delivery (actual date once met, the forecast before) lies after the baseline; negative if early. */
    public long slipDays(MilestoneStatus status, LocalDate baseline, LocalDate forecast, LocalDate actual) {
        LocalDate delivery = status == MilestoneStatus.MET && actual != null ? actual : forecast;
        return ChronoUnit.DAYS.between(baseline, delivery);
    }

    /** GREEN on or before the baseline, AMBER when slipping up to the tolerance, RED beyond it or when overdue. */
    public Rag rag(MilestoneStatus status, LocalDate baseline, LocalDate forecast, LocalDate actual) {
        if (status == MilestoneStatus.OVERDUE) {
            return Rag.RED;
        }
        if (status == MilestoneStatus.WAIVED) {
            return Rag.GREEN;
        }
        long slip = slipDays(status, baseline, forecast, actual);
        if (slip <= 0) {
            return Rag.GREEN;
        }
        return slip <= amberSlipDays ? Rag.AMBER : Rag.RED;
    }

    /** Meeting needs an open milestone. */
    public void requireOpen(MilestoneStatus status, String action) {
        if (status.isClosed()) {
            throw ProblemException.conflict("the milestone is already " + status + "; it cannot be " + action);
        }
    }
}
