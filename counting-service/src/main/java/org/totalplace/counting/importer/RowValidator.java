package org.totalplace.counting.importer;

import org.totalplace.commons.problem.Problem;
import org.totalplace.counting.line.LineRules;
import org.totalplace.counting.organisation.OrganisationDirectory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.DateTimeException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Turns one CSV row into a line, or into the list of everything wrong with it (row, column, reason, value). */
public final class RowValidator {

    /** A row that passed: ready to store. */
    public record ValidRow(String organisationId, String fundingSource, String functionCode, String clientGroup,
                           String capitalRevenue, BigDecimal amount, String note, String sourceRowRef,
                           LocalDate date, boolean unclassified) {
    }

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final int CACHE_LIMIT = 50_000;

    private final ColumnLayout layout;
    private final ImportOptions options;
    private final OrganisationDirectory organisations;
    private final Predicate<String> functionExists;
    // a file names the same few bodies and services over and over: resolve each spelling once
    private final Map<String, Optional<String>> organisationCache = new HashMap<>();
    private final Map<String, Optional<String>> functionCache = new HashMap<>();
    private final Map<String, String> fundingCache = new HashMap<>();

    public RowValidator(ColumnLayout layout, ImportOptions options, OrganisationDirectory organisations,
                        Predicate<String> functionExists) {
        this.layout = layout;
        this.options = options;
        this.organisations = organisations;
        this.functionExists = functionExists;
    }

