package org.totalplace.pilots.organisation;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The normalised form of an organisation's name, used both as its id and to spot the same body typed twice:
 * case, accents, punctuation, "&" versus "and" and spacing do not make a different organisation.
 */
public final class OrganisationNames {

    private OrganisationNames() {
    }

    /** "Leicester, Leicestershire & Rutland Police Authority" -> "leicester-leicestershire-and-rutland-police-authority". */
    public static String normalise(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("['’]", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
    }
}
