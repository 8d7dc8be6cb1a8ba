package org.totalplace.system.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Stops and starts single parts of the running stack through ./stack, as an operator would. */
final class StackParts {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path LOG = Path.of("target", "fault-stack.log").toAbsolutePath();

    private StackParts() {
    }

    static void stop(String part) {
        run("down", part);
    }

    /** Starts an already built part and returns when it is ready. */
    static void start(String part) {
        run("up", "--no-build", part);
    }

    private static void run(String... args) {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("stack").toString()));
        command.addAll(List.of(args));
        try {
            Files.createDirectories(LOG.getParent());
            Process process = new ProcessBuilder(command).directory(ROOT.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile()))
                    .start();
            assertTrue(process.waitFor(5, TimeUnit.MINUTES), "./stack " + String.join(" ", args) + " took too long");
            assertEquals(0, process.exitValue(), "./stack " + String.join(" ", args) + " failed; see " + LOG);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run ./stack", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
