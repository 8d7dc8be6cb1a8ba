package org.totalplace.pilots.funding;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.commons.problem.ProblemException;
import org.totalplace.pilots.place.Place;

import java.math.BigDecimal;
import java.util.List;

/** Programme funding awarded to a place, exact to the penny. */
@ApplicationScoped
@Transactional
public class FundingAwards {

    public static final String CURRENCY = "GBP";

    @Schema(name = "FundingAwardRequest")
    public record FundingRequest(
            @Schema(example = "Improvement East") @NotBlank @Size(max = 200) String funder,
            @Schema(type = SchemaType.STRING, description = "GBP, at most 2 decimal places", example = "300000.00")
            @NotNull @DecimalMin(value = "0.00", message = "must be 0 or more")
            @Digits(integer = 17, fraction = 2, message = "must have at most 2 decimal places (and 17 digits before the point)")
            BigDecimal amount,
            @Schema(example = "2009-10") @NotBlank String financialYear,
            @Schema(example = "Leadership of Place: \"Making Cambridgeshire Count\"") @Size(max = 2000) String purpose) {
    }

    @Schema(name = "FundingAward")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FundingView(
            @Schema(example = "7") Long id,
            @Schema(example = "cambridgeshire") String placeId,
            @Schema(example = "Improvement East") String funder,
            @Schema(type = SchemaType.STRING, example = "300000.00")
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
            @Schema(example = "GBP") String currency,
            @Schema(example = "2009-10") String financialYear,
            String purpose) {
        static FundingView of(FundingAward f) {
            return new FundingView(f.id, f.placeId, f.funder, f.amount, CURRENCY, f.financialYear, f.purpose);
        }
    }

    public FundingView add(String placeId, FundingRequest request) {
        String yearProblem = FinancialYear.problem(request.financialYear());
        if (yearProblem != null) {
            throw ProblemException.invalidField("financialYear", yearProblem);
        }
        Place.require(placeId);
        FundingAward f = new FundingAward();
        f.placeId = placeId;
        f.funder = request.funder().trim();
        f.amount = request.amount().setScale(2);
        f.financialYear = request.financialYear();
        f.purpose = request.purpose();
        f.persist();
        return FundingView.of(f);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FundingView> of(String placeId) {
        Place.require(placeId);
        return FundingAward.<FundingAward>find("placeId = ?1 order by financialYear, funder, id", placeId)
                .stream().map(FundingView::of).toList();
    }
}
