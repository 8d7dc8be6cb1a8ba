package org.totalplace.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Real concurrency for tests: every call on its own thread, all released at the same instant by one barrier. */
public final class AtOnce {

    private AtOnce() {
    }

    /**
     * Runs {@code calls} together and returns their results in the same order. A call that throws fails the whole
     * run with its own exception (an AssertionError stays one), and nothing may take longer than {@code timeout}.
     */
    public static <T> List<T> run(List<Callable<T>> calls, long timeout, TimeUnit unit) throws Exception {
        CyclicBarrier start = new CyclicBarrier(calls.size());
        ExecutorService threads = Executors.newFixedThreadPool(calls.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(threads.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            long deadline = System.nanoTime() + unit.toNanos(timeout);
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                try {
                    results.add(f.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw (Exception) e.getCause();
                } catch (TimeoutException e) {
                    throw new AssertionError("concurrent calls still running after " + timeout + " " + unit, e);
                }
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
