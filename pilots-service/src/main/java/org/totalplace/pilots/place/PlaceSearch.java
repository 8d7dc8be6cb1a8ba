package org.totalplace.pilots.place;

import org.totalplace.commons.problem.ProblemException;
import org.totalplace.pilots.web.QueryParams;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A place list query: free text, filters and a sort, turned into a JPQL condition and ORDER BY.
 * Sort keys are whitelisted, so nothing a client sends reaches the query text.
 */
public record PlaceSearch(String q, PlaceKind kind, String region, String theme, String organisation, String tag,
                          String sort) {

    static final Map<String, String> SORT_KEYS = Map.of(
            "name", "p.name",
            "kind", "p.kind",
            "region", "p.region",
            "theme", "p.theme",
            "status", "p.status",
            "population", "p.population",
            "postedOn", "p.postedOn",
            "finalReportDue", "p.finalReportDue");

    /** The JPQL condition on alias {@code p}, and its named parameters. */
    public record Condition(String where, Map<String, Object> parameters) {
    }

    public Condition condition() {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        String text = QueryParams.text(q);
        if (text != null) {
            params.put("q", QueryParams.containsPattern(text));
            clauses.add("(lower(p.name) like :q escape '!' or lower(p.theme) like :q escape '!'"
                    + " or lower(p.region) like :q escape '!' or lower(p.summary) like :q escape '!'"
                    + " or exists (select 1 from Place s join s.subThemes st where s = p and lower(st) like :q escape '!')"
                    + " or exists (select 1 from Place a join a.aspirations asp where a = p and lower(asp) like :q escape '!')"
                    + " or exists (select 1 from Place t join t.tags tg where t = p and lower(tg) like :q escape '!'))");
        }
        if (kind != null) {
            params.put("kind", kind);
            clauses.add("p.kind = :kind");
        }
        if (QueryParams.text(region) != null) {
            params.put("region", region.trim().toLowerCase());
            clauses.add("lower(p.region) = :region");
        }
        if (QueryParams.text(theme) != null) {
            params.put("theme", theme.trim().toLowerCase());
            clauses.add("lower(p.theme) = :theme");
        }
        if (QueryParams.text(organisation) != null) {
            params.put("organisation", organisation.trim());
            clauses.add("exists (select 1 from Partnership pa where pa.placeId = p.id and pa.organisationId = :organisation)");
        }
        if (QueryParams.text(tag) != null) {
            params.put("tag", tag.trim().toLowerCase());
            clauses.add("exists (select 1 from Place g join g.tags gt where g = p and gt = :tag)");
        }
        return new Condition(clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses), params);
    }

    /** ORDER BY for {@code sort}: comma-separated keys, '-' for descending; id breaks ties so pages are stable. */
    public String orderBy() {
        String raw = QueryParams.text(sort);
        List<String> parts = new ArrayList<>();
        for (String key : raw == null ? List.of("name") : List.of(raw.split(","))) {
            String k = key.trim();
            boolean descending = k.startsWith("-");
            String name = descending ? k.substring(1) : k;
            String column = SORT_KEYS.get(name);
            if (column == null) {
                throw ProblemException.invalidField("sort", "unknown sort key '" + name + "'; use one of "
                        + String.join(", ", SORT_KEYS.keySet().stream().sorted().toList())
                        + ", each optionally prefixed with '-'");
            }
            parts.add(column + (descending ? " desc" : " asc"));
        }
        parts.add("p.id asc");
        return String.join(", ", parts);
    }
}
