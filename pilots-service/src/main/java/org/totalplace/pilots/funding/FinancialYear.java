package org.totalplace.pilots.funding;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A UK public-sector financial year written as {@code 2009-10}: April 2009 to March 2010. */
public final class FinancialYear {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{2})");

    private FinancialYear() {
    }

    /** Null when {@code text} is a well-formed financial year, otherwise what is wrong with it. */
    public static String problem(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text);
        if (m == null || !m.matches()) {
            return "must be a financial year such as 2009-10";
        }
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        if (end != (start + 1) % 100) {
            return "must name consecutive years, e.g. " + start + "-" + String.format("%02d", (start + 1) % 100);
        }
        return null;
    }
}
