package org.totalplace.counting.aggregate;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Answers of the aggregation API; amounts are exact decimal strings in GBP. */
public final class AggregateDtos {
    private AggregateDtos() {
    }

    @Schema(name = "AggregateCell")
    public record Cell(
            @Schema(description = "dimension -> key, e.g. {organisation: leicester-city-council, function_division: 07}")
            Map<String, String> dimensions,
            @Schema(description = "dimension -> readable label (organisation name, COFOG name)")
            Map<String, String> labels,
            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(example = "1250000.00") BigDecimal amount,
            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(example = "1.33") BigDecimal perHead,
            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(description = "share of the total (0..1)", example = "0.0421")
            BigDecimal share,
            @Schema(example = "1200") long lines) {
    }

    @Schema(name = "Aggregate")
    public record Aggregate(
            String countId,
            String placeId,
            @Schema(example = "940000") Long population,
            @Schema(example = "GBP") String currency,
            List<String> drilldown,
            List<Cell> cells,
            @Schema(description = "the total over all cells, with the cuts applied") Cell summary,
            int page,
            int size,
            @Schema(description = "number of cells") long total,
            int totalPages) {
    }

    @Schema(name = "OverlapFunder")
    public record Funder(String organisationId, String organisationName,
                         @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) {
    }

    @Schema(name = "Overlap", description = "A function funded by several organisations")
    public record Overlap(@Schema(example = "09.1") String functionCode, String functionName, int organisations,
                         @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, List<Funder> funders) {
    }

    @Schema(name = "FlowNode")
    public record Node(@Schema(example = "org:leicester-city-council") String id, String label,
                       @Schema(enumeration = {"funding_source", "organisation", "function_division"}) String kind) {
    }

    @Schema(name = "FlowLink")
    public record Link(String source, String target,
                       @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal value) {
    }

    @Schema(name = "Flows", description = "funding source -> organisation -> function division, for a Sankey chart")
    public record Flows(String countId, String currency, List<Node> nodes, List<Link> links) {
    }

    @Schema(name = "DiffRow", description = "A combination of dimensions whose amount differs between the two counts")
    public record DiffRow(Map<String, String> dimensions,
                          @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
                          @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal otherAmount,
                          @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal change,
                          long lines, long otherLines) {
    }

    @Schema(name = "Diff")
    public record Diff(String countId, String otherCountId,
                       @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal total,
                       @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal otherTotal,
                       @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal change,
                       long lines, long otherLines,
                       @Schema(description = "lines present in only one of the two counts (by content)") long linesOnlyHere,
                       long linesOnlyThere,
                       List<DiffRow> changes, int page, int size, long totalChanges) {
    }

    @Schema(name = "ComparisonRow")
    public record PlaceFigures(String placeId, String placeName, String countId, int version, Long population,
                               @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
                               @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal perHead,
                               List<Cell> cells) {
    }

    @Schema(name = "Comparison", description = "Each place's latest FINAL count of a year and kind")
    public record Comparison(String financialYear, String kind, String drilldown, String currency,
                             List<PlaceFigures> places) {
    }
}
