package org.totalplace.counting.importer;

import org.totalplace.commons.problem.ProblemException;
import org.totalplace.counting.line.LineRules;

import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How to read one CSV: a preset layout, header overrides ({@code column=amount=Net Amount}), labels mapped to
 * COFOG codes ({@code function=Adult Social Care=10.2}), whether unmapped labels count as unclassified, and
 * defaults for columns a file does not have; a Fiscal Data Package (zip) is read through its CSV.
 */
public record ImportOptions(Preset preset, Map<String, String> columns, Map<String, String> functionLabels,
                            boolean unclassified, String fundingSource, String capitalRevenue, Charset charset,
                            boolean fiscalDataPackage) {

    public enum Preset { STANDARD, SPENDING_OVER_500 }

    /** Reads the query parameters of an import, naming the one that is wrong. */
    public static ImportOptions parse(String preset, List<String> column, List<String> function, Boolean unclassified,
                                      String fundingSource, String capitalRevenue, String encoding) {
        Preset p = switch (preset == null ? "standard" : preset.trim().toLowerCase(Locale.ROOT)) {
            case "standard" -> Preset.STANDARD;
            case "spending-over-500" -> Preset.SPENDING_OVER_500;
            default -> throw ProblemException.invalidField("preset", "must be standard or spending-over-500");
        };
        Map<String, String> columns = new HashMap<>();
        for (String c : column == null ? List.<String>of() : column) {
            int eq = c.indexOf('=');
            String field = eq < 0 ? "" : c.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            if (eq < 0 || !ColumnLayout.FIELDS.contains(field) || c.substring(eq + 1).isBlank()) {
                throw ProblemException.invalidField("column", "'" + c + "' must be <field>=<header>, field one of "
                        + String.join(", ", ColumnLayout.FIELDS));
            }
            columns.put(field, c.substring(eq + 1).trim());
        }
        Map<String, String> labels = new HashMap<>();
        for (String f : function == null ? List.<String>of() : function) {
            int eq = f.lastIndexOf('=');
            if (eq <= 0 || f.substring(eq + 1).isBlank()) {
                throw ProblemException.invalidField("function", "'" + f + "' must be <label>=<COFOG code>");
            }
            labels.put(label(f.substring(0, eq)), f.substring(eq + 1).trim());
        }
        String cr = null;
        if (capitalRevenue != null) {
            cr = LineRules.capitalRevenue(capitalRevenue).orElseThrow(() ->
                    ProblemException.invalidField("capitalRevenue", "must be CAPITAL or REVENUE"));
        } else if (p == Preset.SPENDING_OVER_500) {
            cr = LineRules.REVENUE; // transparency files list payments; capital is the exception, marked by column
        }
        String funding = fundingSource == null || fundingSource.isBlank() ? null
                : LineRules.fundingSourceKey(fundingSource);
        Charset charset;
        try {
            charset = Charset.forName(encoding == null ? "UTF-8" : encoding);
        } catch (RuntimeException e) {
            throw ProblemException.invalidField("encoding", "unknown character set '" + encoding + "'");
        }
        return new ImportOptions(p, Map.copyOf(columns), Map.copyOf(labels), Boolean.TRUE.equals(unclassified),
                funding, cr, charset, false);
    }

    /** The same options for a Fiscal Data Package zip, whose CSV is read from inside the zip. */
    public ImportOptions zipped() {
        return new ImportOptions(preset, columns, functionLabels, unclassified, fundingSource, capitalRevenue, charset,
                true);
    }

    /** Labels are compared loosely: case, spaces and punctuation do not matter. */
    static String label(String value) {
        return value.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", " ").trim();
    }
}
