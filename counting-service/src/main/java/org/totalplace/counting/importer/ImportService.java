package org.totalplace.counting.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.totalplace.commons.problem.Problem;
import org.totalplace.commons.problem.ProblemException;
import org.totalplace.commons.security.PlaceAccess;
import org.totalplace.counting.count.CountLifecycle;
import org.totalplace.counting.count.CountService;
import org.totalplace.counting.count.CountStatus;
import org.totalplace.counting.count.ExpenditureCount;
import org.totalplace.counting.function.FunctionCatalogue;
import org.totalplace.counting.line.BulkFile;
import org.totalplace.counting.line.LineStore;
import org.totalplace.counting.line.SummaryKey;
import org.totalplace.counting.organisation.Organisation;
import org.totalplace.counting.organisation.OrganisationDirectory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Imports a CSV into a draft count, atomically: one streaming pass validates every row and streams the valid ones
 * into LOAD DATA inside ONE transaction, which commits, with the count's summary, only when no row failed.
 * Large bodies are spooled to disk and imported as a job the client polls.
 */
@ApplicationScoped
public class ImportService {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CountService counts;
    private final PlaceAccess access;
    private final LineStore store;
    private final FunctionCatalogue functions;
    private final ManagedExecutor executor;
    private final EntityManager em;
    private final long asyncThreshold;
    private final int maxErrors;

    public ImportService(CountService counts, PlaceAccess access, LineStore store, FunctionCatalogue functions,
                         ManagedExecutor executor, EntityManager em,
                         @ConfigProperty(name = "counting.import.async-threshold-bytes") long asyncThreshold,
                         @ConfigProperty(name = "counting.import.max-reported-errors") int maxErrors) {
        this.counts = counts;
        this.access = access;
        this.store = store;
        this.functions = functions;
        this.executor = executor;
        this.em = em;
        this.asyncThreshold = asyncThreshold;
        this.maxErrors = maxErrors;
    }

    /** Whether a body should be imported as a job rather than within the request. */
    public boolean runsAsJob(Long contentLength, boolean asked) {
        return asked || contentLength == null || contentLength > asyncThreshold;
    }

    /** Imports within the request and returns the finished import. */
    public ImportView importNow(String countId, InputStream body, Long contentLength, ImportOptions options) {
        ExpenditureCount count = editableCount(countId);
        ImportJob job = start(count.id, contentLength);
        try {
            run(job.id, count.id, body, options, null);
        } catch (RuntimeException e) {
            finish(job.id, j -> {
                j.status = ImportJob.Status.FAILED;
                j.message = e instanceof ProblemException ? e.getMessage() : "the import failed on our side";
            });
            throw e;
        }
        return view(job.id);
    }

