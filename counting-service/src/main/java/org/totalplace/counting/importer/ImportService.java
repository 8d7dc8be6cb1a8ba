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
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Imports a CSV into a draft count, atomically: one streaming pass validates every row while the valid ones are
 * loaded, with the count's summary, in ONE transaction that commits only when no row failed.
 * Large bodies are spooled to disk and imported as a job the client polls.
 */
@ApplicationScoped
public class ImportService {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PIPE_BYTES = 1 << 20;

    private final CountService counts;
    private final PlaceAccess access;
    private final LineStore store;
    private final FunctionCatalogue functions;
    private final ManagedExecutor executor;
    private final EntityManager em;
    private final long asyncThreshold;
    private final int maxErrors;
    private final String runner;
    private final Semaphore running;

    public ImportService(CountService counts, PlaceAccess access, LineStore store, FunctionCatalogue functions,
                         ManagedExecutor executor, EntityManager em, InterruptedImports interrupted,
                         @ConfigProperty(name = "counting.import.async-threshold-bytes") long asyncThreshold,
                         @ConfigProperty(name = "counting.import.max-reported-errors") int maxErrors,
                         @ConfigProperty(name = "counting.import.max-running") int maxRunning) {
        this.counts = counts;
        this.access = access;
        this.store = store;
        this.functions = functions;
        this.executor = executor;
        this.em = em;
        this.asyncThreshold = asyncThreshold;
        this.maxErrors = maxErrors;
        this.runner = interrupted.runner();
        this.running = new Semaphore(maxRunning, true);
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
            run(job.id, count.id, body, options);
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
        try {
            spool = Files.createTempFile("import-", ".csv");
            Files.copy(body, spool, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw ProblemException.badRequest("the upload broke off: " + e.getMessage(), null);
        }
        ImportJob job = start(count.id, size(spool));
        executor.execute(() -> {
            try (InputStream in = Files.newInputStream(spool)) {
                run(job.id, count.id, in, options);
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
            job.runner = runner;
            job.heartbeatAt = job.startedAt;
            job.persist();
            return job;
        });
    }

    /**
     * Validates the rows and loads them at the same time: valid lines stream through a pipe into LOAD DATA inside
     * the storing transaction, which commits only once validation found no bad row and the file is new, and rolls
     * back otherwise. At most {@code max-running} imports run at once (the rest wait without a connection), since
     * each holds one connection for its whole run.
     */
    private void run(String jobId, String countId, InputStream body, ImportOptions options) {
        running.acquireUninterruptibly();
        try {
            OrganisationDirectory directory = directory();
            Map<SummaryKey, LineStore.Sum> sums = new HashMap<>();
            PipedInputStream lines = new PipedInputStream(PIPE_BYTES);
            CompletableFuture<CsvImport.Outcome> validated = new CompletableFuture<>();
            Future<Long> loading = null;
            CsvImport.Outcome outcome;
            try (BulkFile out = new BulkFile(new PipedOutputStream(lines))) {
                loading = executor.submit(() -> load(jobId, countId, lines, validated, sums));
                InputStream csv = options.fiscalDataPackage() ? FiscalDataPackages.csvOf(body) : body;
                outcome = new CsvImport(options, directory, functions::exists, maxErrors).read(csv, row -> {
                    out.write(countId, row.organisationId(), row.fundingSource(), row.functionCode(),
                            row.clientGroup(), row.capitalRevenue(), row.amount().toPlainString(), row.note(),
                            row.sourceRowRef(), row.date() == null ? null : row.date().toString(), jobId);
                    sums.computeIfAbsent(new SummaryKey(row.organisationId(), row.fundingSource(),
                            row.functionCode(), row.clientGroup(), row.capitalRevenue()), k -> new LineStore.Sum())
                            .add(row.amount());
                }, progress(jobId));
            } catch (IOException | RuntimeException e) {
                // the pipe is closed (end of input) with the BulkFile: the storing transaction sees the failure
                validated.completeExceptionally(e);
                Throwable storing = failureOf(loading);
                if (storing == null || storing instanceof CompletionException) {
                    // validation failed first and the storing transaction rolled back because of it
                    throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
                }
                // the storing transaction failed first (and closed the pipe): that is the cause, not the broken pipe
                storingFailed(jobId, null, storing);
                return;
            }
            validated.complete(outcome);
            settle(jobId, countId, outcome, failureOf(loading));
        } finally {
            running.release();
        }
    }

    /** The storing transaction: lock the draft, load the lines as they come, commit only a valid new file. */
    private long load(String jobId, String countId, InputStream lines, CompletableFuture<CsvImport.Outcome> validated,
                      Map<SummaryKey, LineStore.Sum> sums) {
        try {
            return QuarkusTransaction.requiringNew().timeout((int) Duration.ofMinutes(15).toSeconds()).call(() -> {
                // lock the count: it must still be a draft when the lines land, and no one may submit meanwhile
                Object status = em.createNativeQuery("SELECT status FROM expenditure_count WHERE id = ?1 FOR UPDATE")
                        .setParameter(1, countId).getSingleResult();
                if (!CountStatus.DRAFT.name().equals(status)) {
                    throw ProblemException.conflict("the count stopped being a DRAFT during the import");
                }
                long loaded = store.bulkLoad(lines);
                CsvImport.Outcome outcome = validated.join();
                if (!outcome.valid() || earlierImport(countId, outcome.contentHash()) != null) {
                    throw new NotStored();
                }
                ImportJob job = ImportJob.findById(jobId);
                record(job, outcome);
                job.acceptedHash = outcome.contentHash();
                em.flush(); // the unique (count, hash) key refuses a concurrent import of the same file here
                job.linesStored = loaded;
                store.addSummaries(countId, sums);
                job.status = ImportJob.Status.SUCCEEDED;
                job.message = "stored " + loaded + " lines";
                job.finishedAt = Instant.now();
                return loaded;
            });
        } finally {
            // a loader that stopped early must not leave validation blocked on a full pipe
            closeQuietly(lines);
        }
    }

    /** Records how the import ended, once both validation and the storing transaction are done. */
    private void settle(String jobId, String countId, CsvImport.Outcome outcome, Throwable storing) {
        if (storing == null) {
            return;
        }
        if (!(storing instanceof NotStored) && !(storing instanceof PersistenceException)) {
            storingFailed(jobId, outcome, storing);
            return;
        }
        if (!outcome.valid()) {
            finish(jobId, j -> {
                record(j, outcome);
                j.status = ImportJob.Status.FAILED;
                j.message = outcome.errorCount() + " problem(s) found; nothing was stored";
            });
            return;
        }
        String earlier = earlierImport(countId, outcome.contentHash());
        if (earlier == null) {
            throw new IllegalStateException("import " + jobId + " was neither stored nor a duplicate");
        }
        duplicate(jobId, outcome, earlier);
    }

    /** A refusal (the count stopped being a draft) fails the job with its reason; anything else is thrown on. */
    private void storingFailed(String jobId, CsvImport.Outcome outcome, Throwable storing) {
        if (!(storing instanceof ProblemException problem)) {
            throw storing instanceof RuntimeException r ? r : new IllegalStateException(storing);
        }
        finish(jobId, j -> {
            if (outcome != null) {
                record(j, outcome);
            }
            j.status = ImportJob.Status.FAILED;
            j.message = problem.getMessage();
        });
    }

    /** Waits for the storing transaction to end (it holds a connection until then); its failure, or null. */
    private static Throwable failureOf(Future<Long> loading) {
        if (loading == null) {
            return null;
        }
        try {
            loading.get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new IllegalStateException("interrupted while storing an import", e);
        }
    }

    /** Rolls the storing transaction back: the file had bad rows or was already imported. */
    private static final class NotStored extends RuntimeException {
        NotStored() {
            super(null, null, false, false);
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
            j.heartbeatAt = Instant.now();
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

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            Log.debugf("closing the import pipe: %s", e.getMessage());
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
