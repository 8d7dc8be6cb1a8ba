package org.totalplace.governance.milestone;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Marks milestones whose forecast date has passed as OVERDUE (each publishes milestone.overdue once). */
@ApplicationScoped
public class OverdueJob {

    private final MilestoneService milestones;
    private final ProgrammeClock clock;

    public OverdueJob(MilestoneService milestones, ProgrammeClock clock) {
        this.milestones = milestones;
        this.clock = clock;
    }

    @Scheduled(identity = "milestone-overdue", every = "${governance.overdue.every}",
            delayed = "${governance.overdue.delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        int overdue = milestones.refreshOpen(clock.today());
        if (overdue > 0) {
            Log.infof("%d milestones became overdue", overdue);
        }
    }
}
