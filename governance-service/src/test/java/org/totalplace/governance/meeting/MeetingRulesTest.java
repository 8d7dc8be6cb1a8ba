package org.totalplace.governance.meeting;

import org.junit.jupiter.api.Test;
import org.totalplace.commons.problem.Problem;
import org.totalplace.governance.meeting.MeetingDtos.AgendaItemInput;
import org.totalplace.governance.meeting.MeetingDtos.DecisionInput;
import org.totalplace.governance.meeting.MeetingDtos.MeetingInput;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MeetingRulesTest {

    static final LocalDate DAY = LocalDate.of(2009, 10, 14);

    private static MeetingInput meeting(LocalTime start, LocalTime end, String zone, List<AgendaItemInput> agenda) {
        return new MeetingInput("leicester-leicestershire", null, "Public Service Board", MeetingStatus.CONFIRMED, DAY,
                start, end, zone, null, agenda, List.of());
    }

    private static List<String> fields(MeetingInput m) {
        return MeetingRules.check(m).stream().map(Problem.Violation::field).toList();
    }

    @Test
    void aConsistentMeetingPasses() {
        AgendaItemInput item = new AgendaItemInput(null, "Update", null, null, null,
                List.of(new DecisionInput("Board", "Noted", false, DAY, DAY.plusDays(1))));
        assertEquals(List.of(), fields(meeting(LocalTime.of(10, 0), LocalTime.of(12, 0), "Europe/London", List.of(item))));
        assertEquals(List.of(), fields(meeting(null, null, null, List.of())));
    }

    @Test
    void timesOutOfOrderOrWithoutAStartAreRefused() {
        assertEquals(List.of("endTime"), fields(meeting(LocalTime.of(10, 0), LocalTime.of(9, 0), null, List.of())));
        assertEquals(List.of("endTime"), fields(meeting(LocalTime.of(10, 0), LocalTime.of(10, 0), null, List.of())));
        assertEquals(List.of("startTime"), fields(meeting(null, LocalTime.of(9, 0), null, List.of())));
        assertEquals(List.of("timeZone"), fields(meeting(null, null, "Leicester/Town Hall", List.of())));
    }

    @Test
    void agendaNumbersAreUniqueAndDecisionsTakeEffectNoEarlierThanTaken() {
        List<AgendaItemInput> agenda = List.of(
                new AgendaItemInput(null, "First", null, null, null, List.of()),
                new AgendaItemInput(1, "Also first", null, null, null,
                        List.of(new DecisionInput("Board", "Backdated", true, DAY, DAY.minusDays(1)))));
        assertEquals(List.of("agenda[1].number", "agenda[1].decisions[0].effectiveFrom"), fields(meeting(null, null, null, agenda)));
        assertEquals(2, MeetingRules.number(new AgendaItemInput(null, "x", null, null, null, null), 1));
    }
}
