package org.totalplace.counting.line;

/** The dimensions a line is summarised by: one row of line_summary per distinct key in a count. */
public record SummaryKey(String organisationId, String fundingSource, String functionCode, String clientGroup,
                         String capitalRevenue) {
}
