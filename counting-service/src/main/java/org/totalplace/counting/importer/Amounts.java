package org.totalplace.counting.importer;

import java.math.BigDecimal;
import java.util.Optional;

/** Reads amounts as spreadsheets write them: 1100.00, "1,100.00", £1,100.00, -250.00, (250.00), £-250.00. */
public final class Amounts {

    private Amounts() {
    }

    public static Optional<BigDecimal> parse(String raw) {
        String s = raw.trim();
        boolean negative = false;
        if (s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.substring(1, s.length() - 1).trim();
        }
        if (s.startsWith("-")) {
            negative = !negative;
            s = s.substring(1).trim();
        }
        if (s.startsWith("£")) {
            s = s.substring(1).trim();
        }
        if (s.startsWith("-")) {
            negative = !negative;
            s = s.substring(1).trim();
        }
        if (s.isEmpty() || !validDigits(s)) {
            return Optional.empty();
        }
        try {
            BigDecimal value = new BigDecimal(s.replace(",", ""));
            return Optional.of(negative ? value.negate() : value);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    // digits with optional thousands commas and one decimal point; no exponent, no stray characters
    private static boolean validDigits(String s) {
        boolean point = false;
        boolean digit = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= '0' && ch <= '9') {
                digit = true;
            } else if (ch == '.' && !point) {
                point = true;
            } else if (ch != ',' || point) {
                return false;
            }
        }
        return digit;
    }
}
