package org.totalplace.counting.line;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

public final class LineDtos {
    private LineDtos() {
    }

    @Schema(name = "LineRequest", description = "An expenditure line to add, or the corrected values of one")
    public record LineRequest(
            @NotBlank @Size(max = 80) @Schema(example = "leicester-city-council") String organisationId,
            @NotBlank @Size(max = 80) @Schema(example = "council-tax") String fundingSource,
            @NotBlank @Size(max = 12) @Schema(example = "07.4") String functionCode,
            @Size(max = 100) @Schema(example = "adults with substance misuse") String clientGroup,
            @NotNull @Pattern(regexp = "^(CAPITAL|REVENUE)$") @Schema(example = "REVENUE") String capitalRevenue,
            // the pattern @Digits would give has no sign, but credit notes are negative lines
            @NotNull @Digits(integer = 17, fraction = 2) @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    example = "1100.00", pattern = "^-?\\d{1,17}([.]\\d{1,2})?$",
                    description = "GBP, at most 2 decimal places; negative for a credit") BigDecimal amount,
            @Size(max = 500) String note,
            @Size(max = 100) @Schema(example = "invoice 4471") String sourceRowRef,
            LocalDate paymentDate) {
    }

    @Schema(name = "Line")
    public record LineView(
            long id,
            String organisationId,
            String fundingSource,
            String functionCode,
            String clientGroup,
            String capitalRevenue,
            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(example = "1100.00") BigDecimal amount,
            @Schema(example = "GBP") String currency,
            String note,
            String sourceRowRef,
            LocalDate paymentDate,
            long version) {

        public static LineView of(ExpenditureLine l) {
            return new LineView(l.id, l.organisationId, l.fundingSource, l.functionCode,
                    l.clientGroup == null || l.clientGroup.isEmpty() ? null : l.clientGroup, l.capitalRevenue,
                    l.amount, "GBP", l.note, l.sourceRowRef, l.paymentDate, l.lockVersion);
        }
    }
}
