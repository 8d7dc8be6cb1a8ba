package org.totalplace.governance.milestone;

import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.ZoneId;

class RulesProducer {

    @Produces
    @Singleton
    MilestoneRules rules(@ConfigProperty(name = "governance.milestones.due-soon-days") int dueSoonDays,
                         @ConfigProperty(name = "governance.milestones.amber-slip-days") int amberSlipDays) {
        return new MilestoneRules(dueSoonDays, amberSlipDays);
    }

    /** The programme's calendar: "today" for due dates is today in England. */
    @Produces
    @Singleton
    ProgrammeClock clock(@ConfigProperty(name = "governance.milestones.time-zone") ZoneId zone) {
        return new ProgrammeClock(zone);
    }
}
