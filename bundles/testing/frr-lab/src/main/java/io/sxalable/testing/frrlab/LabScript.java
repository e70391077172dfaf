package io.sxalable.testing.frrlab;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs steps of {@code frr-lab.sh} (the shell half of the lab) with a timeout each. The script is copied out of
 * the jar into the lab directory because it re-invokes itself inside each router's namespaces.
 */
final class LabScript {

    private static final String RESOURCE = "frr-lab.sh";

    private final Path script;

    private LabScript(Path script) {
        this.script = script;
    }

    /** Copies the script into {@code dir} and returns a runner for it. */
    static LabScript extractTo(Path dir) {
        try {
            Files.createDirectories(dir);
            Path target = dir.resolve(RESOURCE);
            try (InputStream in = LabScript.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new FrrLabException("resource " + RESOURCE + " missing from the frr-lab jar");
                }
                Files.write(target, in.readAllBytes());
            }
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
            return new LabScript(target);
        } catch (IOException e) {
            throw new FrrLabException("cannot write the lab script to " + dir, e);
        }
    }

    /** Runs one step; returns its standard output. Fails with the step's stderr when it exits non-zero. */
    String run(Duration timeout, String... args) {
        List<String> command = new ArrayList<>();
        command.add("bash");
        command.add(script.toString());
        command.addAll(List.of(args));
        return exec(command, timeout, true);
    }

    /** Runs one step and returns stdout whatever the exit code (used for polling). */
    String runQuietly(Duration timeout, String... args) {
        List<String> command = new ArrayList<>();
        command.add("bash");
        command.add(script.toString());
        command.addAll(List.of(args));
        return exec(command, timeout, false);
    }

    static String exec(List<String> command, Duration timeout, boolean failOnError) {
        Path out = null;
        Path err = null;
        try {
            // temp files rather than pipes: no reader threads, no deadlock on large output
            out = Files.createTempFile("sxl-lab-out", ".txt");
            err = Files.createTempFile("sxl-lab-err", ".txt");
            Process process = new ProcessBuilder(command)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new FrrLabException("timed out after " + timeout.toSeconds() + " s: " + String.join(" ", command));
            }
            String stdout = Files.readString(out, StandardCharsets.UTF_8);
            if (failOnError && process.exitValue() != 0) {
                throw new FrrLabException("failed (exit " + process.exitValue() + "): " + String.join(" ", command)
                        + "\n" + Files.readString(err, StandardCharsets.UTF_8).strip());
            }
            return stdout;
        } catch (IOException e) {
            throw new FrrLabException("cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FrrLabException("interrupted: " + String.join(" ", command), e);
        } finally {
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover temp file is harmless
            }
        }
    }
}
