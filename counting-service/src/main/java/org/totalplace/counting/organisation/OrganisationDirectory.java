package org.totalplace.counting.organisation;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds an organisation the way spending files name it: by our id, by any identifier (GSS, old ONS/SNAC,
 * NHS ODS, org-id), by a statistics URI ending in one of those, or by its name written loosely
 * ("Leicester City Council", "LEICESTER CITY COUNCIL.", "The Leicester City Council").
 */
public final class OrganisationDirectory {

    /** What the directory needs to know of an organisation. */
    public record Entry(String id, String name, String gssCode, String snacCode, String odsCode, String orgId) {
    }

    private final Map<String, String> byKey = new HashMap<>();

    public OrganisationDirectory(List<Entry> entries) {
        // names first, so a code that happens to equal some name never loses to it
        for (Entry e : entries) {
            put(normalise(e.name()), e.id());
        }
        for (Entry e : entries) {
            for (String code : new String[]{e.gssCode(), e.snacCode(), e.odsCode(), e.orgId()}) {
                put(code(code), e.id());
            }
            put(code(e.id()), e.id());
        }
    }

    public Optional<String> resolve(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        int slash = v.lastIndexOf('/');
        if (slash >= 0 && slash < v.length() - 1) {
            v = v.substring(slash + 1); // http://statistics.data.gov.uk/id/local-authority/00FN -> 00FN
        }
        String found = byKey.get(code(v));
        if (found == null) {
            found = byKey.get(normalise(value));
        }
        return Optional.ofNullable(found);
    }

    private void put(String key, String id) {
        if (key != null && !key.isEmpty()) {
            byKey.put(key, id);
        }
    }

    private static String code(String value) {
        return value == null ? null : "#" + value.trim().toUpperCase(Locale.ROOT);
    }

    /** Lower case, accents and punctuation dropped, "&" as "and", a leading "the" dropped, spaces collapsed. */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("&", " and ")
                .replaceAll("[^a-z0-9]+", " ").trim();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s;
    }
}
