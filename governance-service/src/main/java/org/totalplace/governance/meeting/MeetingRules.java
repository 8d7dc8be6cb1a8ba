package org.totalplace.governance.meeting;

import org.totalplace.commons.problem.Problem.Violation;
import org.totalplace.governance.meeting.MeetingDtos.AgendaItemInput;
import org.totalplace.governance.meeting.MeetingDtos.DecisionInput;
import org.totalplace.governance.meeting.MeetingDtos.MeetingInput;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What makes a meeting consistent in itself (what needs the database is checked by the service). */
public final class MeetingRules {

    public static final String DEFAULT_TIME_ZONE = "Europe/London";

    private MeetingRules() {
    }

    public static List<Violation> check(MeetingInput m) {
        List<Violation> errors = new ArrayList<>();
        if (m.timeZone() != null) {
            try {
                ZoneId.of(m.timeZone());
            } catch (DateTimeException e) {
                errors.add(Violation.field("timeZone", "is not a known time zone such as Europe/London"));
            }
        }
        if (m.endTime() != null && m.startTime() == null) {
            errors.add(Violation.field("startTime", "is needed when endTime is given"));
        }
        if (m.startTime() != null && m.endTime() != null && !m.endTime().isAfter(m.startTime())) {
            errors.add(Violation.field("endTime", "must be after startTime"));
        }
        List<AgendaItemInput> agenda = m.agenda() == null ? List.of() : m.agenda();
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < agenda.size(); i++) {
            AgendaItemInput item = agenda.get(i);
            if (!numbers.add(number(item, i))) {
                errors.add(Violation.field("agenda[" + i + "].number", "agenda item " + number(item, i) + " appears twice"));
            }
            List<DecisionInput> decisions = item.decisions() == null ? List.of() : item.decisions();
            for (int j = 0; j < decisions.size(); j++) {
                DecisionInput d = decisions.get(j);
                if (d.effectiveFrom() != null && d.decidedOn() != null && d.effectiveFrom().isBefore(d.decidedOn())) {
                    errors.add(Violation.field("agenda[" + i + "].decisions[" + j + "].effectiveFrom",
                            "must not be before decidedOn"));
                }
            }
        }
        return errors;
    }

    /** An item's number: as given, or its position counted from 1. */
    public static int number(AgendaItemInput item, int index) {
        return item.number() == null ? index + 1 : item.number();
    }
}
