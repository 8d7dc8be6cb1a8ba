package org.totalplace.pilots.place;

import org.totalplace.commons.problem.Problem.Violation;
import org.totalplace.commons.problem.ProblemException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Rules about a place's details that span several fields (single-field rules live on {@link PlaceRequest}). */
public final class PlaceRules {

    // Patterns are published in the OpenAPI document as JSON Schema patterns: ECMA 262 syntax (no (?i), no \p{..})
    // and searched rather than matched whole, hence the anchors.
    public static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final String GSS = "^[ENSW][0-9]{8}$";
    public static final String TAG = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final String HTTP_URL = "^[Hh][Tt][Tt][Pp][Ss]?://.+$";

    private PlaceRules() {
    }

    /** Every cross-field problem with {@code r}, as violations naming the field to fix. */
    public static List<Violation> violations(PlaceRequest r) {
        List<Violation> errors = new ArrayList<>();
        // a population is only usable per head when we can say which year it is and where it comes from
        if (r.population() != null) {
            if (r.populationYear() == null) {
                errors.add(Violation.field("populationYear", "is required with a population"));
            }
            if (r.populationSource() == null || r.populationSource().isBlank()) {
                errors.add(Violation.field("populationSource", "is required with a population"));
            }
        } else if (r.populationYear() != null || r.populationSource() != null) {
            errors.add(Violation.field("population", "is required when a population year or source is given"));
        }
        if (r.interimFindingsDue() != null && r.finalReportDue() != null
                && r.interimFindingsDue().isAfter(r.finalReportDue())) {
            errors.add(Violation.field("interimFindingsDue", "must not be after finalReportDue"));
        }
        duplicates(r.localAuthorityAreas(), "localAuthorityAreas", errors);
        duplicates(r.tags(), "tags", errors);
        return errors;
    }

    /** Throws a 400 listing every violation, if there are any. */
    public static void check(PlaceRequest r) {
        List<Violation> errors = violations(r);
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors.getFirst().field() + ": " + errors.getFirst().message(), errors);
        }
    }

    private static void duplicates(List<String> values, String field, List<Violation> errors) {
        if (values == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null && !seen.add(values.get(i))) {
                errors.add(Violation.field(field + "[" + i + "]", "repeats " + values.get(i)));
            }
        }
    }
}
