package org.totalplace.system.fuzz;

import java.util.List;

/** Hostile values the generator puts where the OpenAPI documents expect something well-formed. */
final class HostileValues {

    static final String HUGE = "x".repeat(100_000);

    /** Text that is not wrong in itself but breaks naive handling: control characters, surrogates, bidi, emoji. */
    static final List<String> UNICODE = List.of(
            "nul\u0000byte", "\uD800 lone high surrogate", "lone low \uDC00", "\u202Eevil\u202C reversed",
            "emoji \uD83D\uDCB8\uD83C\uDFF4\u200D\u2620\uFE0F", "e\u0301\u0302\u0303\u0304\u0305 combining",
            "Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358\u0359\u035A\u035B\u035C", "\uFEFFbom", "\uFFFF\uFFFE",
            "zero\u200Bwidth\u200D", "\r\n\tcontrol\u0007\u001B[31m", "\u0085next line\u2028sep\u2029",
            "\uD834\uDD1E astral", "\u00A0\u3000 wide spaces", "\u0130\u0131 dotted i", "ﷺ ligature",
            "\uFF1Cfullwidth\uFF1E");

    /** Injection strings of every kind a text field may meet on its way to SQL, HTML, logs, shells and templates. */
    static final List<String> INJECTION = List.of(
            "' OR 1=1 --", "'; DROP TABLE place; --", "\" OR \"\"=\"", "1; SELECT SLEEP(5)",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)",
            "${jndi:ldap://127.0.0.1:1/a}", "#{7*7}", "{{7*7}}", "%s%s%s%n", "../../../../etc/passwd",
            "..\\..\\windows\\win.ini", "line\r\nX-Injected: header", "=cmd|' /C calc'!A0", "@SUM(1+1)",
            "*)(uid=*))(|(uid=*", "$(reboot)", "`id`", "%00", "\\u0000", "{\"$gt\": \"\"}");

    /** Dates and date-like strings no ISO-8601 date field may take. */
    static final List<String> BAD_DATES = List.of(
            "2026-02-30", "99999-01-01", "yesterday", "2009-13-01", "2009-00-10", "0000-00-00", "2009-1-1",
            "14/10/2009", "2009-10-14T25:00:00", "2009-02-29", "+2009-10-14", "-0001-01-01", "2009-10-14 ", "\u0662\u0660\u0660\u0669-10-14");

    static final List<String> BAD_TIMES = List.of("25:00", "10:60", "noon", "10:00:00:00", "-1:00", "24:01");

    /** Money no field may take: over-precise, beyond 17 digits, not a number. */
    static final List<String> BAD_MONEY = List.of(
            "1.001", "0.000000000000000000001", "1E400", "NaN", "Infinity", "123456789012345678.00",
            "99999999999999999999999999999999999999", "1,000.00", "£5.00", "0x10", "1..2", "");

    /** Negative money: refused where the schema has a minimum (funding); a count line may be a credit. */
    static final List<String> NEGATIVE_MONEY = List.of("-1.00", "-0.01");

    /** Exact amounts spelled oddly, which the services read as the decimal they are: sent with a poison. */
    static final List<String> ODD_MONEY = List.of("1e5", " 1.00", ".5", "1.", "\u0661\u0662\u0663");

    /** JSON numbers (written raw) for money fields: wrong type, negative, over-precise, beyond any range. */
    static final List<String> BAD_MONEY_NUMBERS = List.of("1.001", "1e400", "-1e400", "1e-400",
            "123456789012345678901234567890.123");

    /** JSON numbers (written raw) that no int field with a range can take. */
    static final List<String> BAD_INTEGERS = List.of("99999999999999999999999", "-99999999999999999999999", "1e400",
            "2147483648", "-2147483649", "9223372036854775808", "\"abc\"", "\"\"", "{}", "[]", "[1]");

    /** JSON values (written raw) that are the wrong type for a string or an enum. */
    static final List<String> NOT_STRINGS = List.of("{}", "[]", "[\"a\",\"b\"]", "{\"a\":1}");

    static final List<String> BAD_ENUMS = List.of("NOT_A_VALUE", "deep dive", "\"", "0", "-1", "DROP TABLE",
            "DEEP_DIVE\u0000", "CAPITAL|REVENUE");

    /** Path ids that name nothing: huge, negative, non-numeric, encoded separators, hostile text. */
    static final List<String> BAD_IDS = List.of(
            "99999999999999999999999999", "-1", "0", "abc", "1e10", "0x1F", " ", "null", "undefined",
            "..", "../../etc/passwd", "a/b", "a%2Fb", "\u0000", "\u202Eevil", "\uD83D\uDCB8",
            "' OR 1=1 --", "x".repeat(2000), "%", "%%", "\\", "9223372036854775807", "-9223372036854775808");

    private HostileValues() {
    }
}
