package org.totalplace.commons.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem detail, the body of every error answer. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details, served as application/problem+json")
public record Problem(
        @Schema(example = "urn:totalplace:problem:validation") String type,
        @Schema(example = "Invalid request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "name: must not be blank") String detail,
        @Schema(example = "/api/v1/places") String instance,
        @Schema(example = "7f6e3c1a-2b44-4d1e-9a3c-0f5e2d1b7c9a") String requestId,
        List<Violation> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One thing wrong with the input: a field, a CSV row and column, or both. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Violation")
    public record Violation(
            @Schema(example = "population") String field,
            @Schema(description = "1-based row number in an uploaded file", example = "17") Long row,
            @Schema(example = "must be greater than or equal to 0") String message,
            @Schema(description = "the offending value, shortened") String value) {

        public static Violation field(String field, String message) {
            return new Violation(field, null, message, null);
        }
    }
}
