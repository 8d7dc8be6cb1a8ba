package org.totalplace.pilots.place;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** A place as the API shows it. */
@Schema(name = "Place")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlaceView(
        @Schema(example = "leicester-leicestershire") String id,
        @Schema(example = "Leicester and Leicestershire") String name,
        @Schema(example = "PILOT") PlaceKind kind,
        @Schema(example = "East Midlands") String region,
        @Schema(example = "Alcohol and drugs") String theme,
        List<String> subThemes,
        @Schema(example = "NARROW_DEEP") Approach approach,
        List<String> aspirations,
        @Schema(example = "[\"E06000016\", \"E10000018\"]") List<String> localAuthorityAreas,
        @Schema(example = "1067121") Long population,
        @Schema(example = "2020") Integer populationYear,
        @Schema(example = "mySociety UK Local Authorities 1.6.1 (CC-BY-4.0), 2020 figures") String populationSource,
        List<String> tags,
        @Schema(example = "REPORTED") PlaceStatus status,
        @Schema(example = "2010-02-18") LocalDate postedOn,
        @Schema(example = "2009-09-18") LocalDate interimFindingsDue,
        @Schema(example = "2010-02-19") LocalDate finalReportDue,
        String summary,
        @Schema(description = "Same value as the ETag header", example = "3") long version) {

    public static PlaceView of(Place p) {
        return new PlaceView(p.id, p.name, p.kind, p.region, p.theme, List.copyOf(p.subThemes), p.approach,
                List.copyOf(p.aspirations), List.copyOf(p.gssCodes), p.population, p.populationYear,
                p.populationSource, List.copyOf(p.tags), p.status, p.postedOn, p.interimFindingsDue,
                p.finalReportDue, p.summary, p.version);
    }
}
