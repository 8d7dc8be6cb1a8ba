package org.totalplace.governance.milestone;

import org.totalplace.commons.security.PlaceScoped;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the milestone API reads and writes. */
public final class MilestoneDtos {

    private MilestoneDtos() {
    }

    @Schema(name = "Milestone", description = "A deadline to report something to a body")
    public record MilestoneView(
            @Schema(example = "ll-final-count") String id,
            @Schema(example = "leicester-leicestershire") String placeId,
            @Schema(example = "Final high-level count") String title,
            MilestoneKind kind,
            @Schema(example = "HM Treasury") String recipient,
            @Schema(example = "2009-09-08") LocalDate baselineDate,
            @Schema(example = "2009-09-08") LocalDate forecastDate,
            @Schema(example = "2009-09-08") LocalDate actualDate,
            MilestoneStatus status,
            Rag rag,
            @Schema(description = "days the delivery lies after the baseline (negative: early)", example = "0")
            long slipDays,
            @Schema(description = "who changed the status last; hidden from anonymous callers", example = "counting-service")
            String statusChangedBy,
            Instant statusChangedAt,
            @Schema(example = "count:3f2c9a7e-1b2d-4c5e-8f90-123456789abc") String evidence,
            String notes,
            List<ForecastChangeView> forecastHistory,
            @Schema(description = "the ETag an update must send back in If-Match", example = "3") long version) {
    }

    @Schema(name = "ForecastChange")
    public record ForecastChangeView(
            @Schema(example = "2009-09-18") LocalDate previousDate,
            @Schema(example = "2009-09-25") LocalDate newDate,
            @Schema(example = "Partner data arrived late") String reason,
            String changedBy,
            Instant changedAt) {
    }

    @Schema(name = "NewMilestone")
    public record NewMilestone(
            @NotBlank @Schema(example = "leicester-leicestershire") String placeId,
            @NotBlank @Size(max = 300) @Schema(example = "Briefing for the Regional Minister") String title,
            @NotNull MilestoneKind kind,
            @NotBlank @Size(max = 200) @Schema(example = "Regional Minister for the East Midlands") String recipient,
            @NotNull @Schema(example = "2009-09-10") LocalDate baselineDate,
            @Schema(description = "defaults to the baseline date", example = "2009-09-10") LocalDate forecastDate,
            String notes) implements PlaceScoped {
    }

    @Schema(name = "MilestoneUpdate", description = "A changed forecast date is kept in the forecast history")
    public record MilestoneUpdate(
            @NotBlank @Size(max = 300) String title,
            @NotBlank @Size(max = 200) String recipient,
            @NotNull @Schema(example = "2009-09-25") LocalDate forecastDate,
            @Size(max = 1000) @Schema(example = "Partner data arrived late") String forecastReason,
            String notes) {
    }

    @Schema(name = "MeetMilestone")
    public record MeetRequest(
            @NotNull @Schema(example = "2009-09-18") LocalDate actualDate,
            @NotBlank @Size(max = 1000) @Schema(example = "Interim report emailed to the Leadership Centre") String evidence) {
    }

    @Schema(name = "WaiveMilestone")
    public record WaiveRequest(
            @NotBlank @Size(max = 1000) @Schema(example = "Leadership Centre agreed the briefing is not needed") String reason) {
    }

    @Schema(name = "TimelineEntry", description = "A milestone on the programme-wide timeline")
    public record TimelineEntry(
            String placeId,
            @Schema(example = "Leicester and Leicestershire") String placeName,
            String milestoneId,
            String title,
            MilestoneKind kind,
            String recipient,
            LocalDate baselineDate,
            LocalDate forecastDate,
            LocalDate actualDate,
            MilestoneStatus status,
            Rag rag) {
    }
}
