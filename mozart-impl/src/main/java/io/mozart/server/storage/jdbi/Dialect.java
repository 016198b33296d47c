package io.mozart.server.storage.jdbi;

import io.mozart.api.storage.Names;
import io.mozart.api.storage.StorageException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * The SQL dialect of a JDBC URL: the Flyway migration locations and every place where the SQL or the
 * value encoding of one database differs from another (spec 06 §1.2). The DAOs' SQL is portable; what
 * is not goes through here.
 */
public enum Dialect {
    /** SQLite (default): dates as the reference's text, writers serialised by {@code BEGIN IMMEDIATE}. */
    SQLITE("sqlite", Types.VARCHAR) {
        @Override
        public Instant storable(Instant instant) {
            return Instant.ofEpochSecond(instant.getEpochSecond(), (instant.getNano() / 100) * 100L);
        }

        @Override
        void bindInstant(PreparedStatement statement, int position, Instant instant) throws SQLException {
            statement.setString(position, SqlDateTime.format(instant));
        }

        @Override
        Instant readInstant(ResultSet rs, int column) throws SQLException {
            return SqlDateTime.parse(rs.getString(column));
        }

        @Override
        String asciiCollation() {
            return "";
        }

        @Override
        void startWrite(Handle handle) {
            // The connections open every transaction with BEGIN IMMEDIATE (see JdbiStorage.open).
        }

        @Override
        <T> T readSnapshot(Handle handle, Supplier<T> work) {
            // The pool's connections begin every JDBC transaction IMMEDIATE, which takes the write lock; a reader
            // takes none. The handle stays in auto-commit, so the driver leaves these two statements to SQLite.
            handle.execute("BEGIN DEFERRED");
            boolean done = false;
            try {
                final T result = work.get();
                handle.execute("COMMIT");
                done = true;
                return result;
            } finally {
                if (!done) {
                    handle.execute("ROLLBACK");
                }
            }
        }

        @Override
        boolean identityRollsBack() {
            return true;
        }

        @Override
        void syncIdentity(Handle handle, String table, String column) {
            // AUTOINCREMENT follows explicit values itself (sqlite_sequence).
        }
    },
    /** PostgreSQL: {@code timestamp with time zone} (microseconds), writers serialised by an advisory lock. */
    POSTGRESQL("postgresql", Types.TIMESTAMP_WITH_TIMEZONE) {
        @Override
        public Instant storable(Instant instant) {
            return instant.truncatedTo(ChronoUnit.MICROS);
        }

        @Override
        void bindInstant(PreparedStatement statement, int position, Instant instant) throws SQLException {
            statement.setObject(position, OffsetDateTime.ofInstant(storable(instant), ZoneOffset.UTC));
        }

        @Override
        Instant readInstant(ResultSet rs, int column) throws SQLException {
            final OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
            return t == null ? null : t.toInstant();
        }

        @Override
        String asciiCollation() {
            return " COLLATE \"C\"";
        }

        @Override
        void startWrite(Handle handle) {
            // One writer at a time per schema, like SQLite's BEGIN IMMEDIATE: the read-then-write
            // operations (wallet adjust, name checks, id allocation) stay correct under READ COMMITTED.
            handle.createQuery("SELECT pg_advisory_xact_lock(:space, hashtext(current_schema()))")
                    .bind("space", WRITE_LOCK_SPACE)
                    .mapToMap()
                    .list();
        }

        @Override
        boolean identityRollsBack() {
            return false;
        }

        @Override
        void syncIdentity(Handle handle, String table, String column) {
            handle.createQuery("SELECT setval(s.seq, GREATEST((SELECT MAX(\"" + column + "\") FROM \"" + table
                            + "\"), COALESCE(pg_sequence_last_value(s.seq), 0), 1))"
                            + " FROM (SELECT pg_get_serial_sequence(:table, :column)::regclass AS seq) s")
                    .bind("table", "\"" + table + "\"")
                    .bind("column", column)
                    .mapToMap()
                    .list();
        }
    },
    /**
     * MySQL and MariaDB: {@code datetime(6)} in UTC (microseconds), utf8mb4 tables with the binary collation,
     * writers serialised by a row lock, identifiers in double quotes ({@code ANSI_QUOTES}, set per connection).
     */
    MYSQL("mysql", Types.VARCHAR) {
        @Override
        public Instant storable(Instant instant) {
            return instant.truncatedTo(ChronoUnit.MICROS);
        }

        @Override
        void bindInstant(PreparedStatement statement, int position, Instant instant) throws SQLException {
            // As text in UTC: independent of time zones, and Connector/J drops the fraction of temporal
            // parameters for MariaDB (whose handshake version, 5.5.5-..., predates fractional seconds).
            statement.setString(position, SqlDateTime.format(storable(instant)));
        }

        @Override
        Instant readInstant(ResultSet rs, int column) throws SQLException {
            return SqlDateTime.parse(rs.getString(column));
        }

        @Override
        String asciiCollation() {
            return " COLLATE utf8mb4_bin";
        }

        @Override
        String nameKey(String name) {
            // MySQL's lower() folds every letter, not A-Z only: fold the key the same way, so a name always
            // matches itself (two names that differ only in the case of a non-ASCII letter count as one).
            return Names.key(name).toLowerCase(Locale.ROOT);
        }

        @Override
        void startWrite(Handle handle) {
            // One writer at a time per database, like SQLite's BEGIN IMMEDIATE: a row lock on the first EF
            // history row (written by V1), held until commit or rollback. Under READ COMMITTED (set on the
            // pool) every later read of the transaction sees what the previous writer committed.
            final List<Map<String, Object>> rows = handle.createQuery("SELECT \"MigrationId\""
                            + " FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = :id FOR UPDATE")
                    .bind("id", WRITE_LOCK_ROW)
                    .mapToMap()
                    .list();
            if (rows.isEmpty()) {
                throw new StorageException("the write lock row " + WRITE_LOCK_ROW
                        + " of __EFMigrationsHistory is missing: run the migrations first");
            }
        }

        @Override
        boolean identityRollsBack() {
            return false;
        }

        @Override
        void syncIdentity(Handle handle, String table, String column) {
            // AUTO_INCREMENT moves past an explicit value by itself (ALTER TABLE would commit).
        }

        @Override
        String connectionInitSql() {
            return "SET SESSION sql_mode = CONCAT(@@sql_mode, ',ANSI_QUOTES'), time_zone = '+00:00'";
        }
    };

