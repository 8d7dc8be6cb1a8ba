package org.totalplace.pilots.place;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** What a client sends to register a place (POST, id required) or to replace its details (PUT, id omitted). */
@Schema(name = "PlaceRequest")
public record PlaceRequest(
        @Schema(description = "Slug id, required when registering", example = "leicester-leicestershire")
        @Size(max = 80) @Pattern(regexp = PlaceRules.SLUG, message = "must be a lower-case slug such as leicester-leicestershire")
        String id,
        @Schema(example = "Leicester and Leicestershire") @NotBlank @Size(max = 200) String name,
        @Schema(example = "PILOT") @NotNull PlaceKind kind,
        @Schema(example = "East Midlands") @Size(max = 100) String region,
        @Schema(example = "Alcohol and drugs") @Size(max = 200) String theme,
        @Schema(example = "[\"Drugs and alcohol misuse\", \"Access to Services (county area)\"]")
        @Size(max = 20) List<@NotBlank @Size(max = 200) String> subThemes,
        @Schema(example = "NARROW_DEEP") Approach approach,
        @Schema(example = "[\"To gain a more detailed understanding of the expenditure through a 'high level count'.\"]")
        @Size(max = 20) List<@NotBlank @Size(max = 2000) String> aspirations,
        @Schema(description = "ONS GSS codes of the local authority areas the place covers",
                example = "[\"E06000016\", \"E10000018\"]")
        @Size(max = 60) List<@NotNull @Pattern(regexp = PlaceRules.GSS, message = "must be an ONS GSS code such as E10000018") String> localAuthorityAreas,
        @Schema(example = "1067121") @PositiveOrZero Long population,
        @Schema(example = "2020") @Min(1900) @Max(2100) Integer populationYear,
        @Schema(example = "mySociety UK Local Authorities 1.6.1 (CC-BY-4.0), 2020 figures") @Size(max = 300) String populationSource,
        @Schema(example = "[\"leicester\", \"leicestershire\"]")
        @Size(max = 30) List<@NotNull @Pattern(regexp = PlaceRules.TAG, message = "must be lower-case words joined by hyphens") String> tags,
        @Schema(description = "Defaults to ACTIVE", example = "REPORTED") PlaceStatus status,
        @Schema(example = "2010-02-18") LocalDate postedOn,
        @Schema(example = "2009-09-18") LocalDate interimFindingsDue,
        @Schema(example = "2010-02-19") LocalDate finalReportDue,
        @Schema(example = "Thirteen organisations mapping all public spending on drugs and alcohol.") @Size(max = 4000) String summary) {
}
