package io.mozart.launcher.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code [Logging]} section, Mozart's own (the reference logs to the console only).
 *
 * @param level           {@code Logging:Level}
 * @param levelConfigured whether {@code Logging:Level} was set by the operator (a file, the environment or the
 *                        command line) rather than left at its default; admin commands log below WARN only then
 * @param file            {@code Logging:File}: the rolling log file, resolved against the working directory;
 *                        empty when the key is blank (console only)
 * @param maxFileSize     {@code Logging:MaxFileSize} in bytes: the file rolls over when it reaches this size
 * @param maxFiles        {@code Logging:MaxFiles}: rolled-over files kept ({@code mozart.1.log} …), 1..20
 * @param format          {@code Logging:Format}
 */
public record LoggingConfig(
        LogLevel level,
        boolean levelConfigured,
        Optional<Path> file,
        long maxFileSize,
        int maxFiles,
        LogFormat format) {

    /** Most rolled-over files Logback's fixed window keeps. */
    public static final int MAX_FILES = 20;

    /** Validates the fields. */
    public LoggingConfig {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        if (maxFileSize < 1) {
            throw new IllegalArgumentException("maxFileSize must be positive: " + maxFileSize);
        }
        if (maxFiles < 1 || maxFiles > MAX_FILES) {
            throw new IllegalArgumentException("maxFiles must be in 1.." + MAX_FILES + ": " + maxFiles);
        }
    }

    /**
     * The defaults: INFO, {@code logs/mozart.log} under {@code workingDirectory}, 10 MiB, 10 files, text.
     *
     * @param level            the level
     * @param workingDirectory where {@code logs/} is created
     * @return the configuration
     */
    public static LoggingConfig defaults(LogLevel level, Path workingDirectory) {
        return new LoggingConfig(
                level,
                false,
                Optional.of(workingDirectory.resolve("logs").resolve("mozart.log")),
                10L * 1024 * 1024,
                10,
                LogFormat.TEXT);
    }
}
