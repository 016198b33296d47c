package io.mozart.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs {@link Main} in this JVM, as {@code java -jar mozart.jar} would, against a temporary application directory
 * and working directory, and captures what it prints.
 */
public final class Cli {

    private final Path applicationDirectory;
    private final Path workingDirectory;
    private String input = "";

    /**
     * @param root a temporary directory; {@code root/app} holds config.ini, {@code root/work} is the working
     *             directory
     */
    public Cli(Path root) {
        this.applicationDirectory = root.resolve("app");
        this.workingDirectory = root.resolve("work");
        try {
            Files.createDirectories(applicationDirectory);
            Files.createDirectories(workingDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param text what standard input holds for the next runs ({@code --password-stdin})
     * @return this
     */
    public Cli withInput(String text) {
        this.input = text;
        return this;
    }

    /** @return the application directory (config.ini, mozart.ini) */
    public Path app() {
        return applicationDirectory;
    }

    /** @return the working directory (O2JAM.db, metadata) */
    public Path work() {
        return workingDirectory;
    }

    /** @return the default SQLite file */
    public Path database() {
        return workingDirectory.resolve("O2JAM.db");
    }

    /**
     * Runs Mozart with these arguments.
     *
     * @param args the arguments
     * @return the exit code and the output
     */
    public Result run(String... args) {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        final int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = new Main(applicationDirectory, workingDirectory, o, e)
                    .input(new java.io.ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)))
                    .run(args);
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * What one run produced.
     *
     * @param code the exit code
     * @param out  standard output
     * @param err  standard error
     */
    public record Result(int code, String out, String err) {

        /** @return standard output split into lines */
        public List<String> lines() {
            return out.lines().toList();
        }

        /**
         * @param prefix the start of a line, such as {@code "  Token:"}
         * @return the rest of the first output line starting with it, stripped
         */
        public String value(String prefix) {
            return lines().stream()
                    .filter(l -> l.startsWith(prefix))
                    .findFirst()
                    .map(l -> l.substring(prefix.length()).strip())
                    .orElseThrow(() -> new AssertionError("no line starting with '" + prefix + "' in:\n" + out));
        }

        @Override
        public String toString() {
            return "exit " + code + "\n--- out:\n" + out + "--- err:\n" + err;
        }
    }
}
