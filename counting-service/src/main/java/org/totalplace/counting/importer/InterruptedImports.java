package org.totalplace.counting.importer;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Fails the imports whose service instance stopped while they ran (a crash, a redeploy), so that the client sees
 * FAILED and sends the file again instead of polling a job that shows RUNNING for ever. Nothing of such an import
 * was stored: its lines land in one transaction, which the database rolled back when the connection went.
 * An instance restarting fails its own earlier jobs at once; jobs of instances that never came back are failed
 * once they have made no progress for longer than any import transaction may last.
 */
@ApplicationScoped
public class InterruptedImports {

    static final String MESSAGE = "interrupted: the service stopped during the import and nothing was stored; "
            + "send the file again";

    private final String runner;
    private final Duration staleAfter;

    public InterruptedImports(@ConfigProperty(name = "counting.import.runner-id") Optional<String> runnerId,
                              @ConfigProperty(name = "quarkus.http.port") int port,
                              @ConfigProperty(name = "counting.import.stale-after") Duration staleAfter) {
        this.runner = runnerId.orElseGet(() -> hostName() + ":" + port);
        this.staleAfter = staleAfter;
    }

    /** Who runs the imports this instance starts: stable across restarts of the same instance. */
    public String runner() {
        return runner;
    }

    void onStart(@Observes StartupEvent started) {
        int failed = fail("runner = ?1", runner);
        if (failed > 0) {
            Log.warnf("%d import(s) of %s were interrupted by its restart and are now FAILED", failed, runner);
        }
    }

    @Scheduled(every = "${counting.import.sweep-interval:1m}", delayed = "${counting.import.sweep-interval:1m}")
    void sweep() {
        int failed = fail("heartbeatAt < ?1", Instant.now().minus(staleAfter));
        if (failed > 0) {
            Log.warnf("%d import(s) made no progress for %s and are now FAILED", failed, staleAfter);
        }
    }

    private static int fail(String which, Object value) {
        return QuarkusTransaction.requiringNew().call(() -> ImportJob.update(
                "status = ?2, message = ?3, finishedAt = ?4 where status = ?5 and " + which,
                value, ImportJob.Status.FAILED, MESSAGE, Instant.now(), ImportJob.Status.RUNNING));
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
