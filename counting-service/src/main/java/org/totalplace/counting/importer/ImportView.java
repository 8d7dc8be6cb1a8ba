package org.totalplace.counting.importer;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.commons.problem.Problem;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

@Schema(name = "ImportJob", description = "An import of a CSV into a count: progress while RUNNING, then its result")
public record ImportView(
        @Schema(example = "8d1e0c4b-6a7f-4b0e-9d6c-1f2e3a4b5c6d") String id,
        String countId,
        @Schema(example = "SUCCEEDED", enumeration = {"RUNNING", "SUCCEEDED", "FAILED", "DUPLICATE"}) String status,
        @Schema(description = "true when this exact file was already imported into the count; nothing was stored")
        boolean duplicate,
        @Schema(description = "the earlier import of the same file") String duplicateOf,
        @Schema(example = "10000") long rowsRead,
        @Schema(example = "9997") long rowsValid,
        @Schema(example = "100") int percent,
        @Schema(example = "10000") long linesStored,
        @Schema(description = "rows counted as unclassified because their label had no function mapping")
        long unclassified,
        @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(example = "1234567.89") BigDecimal total,
        @Schema(example = "GBP") String currency,
        @Schema(example = "3") long errorCount,
        @Schema(description = "every bad row (up to a limit; errorCount has them all)") List<Problem.Violation> errors,
        String message,
        @Schema(description = "SHA-256 of the file") String contentHash,
        Instant startedAt,
        Instant finishedAt) {
}
