package org.totalplace.governance.risk;

import org.totalplace.commons.security.PlaceScoped;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

public final class RaidDtos {

    private RaidDtos() {
    }

    @Schema(name = "RaidInput", description = "A RAID entry: creating and replacing take the same shape")
    public record RaidInput(
            @NotBlank @Schema(example = "leicester-leicestershire") String placeId,
            @NotNull RaidType type,
            @NotBlank @Size(max = 300) @Schema(example = "Requests for briefing from Government hinder progress") String title,
            @Schema(example = "There is a danger that the many requests for briefing and reporting from various parts of Government will seriously hinder the progress of the programme.")
            String description,
            @NotNull @Min(1) @Max(5) @Schema(example = "4") Integer likelihood,
            @NotNull @Min(1) @Max(5) @Schema(example = "4") Integer impact,
            @NotBlank @Size(max = 200) @Schema(description = "who answers for it; preferably a role", example = "Programme Manager") String owner,
            @NotNull RaidResponse response,
            @Schema(example = "Route requests through the Programme Manager") String actions,
            @Schema(description = "defaults to OPEN") RaidStatus status,
            @Schema(example = "2009-09-02") LocalDate raisedOn,
            @Schema(example = "2009-10-14") LocalDate reviewDate) implements PlaceScoped {
    }

    @Schema(name = "RaidItem")
    public record RaidView(
            String id,
            String placeId,
            RaidType type,
            String title,
            String description,
            int likelihood,
            int impact,
            @Schema(description = "likelihood x impact", example = "16") int score,
            RaidRules.Rating rating,
            @Schema(description = "null for anonymous callers") String owner,
            RaidResponse response,
            String actions,
            RaidStatus status,
            LocalDate raisedOn,
            LocalDate reviewDate,
            @Schema(description = "the ETag an update must send back in If-Match") long version) {
    }
}
