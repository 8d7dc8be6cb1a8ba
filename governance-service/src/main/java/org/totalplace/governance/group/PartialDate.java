package org.totalplace.governance.group;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day (YYYY, YYYY-MM, YYYY-MM-DD), as Popolo and Open Civic Data
 * record membership dates. It stands for a span from its earliest to its latest possible day.
 */
public record PartialDate(int year, Integer month, Integer day) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** Parses YYYY, YYYY-MM or YYYY-MM-DD; IllegalArgumentException for anything else or an impossible date. */
    public static PartialDate parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.trim());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("must be YYYY, YYYY-MM or YYYY-MM-DD");
        }
        int year = Integer.parseInt(m.group(1));
        Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        PartialDate date = new PartialDate(year, month, day);
        try {
            date.earliest();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("is not a real date");
        }
        return date;
    }

    public LocalDate earliest() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    public LocalDate latest() {
        if (month == null) {
            return LocalDate.of(year, 12, 31);
        }
        return day == null ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day);
    }

    /** An end is out of order only when its latest possible day lies before the start's earliest possible day. */
    public static boolean endsBeforeStart(PartialDate start, PartialDate end) {
        return start != null && end != null && end.latest().isBefore(start.earliest());
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(String.format("%04d", year));
        if (month != null) {
            s.append(String.format("-%02d", month));
        }
        if (day != null) {
            s.append(String.format("-%02d", day));
        }
        return s.toString();
    }
}
