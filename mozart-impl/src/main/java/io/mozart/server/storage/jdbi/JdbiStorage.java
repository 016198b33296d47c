package io.mozart.server.storage.jdbi;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.mozart.api.storage.AttributiveItem;
import io.mozart.api.storage.AttributiveItemRepository;
import io.mozart.api.storage.CharacterRepository;
import io.mozart.api.storage.GiftRepository;
import io.mozart.api.storage.InventoryRepository;
import io.mozart.api.storage.LoginSessionRepository;
import io.mozart.api.storage.MemberRepository;
import io.mozart.api.storage.MusicOwnershipRepository;
import io.mozart.api.storage.PenaltyRepository;
import io.mozart.api.storage.RankingRepository;
import io.mozart.api.storage.ScoreRepository;
import io.mozart.api.storage.Storage;
import io.mozart.api.storage.StorageException;
import io.mozart.api.storage.UserGraph;
import io.mozart.api.storage.WalletRepository;
import io.mozart.server.storage.jdbi.Daos.AttributeDao;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.extension.ExtensionFactory;
import org.jdbi.v3.core.extension.ExtensionMethod;
import org.jdbi.v3.core.extension.Extensions;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.SqlObjectFactory;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * {@link Storage} over JDBC with JDBI SQL objects and a HikariCP pool; SQLite by default, PostgreSQL or MySQL.
 *
 * <p>SQLite connections run in WAL mode with a busy timeout, foreign keys on and {@code BEGIN
 * IMMEDIATE} transactions, so concurrent writers (several server threads, or an admin command in
 * another process) queue instead of failing. On PostgreSQL every write transaction first takes a
 * transaction-scoped advisory lock for the schema ({@link Dialect#startWrite}), on MySQL a row lock, which gives
 * the same one-writer-at-a-time behaviour; reads never wait. Outside a unit of work, single statements run in
 * auto-commit and multi-statement operations in their own transaction; {@link #loadUser} reads in one read-only
 * snapshot ({@link Dialect#readSnapshot}) that takes no write lock. With {@code synchronous=FULL}, SQLite commits
 * every write durably except the login row's channel columns ({@link #writeBookkeeping}).
 */
public final class JdbiStorage implements Storage {

    /** Default SQLite database file of the reference ({@code Data Source=O2JAM.db}). */
    public static final String DEFAULT_FILE = "O2JAM.db";
    /** SQLite busy timeout in milliseconds. */
    public static final int BUSY_TIMEOUT_MILLIS = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(JdbiStorage.class);
    /** The operation {@link #loadUser} is timed as. */
    static final Method LOAD_USER = method(Storage.class, "loadUser", int.class);
    /** The operation a login row by token is timed as. */
    static final Method FIND_BY_TOKEN = method(LoginSessionRepository.class, "findByToken", String.class);
    /** The operation a login row's channel update is timed as. */
    static final Method UPDATE_CHANNEL =
            method(LoginSessionRepository.class, "updateChannel", String.class, int.class, int.class);

    private final Jdbi jdbi;
    private final DataSource dataSource;
    private final HikariDataSource pool;
    /** SQLite with {@code synchronous=FULL} only: one connection with {@code NORMAL}, for {@link #writeBookkeeping}. */
    private final HikariDataSource bookkeepingPool;
    /** Runs {@link #writeBookkeeping}: over {@link #bookkeepingPool} if there is one, else {@link #jdbi}. */
    private final Jdbi bookkeeping;

    final Dialect dialect;
    private final Clock clock;
    private final Handle handle;
    /** Told the duration of what runs in plain JDBC ({@link LoginQueries}); null until {@link #timeStatements}. */
    private volatile StatementTimer timer;

    private final MemberRepository memberRepository = new JdbiMembers(this);
    private final LoginSessionRepository loginRepository = new JdbiLogins(this);
    private final CharacterRepository characterRepository = new JdbiCharacters(this);
    private final WalletRepository walletRepository = new JdbiWallets(this);
    private final InventoryRepository inventoryRepository = new JdbiInventories(this);
    private final AttributiveItemRepository attributiveRepository = new JdbiAttributes(this);
    private final PenaltyRepository penaltyRepository = new JdbiPenalties(this);
    private final MusicOwnershipRepository musicRepository = new JdbiMusicOwnership(this);
    private final GiftRepository giftRepository = new JdbiGifts(this);
    private final ScoreRepository scoreRepository = new JdbiScores(this);
    private final RankingRepository rankingRepository = new JdbiRankings(this);

    private JdbiStorage(HikariDataSource pool, HikariDataSource bookkeepingPool, Dialect dialect, Clock clock) {
        this.pool = pool;
        this.bookkeepingPool = bookkeepingPool;
        this.dataSource = pool;
        this.dialect = dialect;
        this.clock = clock;
        this.jdbi = configure(Jdbi.create(pool), dialect);
        this.bookkeeping = bookkeepingPool == null ? jdbi : configure(Jdbi.create(bookkeepingPool), dialect);
        this.handle = null;
    }

    private static Jdbi configure(Jdbi jdbi, Dialect dialect) {
        jdbi.installPlugin(new SqlObjectPlugin());
        jdbi.registerArgument(new AbstractArgumentFactory<Instant>(dialect.dateSqlType()) {
            @Override
            protected Argument build(Instant value, ConfigRegistry config) {
                return (position, statement, ctx) -> dialect.bindInstant(statement, position, value);
            }
        });
        jdbi.define("asciiCollation", dialect.asciiCollation());
        RowMappers.register(jdbi, dialect);
        buildSqlObjectMetadata(jdbi);
        return jdbi;
    }

    /**
     * Builds the JDBI metadata of every SQL object once, on the {@code Jdbi}'s own configuration. Each handle starts
     * from a copy of that configuration and keeps what it builds only until it closes, so without this every
     * {@code attach} of a short-lived handle parsed its interface's annotations and generic signatures again (a
     * third of a login's CPU before this).
     */
    private static void buildSqlObjectMetadata(Jdbi jdbi) {
        final Extensions extensions = jdbi.getConfig(Extensions.class);
        final ExtensionFactory sqlObjects = extensions
                .findFactory(SqlObjectFactory.class)
                .orElseThrow(() -> new IllegalStateException("SqlObjectPlugin not installed"));
        for (Class<?> dao : Daos.ALL) {
            extensions.findMetadata(dao, sqlObjects);
        }
    }

    private static Method method(Class<?> type, String name, Class<?>... parameters) {
        try {
            return type.getMethod(name, parameters);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private JdbiStorage(JdbiStorage parent, Handle handle) {
        this.pool = parent.pool;
        this.bookkeepingPool = parent.bookkeepingPool;
        this.bookkeeping = parent.bookkeeping;
        this.dataSource = parent.dataSource;
        this.dialect = parent.dialect;
        this.clock = parent.clock;
        this.jdbi = parent.jdbi;
        this.handle = handle;
        this.timer = parent.timer;
    }

    /**
     * Opens (creating if needed) a SQLite database file. Call {@link #migrate()} before use.
     *
     * @param file the database file, e.g. {@link #DEFAULT_FILE}
     * @return the storage
     */
    public static JdbiStorage sqlite(Path file) {
        return open("jdbc:sqlite:" + file.toAbsolutePath(), null, null, Clock.systemUTC());
    }

    /**
     * Opens a database by JDBC URL.
     *
     * @param jdbcUrl  {@code jdbc:sqlite:<path>} or {@code jdbc:postgresql://host:port/database} (add
     *                 {@code ?currentSchema=<schema>} for another schema than {@code public}; it must exist);
     *                 or {@code jdbc:mysql://host:port/database} (MySQL or MariaDB; the database must exist)
     * @param user     user name or null
     * @param password password or null
     * @param clock    source of "now" for dates the storage sets
     * @return the storage
     */
    public static JdbiStorage open(String jdbcUrl, String user, String password, Clock clock) {
        return open(jdbcUrl, user, password, clock, true);
    }

    /**
     * Opens a database by JDBC URL, choosing SQLite's durability.
     *
     * @param jdbcUrl      as {@link #open(String, String, String, Clock)}
     * @param user         user name or null
     * @param password     password or null
     * @param clock        source of "now" for dates the storage sets
     * @param fullSync     SQLite only: {@code synchronous=FULL} (every commit is on disk when it returns; the
     *                     default) rather than {@code NORMAL} (a power loss can drop the last commits)
     * @return the storage
     */
    public static JdbiStorage open(String jdbcUrl, String user, String password, Clock clock, boolean fullSync) {
        final Dialect dialect = Dialect.of(jdbcUrl);
        final HikariConfig config = new HikariConfig();
        config.setPoolName("mozart-db");
        HikariConfig bookkeepingConfig = null;
        if (dialect == Dialect.SQLITE) {
            config.setDataSource(sqliteDataSource(jdbcUrl, fullSync));
            config.setMaximumPoolSize(4);
            if (fullSync) {
                bookkeepingConfig = new HikariConfig();
                bookkeepingConfig.setPoolName("mozart-db-bookkeeping");
                bookkeepingConfig.setDataSource(sqliteDataSource(jdbcUrl, false));
                bookkeepingConfig.setMaximumPoolSize(1);
            }
        } else {
            config.setJdbcUrl(jdbcUrl);
            config.setUsername(user);
            config.setPassword(password);
            config.setMaximumPoolSize(10);
            if (dialect.connectionInitSql() != null) {
                config.setConnectionInitSql(dialect.connectionInitSql());
            }
            if (dialect == Dialect.MYSQL) {
                config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
            }
        }
        HikariDataSource pool = null;
        try {
            pool = new HikariDataSource(config);
            final HikariDataSource bookkeepingPool =
                    bookkeepingConfig == null ? null : new HikariDataSource(bookkeepingConfig);
            return new JdbiStorage(pool, bookkeepingPool, dialect, clock);
        } catch (RuntimeException e) {
            if (pool != null) {
                pool.close();
            }
            throw new StorageException("cannot open database " + jdbcUrl + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param fullSync {@code synchronous=FULL} rather than {@code NORMAL}
     * @return connections in WAL mode with a busy timeout, foreign keys on and {@code BEGIN IMMEDIATE} transactions
     */
    private static SQLiteDataSource sqliteDataSource(String jdbcUrl, boolean fullSync) {
        final SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setSynchronous(fullSync ? SQLiteConfig.SynchronousMode.FULL : SQLiteConfig.SynchronousMode.NORMAL);
        sqlite.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        sqlite.enforceForeignKeys(true);
        sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        final SQLiteDataSource ds = new SQLiteDataSource(sqlite);
        ds.setUrl(jdbcUrl);
        return ds;
    }

    /**
     * @return the SQL dialect
     */
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public void migrate() {
        migrateTo(null);
    }

    /**
     * Applies migrations up to a version (tests use "10" for the pure reference schema).
     *
     * @param targetVersion highest version to apply, null for all
     */
    public void migrateTo(String targetVersion) {
        try {
            var config = Flyway.configure()
                    .dataSource(dataSource)
                    .locations(dialect.migrationLocations().toArray(String[]::new))
                    .failOnMissingLocations(false)
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .baselineDescription("adopted existing database");
            if (targetVersion != null) {
                config = config.target(targetVersion);
            }
            final var result = config.load().migrate();
            // Flyway leaves targetSchemaVersion null when nothing was pending: the schema stayed where it was.
            LOG.info(
                    "database migrated: {} migration(s) applied, schema version {}",
                    result.migrationsExecuted,
                    result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion);
        } catch (FlywayException e) {
            throw new StorageException("database migration failed: " + oneLine(e), e);
        }
    }

    /**
     * @return the message of the deepest cause that has one (the driver's own words, e.g. SQLITE_FULL), on one
     *         line: Flyway's own messages span several lines of SQL state and error code
     */
    private static String oneLine(Throwable e) {
        String message = null;
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        return message.strip()
                .lines()
                .filter(l -> !l.isBlank() && !l.startsWith("---"))
                .findFirst()
                .orElse("")
                .strip();
    }

    /**
     * Times every statement from now on (storage latency metrics). The timer runs on the storage thread after the
     * statement, failed ones included.
     *
     * @param timer told each statement's duration
     */
    public void timeStatements(StatementTimer timer) {
        Objects.requireNonNull(timer, "timer");
        this.timer = timer;
        final SqlLogger logger = new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                report(context);
            }

            @Override
            public void logException(StatementContext context, SQLException ex) {
                report(context);
            }

            private void report(StatementContext context) {
                ExtensionMethod method = context.getExtensionMethod();
                timer.statement(method == null ? null : method.getMethod(), context.getElapsedTime(ChronoUnit.NANOS));
            }
        };
        jdbi.getConfig(SqlStatements.class).setSqlLogger(logger);
        if (bookkeeping != jdbi) {
            bookkeeping.getConfig(SqlStatements.class).setSqlLogger(logger);
        }
    }

    @Override
    public void close() {
        if (handle == null) {
            pool.close();
            if (bookkeepingPool != null) {
                bookkeepingPool.close();
            }
        }
    }

    <T> T read(Function<Handle, T> work) {
        try {
            return handle != null ? work.apply(handle) : jdbi.withHandle(work::apply);
        } catch (JdbiException e) {
            throw translate(e);
        }
    }

    <T> T write(Function<Handle, T> work) {
        try {
            return handle != null
                    ? work.apply(handle)
                    : jdbi.inTransaction(h -> {
                        dialect.startWrite(h);
                        return work.apply(h);
                    });
        } catch (JdbiException e) {
            throw translate(e);
        }
    }

    /**
     * A write of bookkeeping that the server can lose to a power cut without harm (the channel columns of a login
     * row, rewritten at every channel login): on SQLite with {@code synchronous=FULL} it commits on a connection with
     * {@code NORMAL}, so it does not wait for an fsync (about 5 ms here, and writers take turns). In WAL mode that
     * gives up only durability: a crash of the machine can undo the last such commits, never corrupt the file; and
     * every later {@code FULL} commit (any game result) syncs the log and so these frames too. Inside a unit of work,
     * and on the other databases, it is an ordinary write.
     */
    <T> T writeBookkeeping(Function<Handle, T> work) {
        if (handle != null || bookkeeping == jdbi) {
            return write(work);
        }
        try {
            return bookkeeping.inTransaction(h -> {
                dialect.startWrite(h);
                return work.apply(h);
            });
        } catch (JdbiException e) {
            throw translate(e);
        }
    }

    private static StorageException translate(JdbiException e) {
        return new StorageException(e.getMessage(), e);
    }

    /** @return the clock's time at the precision the DateTime columns keep */
    Instant now() {
        return dialect.storable(clock.instant());
    }

    @Override
    public <T> T inTransaction(Function<Storage, T> work) {
        if (handle != null) {
            return work.apply(this);
        }
        try {
            return jdbi.inTransaction(h -> {
                dialect.startWrite(h);
                return work.apply(new JdbiStorage(this, h));
            });
        } catch (JdbiException e) {
            throw translate(e);
        }
    }

    /**
     * Loads the user graph with {@link LoginQueries} on one connection in one read-only snapshot
     * ({@link Dialect#readSnapshot}): consistent as the interface's default, which runs a write transaction, but
     * without waiting for or holding the write lock. Timed as one statement, {@code Storage.loadUser}.
     */
    @Override
    public Optional<UserGraph> loadUser(int userId) {
        if (handle != null) {
            return timed(LOAD_USER, () -> plain(handle, c -> LoginQueries.loadUser(c, dialect, userId)));
        }
        try {
            return timed(
                    LOAD_USER,
                    () -> jdbi.withHandle(h ->
                            dialect.readSnapshot(h, () -> plain(h, c -> LoginQueries.loadUser(c, dialect, userId)))));
        } catch (JdbiException e) {
            throw translate(e);
        }
    }

    /** JDBC work on a handle's connection. */
    interface PlainSql<T> {
        T run(Connection connection) throws SQLException;
    }

    /** @return what the work returned; a {@link SQLException} becomes a {@link StorageException} */
    static <T> T plain(Handle h, PlainSql<T> work) {
        try {
            return work.run(h.getConnection());
        } catch (SQLException e) {
            throw new StorageException(e.getMessage(), e);
        }
    }

    /** @return what the work returned, its duration told to the statement timer as {@code method}'s */
    <T> T timed(Method method, Supplier<T> work) {
        final StatementTimer t = timer;
        if (t == null) {
            return work.get();
        }
        final long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            t.statement(method, System.nanoTime() - start);
        }
    }

    @Override
    public MemberRepository members() {
        return memberRepository;
    }

    @Override
    public LoginSessionRepository loginSessions() {
        return loginRepository;
    }

    @Override
    public CharacterRepository characters() {
        return characterRepository;
    }

    @Override
    public WalletRepository wallets() {
        return walletRepository;
    }

    @Override
    public InventoryRepository inventories() {
        return inventoryRepository;
    }

    @Override
    public AttributiveItemRepository attributiveItems() {
        return attributiveRepository;
    }

    @Override
    public PenaltyRepository penalties() {
        return penaltyRepository;
    }

    @Override
    public MusicOwnershipRepository music() {
        return musicRepository;
    }

    @Override
    public GiftRepository gifts() {
        return giftRepository;
    }

    @Override
    public ScoreRepository scores() {
        return scoreRepository;
    }

    @Override
    public RankingRepository rankings() {
        return rankingRepository;
    }

    static <T> Optional<T> single(List<T> rows, String what) {
        if (rows.size() > 1) {
            throw new StorageException("more than one " + what);
        }
        return rows.stream().findFirst();
    }

    AttributiveItem setCount(Handle h, int userId, int itemId, int count) {
        final AttributeDao dao = h.attach(AttributeDao.class);
        final List<AttributiveItem> existing = dao.find(userId, itemId);
        if (!existing.isEmpty()) {
            final AttributiveItem e = existing.get(0);
            dao.updateCount(e.id(), count);
            return new AttributiveItem(e.id(), itemId, count, e.count(), e.registeredAt());
        }
        final Instant now = now();
        dao.insert(userId, itemId, count, now);
        return single(dao.find(userId, itemId), "attributive item").orElseThrow();
    }
}
