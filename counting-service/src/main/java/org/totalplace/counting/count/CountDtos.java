package org.totalplace.counting.count;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.commons.security.PlaceScoped;

import java.time.Instant;

/** What the count API reads and writes. */
public final class CountDtos {
    private CountDtos() {
    }

    @Schema(name = "NewCount")
    public record NewCount(
            @NotBlank @Size(max = 80) @Schema(example = "leicester-leicestershire") String placeId,
            @NotNull @Schema(example = "2008-09") String financialYear,
            @NotNull @Schema(example = "DEEP_DIVE", enumeration = {"HIGH_LEVEL", "DEEP_DIVE"}) String kind,
            @Size(max = 200) @Schema(example = "drugs and alcohol") String theme) implements PlaceScoped {
    }

    @Schema(name = "Count")
    public record CountView(
            @Schema(example = "3f2c9a4e-1b7d-4c1e-9f3a-2d5b6c7e8f90") String id,
            @Schema(example = "leicester-leicestershire") String placeId,
            @Schema(example = "2008-09") String financialYear,
            @Schema(example = "HIGH_LEVEL") CountKind kind,
            @Schema(example = "drugs and alcohol") String theme,
            @Schema(example = "1") int version,
            @Schema(example = "DRAFT") CountStatus status,
            String supersedesId,
            String supersededById,
            String createdBy,
            Instant createdAt,
            String submittedBy,
            Instant submittedAt,
            String finalisedBy,
            Instant finalisedAt) {

        static CountView of(ExpenditureCount c) {
            return new CountView(c.id, c.placeId, c.financialYear, c.kind, c.theme, c.versionNo, c.status,
                    c.supersedesId, c.supersededById, c.createdBy, c.createdAt, c.submittedBy, c.submittedAt,
                    c.finalisedBy, c.finalisedAt);
        }
    }
}