    /** Spools the body to disk, starts the job and returns it RUNNING. */
    public ImportView startJob(String countId, InputStream body, ImportOptions options) {
        ExpenditureCount count = editableCount(countId);
        Path spool;
        String hash;
        try {
            spool = Files.createTempFile("import-", ".csv");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            Files.copy(new DigestInputStream(body, sha256), spool, StandardCopyOption.REPLACE_EXISTING);
            // a data package's hash is its CSV's, known only once unpacked
            hash = options.fiscalDataPackage() ? null : HexFormat.of().formatHex(sha256.digest());
        } catch (IOException e) {
            throw ProblemException.badRequest("the upload broke off: " + e.getMessage(), null);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        ImportJob job = start(count.id, size(spool));
        executor.execute(() -> {
            try (InputStream in = Files.newInputStream(spool)) {
                run(job.id, count.id, in, options, hash);
            } catch (IOException | RuntimeException e) {
                Log.errorf(e, "import %s failed", job.id);
                finish(job.id, j -> {
                    j.status = ImportJob.Status.FAILED;
                    j.message = "the import failed on our side; quote import id " + j.id;
                });
            } finally {
                deleteQuietly(spool);
            }
        });
        return view(job.id);
    }

    public ImportView get(String jobId) {
        ImportJob job = QuarkusTransaction.joiningExisting().call(() -> ImportJob.<ImportJob>findById(jobId));
        if (job == null) {
            throw ProblemException.notFound("import", jobId);
        }
        counts.readable(job.countId); // an import is as visible as its count
        return view(jobId);
    }

    private ExpenditureCount editableCount(String countId) {
        ExpenditureCount count = counts.writable(countId);
        CountLifecycle.requireEditable(count.status);
        return count;
    }

    private ImportJob start(String countId, Long bytesTotal) {
        String who = access.who();
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = new ImportJob();
            job.id = UUID.randomUUID().toString();
            job.countId = countId;
            job.status = ImportJob.Status.RUNNING;
            job.bytesTotal = bytesTotal;
            job.startedBy = who;
            job.startedAt = Instant.now();
            job.persist();
            return job;
        });
    }

    private void run(String jobId, String countId, InputStream body, ImportOptions options, String spooledHash) {
        OrganisationDirectory directory = directory();
        Map<SummaryKey, LineStore.Sum> sums = new HashMap<>();
        String earlier = spooledHash == null ? null : earlierImport(countId, spooledHash);
        if (earlier != null) { // a re-sent file: check it for the report, but load nothing
            duplicate(jobId, validate(jobId, countId, body, options, directory, sums, OutputStream.nullOutputStream()),
                    earlier);
            return;
        }
        Pipe pipe;
        try {
            pipe = Pipe.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The check runs beside the load: valid lines go down the pipe into LOAD DATA as soon as they are read, so
        // the database stores while the next rows are checked. After a bad row no more lines are sent; the pass goes
        // on to report every bad row and the transaction rolls back whatever had arrived.
        CompletableFuture<CsvImport.Outcome> validation = CompletableFuture.supplyAsync(() -> validate(jobId, countId,
                body, options, directory, sums, Channels.newOutputStream(pipe.sink())), executor);
        try (InputStream lines = Channels.newInputStream(pipe.source())) {
            QuarkusTransaction.requiringNew().timeout((int) Duration.ofMinutes(15).toSeconds()).run(() -> {
                // lock the count: it must still be a draft when the lines land, and no one may submit meanwhile
                Object status = em.createNativeQuery("SELECT status FROM expenditure_count WHERE id = ?1 FOR UPDATE")
                        .setParameter(1, countId).getSingleResult();
                if (!CountStatus.DRAFT.name().equals(status)) {
                    throw ProblemException.conflict("the count stopped being a DRAFT during the import");
                }
                long stored = store.bulkLoad(lines);
                CsvImport.Outcome outcome = outcomeOf(validation);
                if (!outcome.valid()) {
                    throw new NotStored(outcome, null);
                }
                String again = earlierImport(countId, outcome.contentHash());
                if (again != null) {
                    throw new NotStored(outcome, again);
                }
                ImportJob job = ImportJob.findById(jobId);
                record(job, outcome);
                job.acceptedHash = outcome.contentHash();
                em.flush(); // the unique (count, hash) key refuses a concurrent import of the same file here
                job.linesStored = stored;
                store.addSummaries(countId, sums);
                job.status = ImportJob.Status.SUCCEEDED;
                job.message = "stored " + stored + " lines";
                job.finishedAt = Instant.now();
            });
        } catch (NotStored e) {
            if (e.duplicateOf != null) {
                duplicate(jobId, e.outcome, e.duplicateOf);
            } else {
                finish(jobId, j -> {
                    record(j, e.outcome);
                    j.status = ImportJob.Status.FAILED;
                    j.message = e.outcome.errorCount() + " problem(s) found; nothing was stored";
                });
            }
        } catch (PersistenceException e) {
            CsvImport.Outcome outcome = outcomeOf(validation);
            String again = earlierImport(countId, outcome.contentHash());
            if (again == null) {
                throw e;
            }
            duplicate(jobId, outcome, again);
        } catch (ProblemException e) {
            finish(jobId, j -> {
                j.status = ImportJob.Status.FAILED;
                j.message = e.getMessage();
                j.finishedAt = Instant.now();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            validation.exceptionally(e -> null).join(); // the pass ends once the pipe is closed; never leave it behind
        }
    }

    /** One streaming pass over the file: every row checked, the valid ones written to {@code lines} as bulk lines. */
    private CsvImport.Outcome validate(String jobId, String countId, InputStream body, ImportOptions options,
                                       OrganisationDirectory directory, Map<SummaryKey, LineStore.Sum> sums,
                                       OutputStream lines) {
        BulkFile out = new BulkFile(lines);
        try {
            InputStream csv = options.fiscalDataPackage() ? FiscalDataPackages.csvOf(body) : body;
            return new CsvImport(options, directory, functions::exists, maxErrors).read(csv, row -> {
                out.write(countId, row.organisationId(), row.fundingSource(), row.functionCode(),
                        row.clientGroup(), row.capitalRevenue(), row.amount().toPlainString(), row.note(),
                        row.sourceRowRef(), row.date() == null ? null : row.date().toString(), jobId);
                sums.computeIfAbsent(new SummaryKey(row.organisationId(), row.fundingSource(),
                        row.functionCode(), row.clientGroup(), row.capitalRevenue()), k -> new LineStore.Sum())
                        .add(row.amount());
            }, progress(jobId));
        } finally {
            try {
                out.close(); // end of data for LOAD DATA
            } catch (IOException e) {
                Log.debugf("import %s: the loader had stopped reading (%s)", jobId, e.getMessage());
            }
        }
    }

    private static CsvImport.Outcome outcomeOf(CompletableFuture<CsvImport.Outcome> validation) {
        try {
            return validation.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Why a checked file was not stored: bad rows, or the same file already imported into the count. */
    private static final class NotStored extends RuntimeException {
        final transient CsvImport.Outcome outcome;
        final String duplicateOf;

        NotStored(CsvImport.Outcome outcome, String duplicateOf) {
            super(null, null, false, false);
            this.outcome = outcome;
            this.duplicateOf = duplicateOf;
        }
    }

    private void duplicate(String jobId, CsvImport.Outcome outcome, String earlier) {
        finish(jobId, j -> {
            record(j, outcome);
            j.status = ImportJob.Status.DUPLICATE;
            j.duplicateOf = earlier;
            j.message = "this file was already imported into this count (import " + earlier + "); nothing was stored";
        });
    }

    private String earlierImport(String countId, String hash) {
        return QuarkusTransaction.requiringNew().call(() -> ImportJob.<ImportJob>find(
                        "countId = ?1 and acceptedHash = ?2", countId, hash).firstResultOptional()
                .map(j -> j.id).orElse(null));
    }

    private OrganisationDirectory directory() {
        return QuarkusTransaction.requiringNew().call(() -> new OrganisationDirectory(
                Organisation.<Organisation>listAll().stream()
                        .map(o -> new OrganisationDirectory.Entry(o.id, o.name, o.gssCode, o.snacCode, o.odsCode,
                                o.orgId))
                        .toList()));
    }

    private CsvImport.Progress progress(String jobId) {
        return (rowsRead, rowsValid, bytesRead) -> finish(jobId, j -> {
            j.rowsRead = rowsRead;
            j.rowsValid = rowsValid;
            j.bytesRead = bytesRead;
        });
    }

    private static void record(ImportJob j, CsvImport.Outcome o) {
        j.contentHash = o.contentHash();
        j.rowsRead = o.rowsRead();
        j.rowsValid = o.rowsValid();
        j.unclassified = o.unclassified();
        j.totalAmount = o.total();
        j.errorCount = o.errorCount();
        j.finishedAt = Instant.now();
        if (j.bytesTotal != null) {
            j.bytesRead = j.bytesTotal;
        }
        try {
            j.errors = o.errors().isEmpty() ? null : JSON.writeValueAsString(o.errors());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void finish(String jobId, java.util.function.Consumer<ImportJob> change) {
        QuarkusTransaction.requiringNew().run(() -> change.accept(ImportJob.findById(jobId)));
    }

    private ImportView view(String jobId) {
        ImportJob j = QuarkusTransaction.requiringNew().call(() -> ImportJob.<ImportJob>findById(jobId));
        List<Problem.Violation> errors;
        try {
            errors = j.errors == null ? List.of() : JSON.readValue(j.errors, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        int percent = j.status != ImportJob.Status.RUNNING ? 100
                : j.bytesTotal == null || j.bytesTotal == 0 ? 0 : (int) Math.min(99, j.bytesRead * 100 / j.bytesTotal);
        return new ImportView(j.id, j.countId, j.status.name(), j.status == ImportJob.Status.DUPLICATE, j.duplicateOf,
                j.rowsRead, j.rowsValid, percent, j.linesStored, j.unclassified, j.totalAmount, "GBP", j.errorCount,
                errors, j.message, j.contentHash, j.startedAt, j.finishedAt);
    }

    private static Long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return null;
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                Log.warnf("cannot delete %s: %s", file, e.getMessage());
            }
        }
    }
}
