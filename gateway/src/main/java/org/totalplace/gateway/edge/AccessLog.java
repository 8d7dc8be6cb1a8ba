package org.totalplace.gateway.edge;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.totalplace.gateway.GatewayConfig;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One line per answered call: time (UTC), method, path, status, latency, client, request id. Calls only queue their
 * line; a writer thread writes whatever has gathered in one go every flush interval (like nginx's buffered
 * access_log). Through the logging framework each line cost a hand-over to its writer thread and a write of its own,
 * about a fifth of the gateway's CPU per proxied call on two cores (gateway/bench).
 */
@ApplicationScoped
public class AccessLog {

    private static final Logger LOG = Logger.getLogger(AccessLog.class);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final boolean enabled;
    private final BlockingQueue<String> pending;
    private final AtomicLong dropped = new AtomicLong();
    private final OutputStream out;
    private final boolean ownsOut;
    private final ScheduledExecutorService writer;

    @Inject
    public AccessLog(GatewayConfig config) {
        GatewayConfig.AccessLog settings = config.accessLog();
        this.enabled = settings.enabled();
        this.pending = new LinkedBlockingQueue<>(settings.bufferedLines());
        this.ownsOut = settings.path().isPresent();
        this.out = settings.path().map(AccessLog::append).orElseGet(() -> new FileOutputStream(FileDescriptor.out));
        this.writer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "gateway-access-log");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.flushInterval().toMillis();
        if (enabled) {
            writer.scheduleWithFixedDelay(this::flush, every, every, TimeUnit.MILLISECONDS);
        }
    }

    public void record(String method, String path, int status, long nanos, String client, String requestId) {
        if (!enabled) {
            return;
        }
        long tenthsOfMs = (nanos + 50_000) / 100_000;
        boolean queued = pending.offer(new StringBuilder(160)
                .append(TIME.format(Instant.now())).append(' ')
                .append(method).append(' ').append(path).append(' ').append(status).append(' ')
                .append(tenthsOfMs / 10).append('.').append(tenthsOfMs % 10).append("ms client=").append(client)
                .append(" req=").append(requestId).append('\n')
                .toString());
        if (!queued) {
            dropped.incrementAndGet();
        }
    }

    private void flush() {
        try {
            List<String> lines = new ArrayList<>();
            pending.drainTo(lines);
            if (!lines.isEmpty()) {
                out.write(String.join("", lines).getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
            long lost = dropped.getAndSet(0);
            if (lost > 0) {
                LOG.warnf("%d access log lines dropped: the log output could not keep up", lost);
            }
        } catch (IOException | RuntimeException e) {
            // a failing output must not end the writer: the next flush tries again
            LOG.errorf("Access log lines could not be written: %s", e.toString());
        }
    }

    @PreDestroy
    void close() throws IOException, InterruptedException {
        writer.shutdown();
        writer.awaitTermination(5, TimeUnit.SECONDS);
        flush();
        if (ownsOut) {
            out.close();
        }
    }

    private static OutputStream append(Path file) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            return Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("The access log " + file + " cannot be opened", e);
        }
    }
}