    /** Validates {@code row} (1-based, the header is row 1); adds its problems to {@code errors}. */
    public ValidRow validate(long row, List<String> values, List<Problem.Violation> errors) {
        int before = errors.size();
        if (values.size() != layout.width()) {
            errors.add(new Problem.Violation(null, row, "ragged row: " + values.size() + " fields where the header has "
                    + layout.width(), null));
            return null;
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).indexOf('\uFFFD') >= 0) {
                errors.add(new Problem.Violation(null, row, "bad encoding in field " + (i + 1)
                        + ": not " + options.charset().name() + " (save the file as UTF-8 or pass encoding=)",
                        shorten(values.get(i))));
                return null;
            }
        }
        String orgValue = layout.value(values, ColumnLayout.ORGANISATION);
        String orgId = null;
        if (orgValue == null) {
            missing(errors, row, ColumnLayout.ORGANISATION);
        } else {
            orgId = organisationCache.computeIfAbsent(cacheable(organisationCache, orgValue), organisations::resolve)
                    .orElse(null);
            if (orgId == null) {
                errors.add(new Problem.Violation(ColumnLayout.ORGANISATION, row,
                        "unknown organisation (not matched by id, GSS, SNAC, ODS, org-id or name)", shorten(orgValue)));
            }
        }
        String funding = layout.value(values, ColumnLayout.FUNDING_SOURCE);
        funding = funding == null ? options.fundingSource()
                : fundingCache.computeIfAbsent(cacheable(fundingCache, funding), LineRules::fundingSourceKey);
        if (funding == null || funding.isEmpty()) {
            missing(errors, row, ColumnLayout.FUNDING_SOURCE);
        } else if (funding.length() > 80) {
            errors.add(new Problem.Violation(ColumnLayout.FUNDING_SOURCE, row, "longer than 80 characters",
                    shorten(funding)));
        }
        String function = null;
        boolean unclassified = false;
        String functionValue = layout.value(values, ColumnLayout.FUNCTION);
        if (functionValue == null) {
            missing(errors, row, ColumnLayout.FUNCTION);
        } else {
            function = functionCache.computeIfAbsent(cacheable(functionCache, functionValue), this::function)
                    .orElse(null);
            if (function == null && options.unclassified()) {
                function = LineRules.UNCLASSIFIED;
                unclassified = true;
            } else if (function == null) {
                errors.add(new Problem.Violation(ColumnLayout.FUNCTION, row, options.functionLabels().isEmpty()
                        && options.preset() == ImportOptions.Preset.STANDARD
                        ? "unknown function code (not a COFOG division or group such as 07 or 07.4)"
                        : "unknown function code and no mapping for this label (map it with function=<label>=<code>"
                        + " or pass unclassified=true)", shorten(functionValue)));
            }
        }
        String crValue = layout.value(values, ColumnLayout.CAPITAL_REVENUE);
        String capitalRevenue = crValue == null ? options.capitalRevenue()
                : LineRules.capitalRevenue(crValue).orElse(null);
        if (capitalRevenue == null) {
            if (crValue == null) {
                missing(errors, row, ColumnLayout.CAPITAL_REVENUE);
            } else {
                errors.add(new Problem.Violation(ColumnLayout.CAPITAL_REVENUE, row, "must be CAPITAL or REVENUE",
                        shorten(crValue)));
            }
        }
        BigDecimal amount = amount(row, layout.value(values, ColumnLayout.AMOUNT), errors);
        LocalDate date = date(row, values, errors);
        String clientGroup = text(row, values, ColumnLayout.CLIENT_GROUP, 100, errors);
        String note = text(row, values, ColumnLayout.NOTE, 500, errors);
        String ref = text(row, values, ColumnLayout.SOURCE_ROW_REF, 100, errors);
        if (errors.size() > before) {
            return null;
        }
        return new ValidRow(orgId, funding, function, clientGroup == null ? "" : clientGroup, capitalRevenue,
                amount, note, ref == null ? Long.toString(row) : ref, date, unclassified);
    }

    private Optional<String> function(String value) {
        String mapped = options.functionLabels().get(ImportOptions.label(value));
        if (mapped != null) {
            return functionExists.test(mapped) ? Optional.of(mapped) : Optional.empty();
        }
        return functionExists.test(value) ? Optional.of(value) : Optional.empty();
    }

    private BigDecimal amount(long row, String value, List<Problem.Violation> errors) {
        if (value == null) {
            missing(errors, row, ColumnLayout.AMOUNT);
            return null;
        }
        Optional<BigDecimal> parsed = Amounts.parse(value);
        if (parsed.isEmpty()) {
            errors.add(new Problem.Violation(ColumnLayout.AMOUNT, row, "not a number", shorten(value)));
            return null;
        }
        Optional<String> problem = LineRules.amountProblem(parsed.get());
        if (problem.isPresent()) {
            errors.add(new Problem.Violation(ColumnLayout.AMOUNT, row, problem.get(), shorten(value)));
            return null;
        }
        return parsed.get().setScale(2);
    }

    private LocalDate date(long row, List<String> values, List<Problem.Violation> errors) {
        String value = layout.value(values, ColumnLayout.DATE);
        if (value == null) {
            return null;
        }
        try {
            return options.preset() == ImportOptions.Preset.SPENDING_OVER_500 && value.contains("/")
                    ? LocalDate.parse(value, UK_DATE) : isoDate(value);
        } catch (DateTimeException e) {
            errors.add(new Problem.Violation(ColumnLayout.DATE, row, options.preset() == ImportOptions.Preset.STANDARD
                    ? "not an ISO date (yyyy-mm-dd)" : "not a date (dd/mm/yyyy)", shorten(value)));
            return null;
        }
    }

    // yyyy-mm-dd without the general formatter: a million rows each carry a date
    private static LocalDate isoDate(String v) {
        if (v.length() == 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
            try {
                return LocalDate.of(Integer.parseInt(v, 0, 4, 10), Integer.parseInt(v, 5, 7, 10),
                        Integer.parseInt(v, 8, 10, 10));
            } catch (NumberFormatException e) {
                throw new DateTimeException(v);
            }
        }
        return LocalDate.parse(v);
    }

    private String text(long row, List<String> values, String field, int max, List<Problem.Violation> errors) {
        String value = layout.value(values, field);
        if (value != null && value.length() > max) {
            errors.add(new Problem.Violation(field, row, "longer than " + max + " characters", shorten(value)));
        }
        return value;
    }

    private static void missing(List<Problem.Violation> errors, long row, String field) {
        errors.add(new Problem.Violation(field, row, "missing " + field, null));
    }

    private static String cacheable(Map<String, ?> cache, String key) {
        if (cache.size() > CACHE_LIMIT) {
            cache.clear(); // a file of endlessly varied names: keep memory flat rather than the cache warm
        }
        return key;
    }

    static String shorten(String s) {
        return s == null || s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
