package org.totalplace.governance.meeting;

import org.totalplace.commons.security.PlaceScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

/** What the meetings API reads and writes. */
public final class MeetingDtos {

    private MeetingDtos() {
    }

    @Schema(name = "MeetingInput", description = "A whole meeting: creating and replacing take the same shape")
    public record MeetingInput(
            @NotBlank @Schema(example = "leicester-leicestershire") String placeId,
            @Schema(description = "a group of the same place, or none", example = "ll-public-service-board") String groupId,
            @NotBlank @Size(max = 300) @Schema(example = "Public Service Board: first meeting") String title,
            @NotNull MeetingStatus status,
            @NotNull @Schema(example = "2009-10-14") LocalDate date,
            @Schema(description = "local time in timeZone; omit when only the day is known", example = "10:00") LocalTime startTime,
            @Schema(example = "12:00") LocalTime endTime,
            @Schema(description = "IANA time zone; defaults to Europe/London", example = "Europe/London") String timeZone,
            @Size(max = 300) @Schema(example = "County Hall, Glenfield") String location,
            List<@Valid @NotNull AgendaItemInput> agenda,
            List<@Valid @NotNull AttendeeInput> attendees) implements PlaceScoped {
    }

    @Schema(name = "AgendaItemInput")
    public record AgendaItemInput(
            @Positive @Schema(description = "defaults to the item's position (1, 2, ...)", example = "1") Integer number,
            @NotBlank @Size(max = 300) @Schema(example = "Total Place Programme update") String title,
            @Size(max = 200) @Schema(example = "Leicestershire County Council") String reportOf,
            @Schema(description = "id of the officer to contact about the item") String contactPersonId,
            String minutes,
            List<@Valid @NotNull DecisionInput> decisions) {
    }

    @Schema(name = "DecisionInput")
    public record DecisionInput(
            @NotBlank @Size(max = 200) @Schema(example = "Leicestershire Together Executive") String decisionMaker,
            @NotBlank @Schema(example = "It is recommended that the report be noted") String text,
            @Schema(example = "false") boolean keyDecision,
            @NotNull @Schema(example = "2009-09-02") LocalDate decidedOn,
            @Schema(example = "2009-09-02") LocalDate effectiveFrom) {
    }

    @Schema(name = "AttendeeInput")
    public record AttendeeInput(@NotBlank String personId, @Schema(description = "defaults to PRESENT") Attendance attendance) {
    }

    @Schema(name = "Meeting")
    public record MeetingView(
            String id,
            String placeId,
            String groupId,
            @Schema(example = "Public Service Board") String groupName,
            String title,
            MeetingStatus status,
            LocalDate date,
            LocalTime startTime,
            LocalTime endTime,
            String timeZone,
            @Schema(description = "start as an instant with its offset, when the time is known", example = "2009-10-14T10:00:00+01:00")
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            String location,
            List<AgendaItemView> agenda,
            List<AttendeeView> attendees,
            @Schema(description = "the ETag an update must send back in If-Match") long version) {
    }

    @Schema(name = "AgendaItem")
    public record AgendaItemView(int number, String title, String reportOf, String contactPersonId,
                                 @Schema(description = "null for anonymous callers") String contactName,
                                 String minutes, List<DecisionView> decisions) {
    }

    @Schema(name = "Decision")
    public record DecisionView(String decisionMaker, String text, boolean keyDecision, LocalDate decidedOn,
                               LocalDate effectiveFrom) {
    }

    @Schema(name = "Attendee", description = "name is null for anonymous callers")
    public record AttendeeView(String personId, String name, Attendance attendance) {
    }
}
