package io.mozart.launcher.config;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The {@code [Db]} section.
 *
 * @param driver         {@code Db:Driver}
 * @param name           {@code Db:Name}, the database name for {@link DatabaseDriver#MEMORY}
 * @param url            {@code Db:Url} as written: an ADO.NET-style connection string as in the reference
 *                       ({@code Data Source=O2JAM.db}) or a JDBC URL
 * @param jdbc           {@code url} translated to JDBC, relative SQLite paths resolved against the working
 *                       directory; empty for {@link DatabaseDriver#MEMORY}
 * @param minBatchSize   {@code Db:MinBatchSize} (at least 1), when set
 * @param maxBatchSize   {@code Db:MaxBatchSize} (at least 1 and not below the minimum), when set
 * @param commandTimeout {@code Db:CommandTimeout} (whole seconds, at least 0), when set
 */
public record DatabaseConfig(
        DatabaseDriver driver,
        String name,
        String url,
        Optional<JdbcTarget> jdbc,
        OptionalInt minBatchSize,
        OptionalInt maxBatchSize,
        Optional<Duration> commandTimeout) {

    /** Validates the fields. */
    public DatabaseConfig {
        Objects.requireNonNull(driver, "driver");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(jdbc, "jdbc");
        Objects.requireNonNull(minBatchSize, "minBatchSize");
        Objects.requireNonNull(maxBatchSize, "maxBatchSize");
        Objects.requireNonNull(commandTimeout, "commandTimeout");
        if (jdbc.isEmpty() != (driver == DatabaseDriver.MEMORY)) {
            throw new IllegalArgumentException("a JDBC target is needed exactly when the driver is not Memory");
        }
    }
}