    /** First key of the PostgreSQL advisory lock that serialises writers ("Moza"). */
    static final int WRITE_LOCK_SPACE = 0x4d6f7a61;
    /** The {@code __EFMigrationsHistory} row whose lock serialises MySQL writers (V1's). */
    static final String WRITE_LOCK_ROW = "20260211000000_InitialCreate";

    private final String folder;
    private final int dateSqlType;

    Dialect(String folder, int dateSqlType) {
        this.folder = folder;
        this.dateSqlType = dateSqlType;
    }

    /**
     * @return Flyway locations: the portable folder, then this dialect's
     */
    public List<String> migrationLocations() {
        return List.of("classpath:db/migration/common", "classpath:db/migration/" + folder);
    }

    /**
     * @param instant a time
     * @return the time a DateTime column gives back for it: SQLite keeps .NET's 100 ns ticks,
     *     PostgreSQL and MySQL microseconds (truncated, as the reference's Npgsql provider does)
     */
    public abstract Instant storable(Instant instant);

    /** @return the {@link Types} code a null DateTime parameter is bound with */
    int dateSqlType() {
        return dateSqlType;
    }

    /** Binds a non-null DateTime parameter. */
    abstract void bindInstant(PreparedStatement statement, int position, Instant instant) throws SQLException;

    /** @return a DateTime column's value, null for NULL */
    abstract Instant readInstant(ResultSet rs, int column) throws SQLException;

    /**
     * @return what follows a text column inside {@code lower(...)} so that only A-Z are folded, as
     *     {@link io.mozart.api.storage.Names#key} does (SQLite's {@code lower} is ASCII-only already)
     */
    abstract String asciiCollation();

    /** Runs first in every write transaction: makes writers queue, as SQLite's {@code BEGIN IMMEDIATE}. */
    abstract void startWrite(Handle handle);

    /**
     * Runs reads in one read-only transaction that sees a single committed state and waits for no writer: a SQLite
     * {@code BEGIN DEFERRED} transaction (in WAL mode a reader keeps its snapshot while writers commit), elsewhere a
     * {@code REPEATABLE READ} one. Writers commit one at a time ({@link #startWrite}), so the snapshot is the state
     * after some prefix of them, as if the reads had run between two write transactions.
     *
     * @param handle a handle in auto-commit mode
     * @param work   the reads
     * @param <T>    result type
     * @return what the work returned
     */
    <T> T readSnapshot(Handle handle, Supplier<T> work) {
        return handle.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, h -> work.get());
    }

    /**
     * @return whether a rolled-back insert gives its identity value back (SQLite's AUTOINCREMENT
     *     counter is transactional; PostgreSQL sequences are not)
     */
    abstract boolean identityRollsBack();

    /** After an insert with an explicit id: moves the column's identity sequence past it. */
    abstract void syncIdentity(Handle handle, String table, String column);

    /**
     * @param name a user or nick name
     * @return the value the folded-name queries compare {@code lower(column<asciiCollation>)} with
     */
    String nameKey(String name) {
        return Names.key(name);
    }

    /** @return SQL run on every new connection of the pool, null for none */
    String connectionInitSql() {
        return null;
    }

    /**
     * @param jdbcUrl a JDBC URL
     * @return its dialect
     * @throws IllegalArgumentException for an unsupported database
     */
    public static Dialect of(String jdbcUrl) {
        final String u = jdbcUrl.toLowerCase(Locale.ROOT);
        if (u.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (u.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        if (u.startsWith("jdbc:mysql:") || u.startsWith("jdbc:mariadb:")) {
            return MYSQL;
        }
        throw new IllegalArgumentException("unsupported JDBC URL: " + jdbcUrl);
    }
}
