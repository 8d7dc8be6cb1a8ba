package org.totalplace.counting.importer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.totalplace.commons.problem.Problem;
import org.totalplace.counting.organisation.OrganisationDirectory;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Reads a CSV once, as a stream: every row is validated, valid rows go to a sink while no row has failed, and the
 * SHA-256 of the bytes is taken on the way. Memory stays flat whatever the file's size (errors are listed up to a
 * limit and counted beyond it).
 */
public final class CsvImport {

    /** What one pass over a file found. */
    public record Outcome(long rowsRead, long rowsValid, long unclassified, BigDecimal total, long errorCount,
                          List<Problem.Violation> errors, String contentHash) {
        public boolean valid() {
            return errorCount == 0;
        }
    }

    /** Progress so far, reported every {@link #PROGRESS_EVERY} rows. */
    public interface Progress {
        void report(long rowsRead, long rowsValid, long bytesRead);
    }

    public static final int PROGRESS_EVERY = 20_000;

    private final ImportOptions options;
    private final OrganisationDirectory organisations;
    private final Predicate<String> functionExists;
    private final int maxErrors;

    public CsvImport(ImportOptions options, OrganisationDirectory organisations, Predicate<String> functionExists,
                     int maxErrors) {
        this.options = options;
        this.organisations = organisations;
        this.functionExists = functionExists;
        this.maxErrors = maxErrors;
    }

    public Outcome read(InputStream body, Consumer<RowValidator.ValidRow> sink, Progress progress) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        CountingStream counted = new CountingStream(body);
        List<Problem.Violation> errors = new ArrayList<>();
        long errorCount = 0;
        long rowsRead = 0;
        long rowsValid = 0;
        long unclassified = 0;
        BigDecimal total = BigDecimal.ZERO;
        long row = 0;
        List<Problem.Violation> scratch = new ArrayList<>();
        // InputStreamReader replaces undecodable bytes with U+FFFD, which the validator reports per row
        try (Reader reader = new InputStreamReader(new DigestInputStream(counted, sha256), options.charset());
             CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get().parse(reader)) {
            RowValidator validator = null;
            for (CSVRecord record : parser) {
                row++;
                List<String> values = record.toList();
                if (validator == null) {
                    List<Problem.Violation> headerErrors = new ArrayList<>();
                    ColumnLayout layout = ColumnLayout.resolve(values, options, headerErrors);
                    if (!headerErrors.isEmpty()) {
                        drain(reader);
                        return new Outcome(0, 0, 0, BigDecimal.ZERO, headerErrors.size(), headerErrors,
                                HexFormat.of().formatHex(sha256.digest()));
                    }
                    validator = new RowValidator(layout, options, organisations, functionExists);
                    continue;
                }
                rowsRead++;
                RowValidator.ValidRow valid = validator.validate(row, values, scratch);
                if (!scratch.isEmpty()) {
                    errorCount += scratch.size();
                    for (Problem.Violation v : scratch) {
                        if (errors.size() < maxErrors) {
                            errors.add(v);
                        }
                    }
                    scratch.clear();
                }
                if (valid != null) {
                    rowsValid++;
                    total = total.add(valid.amount());
                    if (valid.unclassified()) {
                        unclassified++;
                    }
                    if (errorCount == 0) {
                        sink.accept(valid);
                    }
                }
                if (rowsRead % PROGRESS_EVERY == 0) {
                    progress.report(rowsRead, rowsValid, counted.count);
                }
            }
            if (validator == null) {
                errors.add(new Problem.Violation(null, 1L, "the file is empty: expected a header row", null));
                errorCount = 1;
            }
        } catch (IOException | UncheckedIOException e) {
            // commons-csv reports a broken quote or an unreadable stream this way: name where it stopped
            errors.add(new Problem.Violation(null, row + 1, "unreadable CSV: " + e.getMessage(), null));
            errorCount++;
        }
        progress.report(rowsRead, rowsValid, counted.count);
        return new Outcome(rowsRead, rowsValid, unclassified, total, errorCount, List.copyOf(errors),
                HexFormat.of().formatHex(sha256.digest()));
    }

    private static void drain(Reader reader) throws IOException {
        char[] buf = new char[8192];
        while (reader.read(buf) >= 0) {
            // the hash covers the whole file
        }
    }

    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
