package io.mozart.server.storage.jdbi;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.mozart.api.storage.AttributiveItem;
import io.mozart.api.storage.AttributiveItemRepository;
import io.mozart.api.storage.CharacterRepository;
import io.mozart.api.storage.Gender;
import io.mozart.api.storage.GiftItem;
import io.mozart.api.storage.GiftMessage;
import io.mozart.api.storage.GiftMusic;
import io.mozart.api.storage.GiftRepository;
import io.mozart.api.storage.InsufficientFundsException;
import io.mozart.api.storage.InventoryRepository;
import io.mozart.api.storage.LoginSession;
import io.mozart.api.storage.LoginSessionRepository;
import io.mozart.api.storage.Loadout;
import io.mozart.api.storage.Member;
import io.mozart.api.storage.MemberRepository;
import io.mozart.api.storage.MusicOwnershipRepository;
import io.mozart.api.storage.NicknameTakenException;
import io.mozart.api.storage.Passes;
import io.mozart.api.storage.Penalty;
import io.mozart.api.storage.PenaltyRepository;
import io.mozart.api.storage.Progress;
import io.mozart.api.storage.RankingEntry;
import io.mozart.api.storage.RankingRepository;
import io.mozart.api.storage.ScoreRecord;
import io.mozart.api.storage.ScoreRepository;
import io.mozart.api.storage.Storage;
import io.mozart.api.storage.StorageException;
import io.mozart.api.storage.UserProfile;
import io.mozart.api.storage.UsernameTakenException;
import io.mozart.api.storage.Wallet;
import io.mozart.api.storage.WalletRepository;
import io.mozart.server.storage.jdbi.Daos.AttributeDao;
import io.mozart.server.storage.jdbi.Daos.CharacterDao;
import io.mozart.server.storage.jdbi.Daos.GiftDao;
import io.mozart.server.storage.jdbi.Daos.LoginDao;
import io.mozart.server.storage.jdbi.Daos.MemberDao;
import io.mozart.server.storage.jdbi.Daos.MusicDao;
import io.mozart.server.storage.jdbi.Daos.PenaltyDao;
import io.mozart.server.storage.jdbi.Daos.RankingDao;
import io.mozart.server.storage.jdbi.Daos.ScoreDao;
import io.mozart.server.storage.jdbi.Daos.WalletDao;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.extension.ExtensionMethod;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * {@link Storage} over JDBC with JDBI SQL objects and a HikariCP pool; SQLite by default, PostgreSQL or MySQL.
 *
 * <p>SQLite connections run in WAL mode with a busy timeout, foreign keys on and {@code BEGIN
 * IMMEDIATE} transactions, so concurrent writers (several server threads, or an admin command in
 * another process) queue instead of failing. On PostgreSQL every write transaction first takes a
 * transaction-scoped advisory lock for the schema ({@link Dialect#startWrite}), on MySQL a row lock, which gives
 * the same one-writer-at-a-time behaviour; reads never wait. Outside a unit of work, single statements run in
 * auto-commit and multi-statement operations in their own transaction.
 */
public final class JdbiStorage implements Storage {

    /** Default SQLite database file of the reference ({@code Data Source=O2JAM.db}). */
    public static final String DEFAULT_FILE = "O2JAM.db";
    /** SQLite busy timeout in milliseconds. */
    public static final int BUSY_TIMEOUT_MILLIS = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(JdbiStorage.class);

    private final Jdbi jdbi;
    private final DataSource dataSource;
    private final HikariDataSource pool;
    private final Dialect dialect;
    private final Clock clock;
    private final Handle handle;

    private final MemberRepository memberRepository = new Members();
    private final LoginSessionRepository loginRepository = new Logins();
    private final CharacterRepository characterRepository = new Characters();
    private final WalletRepository walletRepository = new Wallets();
    private final InventoryRepository inventoryRepository = new Inventories();
    private final AttributiveItemRepository attributiveRepository = new Attributes();
    private final PenaltyRepository penaltyRepository = new Penalties();
    private final MusicOwnershipRepository musicRepository = new Music();
    private final GiftRepository giftRepository = new Gifts();
    private final ScoreRepository scoreRepository = new Scores();
    private final RankingRepository rankingRepository = new Rankings();

    private JdbiStorage(final HikariDataSource pool, final Dialect dialect, final Clock clock) {
        this.pool = pool;
        this.dataSource = pool;
        this.dialect = dialect;
        this.clock = clock;
        this.jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
        jdbi.registerArgument(new AbstractArgumentFactory<Instant>(dialect.dateSqlType()) {
            @Override
            protected Argument build(final Instant value, final ConfigRegistry config) {
                return (position, statement, ctx) -> dialect.bindInstant(statement, position, value);
            }
        });
        jdbi.define("asciiCollation", dialect.asciiCollation());
        RowMappers.register(jdbi, dialect);
        this.handle = null;
    }

    private JdbiStorage(final JdbiStorage parent, final Handle handle) {
        this.pool = parent.pool;
        this.dataSource = parent.dataSource;
        this.dialect = parent.dialect;
        this.clock = parent.clock;
        this.jdbi = parent.jdbi;
        this.handle = handle;
    }

    /**
     * Opens (creating if needed) a SQLite database file. Call {@link #migrate()} before use.
     *
     * @param file the database file, e.g. {@link #DEFAULT_FILE}
     * @return the storage
     */
    public static JdbiStorage sqlite(final Path file) {
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
    public static JdbiStorage open(final String jdbcUrl, final String user, final String password,
                                   final Clock clock) {
        final Dialect dialect = Dialect.of(jdbcUrl);
        final HikariConfig config = new HikariConfig();
        config.setPoolName("mozart-db");
        if (dialect == Dialect.SQLITE) {
            final SQLiteConfig sqlite = new SQLiteConfig();
            sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
            sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            sqlite.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
            sqlite.enforceForeignKeys(true);
            sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            final SQLiteDataSource ds = new SQLiteDataSource(sqlite);
            ds.setUrl(jdbcUrl);
            config.setDataSource(ds);
            config.setMaximumPoolSize(4);
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
        try {
            return new JdbiStorage(new HikariDataSource(config), dialect, clock);
        } catch (RuntimeException e) {
            throw new StorageException("cannot open database " + jdbcUrl + ": " + e.getMessage(), e);
        }
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
    public void migrateTo(final String targetVersion) {
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
            LOG.info("database migrated: {} migration(s) applied, schema version {}", result.migrationsExecuted,
                    result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion);
        } catch (FlywayException e) {
            throw new StorageException("database migration failed: " + e.getMessage(), e);
        }
    }

    /**
     * Times every statement from now on (storage latency metrics). The timer runs on the storage thread after the
     * statement, failed ones included.
     *
     * @param timer told each statement's duration
     */
    public void timeStatements(StatementTimer timer) {
        Objects.requireNonNull(timer, "timer");
        jdbi.getConfig(SqlStatements.class).setSqlLogger(new SqlLogger() {
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
        });
    }

    @Override
    public void close() {
        if (handle == null) {
            pool.close();
        }
    }

    private <T> T read(final Function<Handle, T> work) {
        try {
            return handle != null ? work.apply(handle) : jdbi.withHandle(work::apply);
        } catch (JdbiException e) {
            throw translate(e);
        }
    }

    private <T> T write(final Function<Handle, T> work) {
        try {
            return handle != null ? work.apply(handle) : jdbi.inTransaction(h -> {
                dialect.startWrite(h);
                return work.apply(h);
            });
        } catch (JdbiException e) {
            throw translate(e);
        }
    }

    private static StorageException translate(final JdbiException e) {
        return new StorageException(e.getMessage(), e);
    }

    /** @return the clock's time at the precision the DateTime columns keep */
    private Instant now() {
        return dialect.storable(clock.instant());
    }

    @Override
    public <T> T inTransaction(final Function<Storage, T> work) {
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

    private static <T> Optional<T> single(final List<T> rows, final String what) {
        if (rows.size() > 1) {
            throw new StorageException("more than one " + what);
        }
        return rows.stream().findFirst();
    }

    private final class Members implements MemberRepository {

        @Override
        public Optional<Member> findByUsername(final String username) {
            return read(h -> single(h.attach(MemberDao.class).findByUsername(username), "member " + username));
        }

        @Override
        public boolean isTaken(final String username) {
            return read(h -> h.attach(MemberDao.class).countByKey(dialect.nameKey(username)) > 0);
        }

        @Override
        public Member create(final String username, final byte[] password) {
            return write(h -> {
                final MemberDao dao = h.attach(MemberDao.class);
                if (dao.countByKey(dialect.nameKey(username)) > 0) {
                    throw new UsernameTakenException(username);
                }
                dao.insert(username, password, SqlDateTime.MIN_INSTANT);
                return single(dao.findByUsername(username), "member").orElseThrow();
            });
        }

        @Override
        public boolean changePassword(final String username, final byte[] password) {
            return write(h -> h.attach(MemberDao.class).updatePassword(username, password) > 0);
        }

        @Override
        public boolean setPasses(final String username, final Passes passes) {
            return write(h -> h.attach(MemberDao.class).updatePasses(username, passes.vip(),
                    passes.expiry() == null ? SqlDateTime.MIN_INSTANT : passes.expiry()) > 0);
        }

        @Override
        public Optional<Passes> setFreePass(final String username, final int type, final Instant expiry) {
            return write(h -> findByUsername(username).map(m -> {
                final Passes p = m.passes().withFreePass(type, expiry == null ? null : dialect.storable(expiry));
                setPasses(username, p);
                return p;
            }));
        }
    }

    private final class Logins implements LoginSessionRepository {

        @Override
        public Optional<LoginSession> findByToken(final String token) {
            return read(h -> single(h.attach(LoginDao.class).findByToken(token), "login session"));
        }

        @Override
        public Optional<LoginSession> findByUsername(final String username) {
            return read(h -> single(h.attach(LoginDao.class).findByUsername(username), "login session"));
        }

        @Override
        public Optional<LoginSession> findByUserId(final int userId) {
            return read(h -> single(h.attach(LoginDao.class).findByUserId(userId), "login session"));
        }

        @Override
        public void create(final LoginSession s) {
            write(h -> {
                h.attach(LoginDao.class).insert(s.userId(), s.gatewayId(), s.serverId(), s.channelId(), s.username(),
                        s.token(), s.address(), s.loginTime());
                return null;
            });
        }

        @Override
        public boolean updateChannel(final String token, final int serverId, final int channelId) {
            return write(h -> h.attach(LoginDao.class).updateChannel(token, serverId, channelId) > 0);
        }

        @Override
        public boolean revoke(final String token) {
            return write(h -> h.attach(LoginDao.class).deleteByToken(token) > 0);
        }

        @Override
        public int clear() {
            return write(h -> h.attach(LoginDao.class).deleteAll());
        }

        @Override
        public int clear(final int serverId, final int channelId) {
            return write(h -> h.attach(LoginDao.class).deleteByChannel(serverId, channelId));
        }
    }

    private final class Characters implements CharacterRepository {

        @Override
        public UserProfile create(final String username, final Gender gender, final boolean administrator) {
            final String name = username.strip();
            return write(h -> {
                final CharacterDao dao = h.attach(CharacterDao.class);
                final String key = dialect.nameKey(name);
                if (dao.countByUsernameKey(key) > 0 || !dao.findByNicknameKey(key).isEmpty()) {
                    throw new UsernameTakenException(name);
                }
                final int id;
                if (dialect.identityRollsBack()) {
                    id = dao.insert(name, gender.storedAsMale(), administrator ? 1 : 0);
                } else {
                    // Keeps user ids dense after a rolled-back registration, as SQLite does.
                    id = dao.nextId();
                    dao.insertWithId(id, name, gender.storedAsMale(), administrator ? 1 : 0);
                    dialect.syncIdentity(h, "t_o2jam_charinfo", "USER_INDEX_ID");
                }
                return single(dao.find(id), "character").orElseThrow();
            });
        }

        @Override
        public Optional<UserProfile> find(final int userId) {
            return read(h -> single(h.attach(CharacterDao.class).find(userId), "character"));
        }

        @Override
        public Optional<UserProfile> findByUsername(final String username) {
            return read(h -> single(h.attach(CharacterDao.class).findByUsername(username.strip()), "character"));
        }

        @Override
        public Optional<UserProfile> findByNickname(final String nickname) {
            return read(h -> h.attach(CharacterDao.class).findByNicknameKey(dialect.nameKey(nickname)).stream()
                    .findFirst());
        }

        @Override
        public boolean isNicknameTaken(final String nickname) {
            return findByNickname(nickname).isPresent();
        }

        @Override
        public boolean changeNickname(final int userId, final String nickname) {
            final String nick = nickname.strip();
            return write(h -> {
                final CharacterDao dao = h.attach(CharacterDao.class);
                if (dao.findByNicknameKey(dialect.nameKey(nick)).stream().anyMatch(c -> c.id() != userId)) {
                    throw new NicknameTakenException(nick);
                }
                return dao.updateNickname(userId, nick) > 0;
            });
        }

        @Override
        public boolean updateProgress(final int userId, final Progress p) {
            return write(h -> h.attach(CharacterDao.class).updateProgress(userId, p.level(), p.experience(),
                    p.battle(), p.win(), p.lose(), p.draw()) > 0);
        }

        @Override
        public List<UserProfile> topByLevel(final int limit) {
            return read(h -> h.attach(CharacterDao.class).topByLevel(Math.max(0, limit)));
        }
    }

    private final class Wallets implements WalletRepository {

        @Override
        public void create(final int userId) {
            write(h -> {
                h.attach(WalletDao.class).insert(userId);
                return null;
            });
        }

        @Override
        public Optional<Wallet> find(final int userId) {
            return read(h -> single(h.attach(WalletDao.class).find(userId), "wallet"));
        }

        @Override
        public Optional<Wallet> adjust(final int userId, final Wallet delta) {
            return write(h -> {
                final WalletDao dao = h.attach(WalletDao.class);
                return single(dao.find(userId), "wallet").map(w -> {
                    final Wallet next;
                    try {
                        next = w.plus(delta);
                    } catch (ArithmeticException e) {
                        throw new InsufficientFundsException("wallet of user " + userId + " would overflow");
                    }
                    if (next.anyNegative()) {
                        throw new InsufficientFundsException("wallet of user " + userId + " would go negative");
                    }
                    set(h, userId, next);
                    return next;
                });
            });
        }

        @Override
        public boolean set(final int userId, final Wallet wallet) {
            return write(h -> set(h, userId, wallet));
        }

        private boolean set(final Handle h, final int userId, final Wallet w) {
            return h.attach(WalletDao.class).update(userId, w.gem(), w.point(), w.o2Cash(), w.musicCash(),
                    w.itemCash(), w.cashPoint()) > 0;
        }
    }

    private final class Inventories implements InventoryRepository {

        @Override
        public void create(final int userId, final Loadout loadout) {
            write(h -> {
                InventorySql.insert(h, userId, loadout);
                return null;
            });
        }

        @Override
        public Optional<Loadout> find(final int userId) {
            return read(h -> InventorySql.find(h, userId));
        }

        @Override
        public boolean equip(final int userId, final int itemType, final int itemId) {
            if (itemType < 0 || itemType >= Loadout.EQUIP_SLOTS) {
                throw new IndexOutOfBoundsException("item type " + itemType);
            }
            return write(h -> InventorySql.updateColumn(h, userId, "Equip" + (itemType + 1), (short) itemId) > 0);
        }

        @Override
        public boolean writeBagSlot(final int userId, final int slot, final int itemId, final int count) {
            return write(h -> InventorySql.find(h, userId).map(l -> {
                final int previous = l.bagSlot(slot);
                InventorySql.updateColumn(h, userId, "Bag" + (slot + 1), (short) itemId);
                final AttributeDao attrs = h.attach(AttributeDao.class);
                if (itemId == 0 || count <= 0) {
                    attrs.delete(userId, previous);
                } else {
                    setCount(h, userId, itemId, count);
                }
                return true;
            }).orElse(false));
        }

        @Override
        public Optional<Integer> expandBag(final int userId) {
            return write(h -> InventorySql.find(h, userId).flatMap(l -> {
                if (l.bagExtensions() >= Loadout.MAX_EXTENSIONS) {
                    return Optional.empty();
                }
                InventorySql.updateColumn(h, userId, "BAG_EXT_COUNT", l.bagExtensions() + 1);
                return Optional.of(l.bagExtensions() + 1);
            }));
        }

        @Override
        public boolean set(final int userId, final Loadout loadout) {
            return write(h -> InventorySql.update(h, userId, loadout) > 0);
        }
    }

    private AttributiveItem setCount(final Handle h, final int userId, final int itemId, final int count) {
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

    private final class Attributes implements AttributiveItemRepository {

        @Override
        public List<AttributiveItem> list(final int userId) {
            return read(h -> h.attach(AttributeDao.class).list(userId));
        }

        @Override
        public Optional<AttributiveItem> find(final int userId, final int itemId) {
            return read(h -> h.attach(AttributeDao.class).find(userId, itemId).stream().findFirst());
        }

        @Override
        public AttributiveItem setCount(final int userId, final int itemId, final int count) {
            return write(h -> JdbiStorage.this.setCount(h, userId, itemId, count));
        }

        @Override
        public int delete(final int userId, final int itemId) {
            return write(h -> h.attach(AttributeDao.class).delete(userId, itemId));
        }
    }

    private final class Penalties implements PenaltyRepository {

        @Override
        public void create(final int userId) {
            write(h -> {
                h.attach(PenaltyDao.class).insert(userId, 0, 0);
                return null;
            });
        }

        @Override
        public Optional<Penalty> find(final int userId) {
            return read(h -> single(h.attach(PenaltyDao.class).find(userId), "penalty"));
        }

        @Override
        public Penalty increment(final int userId) {
            return write(h -> {
                final Penalty next = single(h.attach(PenaltyDao.class).find(userId), "penalty")
                        .orElse(Penalty.NONE).incremented();
                set(h, userId, next);
                return next;
            });
        }

        @Override
        public void set(final int userId, final Penalty penalty) {
            write(h -> {
                set(h, userId, penalty);
                return null;
            });
        }

        private void set(final Handle h, final int userId, final Penalty p) {
            final PenaltyDao dao = h.attach(PenaltyDao.class);
            if (dao.update(userId, p.level(), p.count()) == 0) {
                dao.insert(userId, p.level(), p.count());
            }
        }
    }

    private final class Music implements MusicOwnershipRepository {

        @Override
        public List<Integer> list(final int userId) {
            return read(h -> h.attach(MusicDao.class).list(userId));
        }

        @Override
        public boolean owns(final int userId, final int musicId) {
            return read(h -> h.attach(MusicDao.class).count(userId, musicId) > 0);
        }

        @Override
        public boolean add(final int userId, final int musicId) {
            return write(h -> {
                final MusicDao dao = h.attach(MusicDao.class);
                if (dao.count(userId, musicId) > 0) {
                    return false;
                }
                dao.insert(userId, musicId);
                return true;
            });
        }

        @Override
        public boolean remove(final int userId, final int musicId) {
            return write(h -> h.attach(MusicDao.class).delete(userId, musicId) > 0);
        }
    }

    private final class Gifts implements GiftRepository {

        @Override
        public GiftItem giveItem(final int userId, final int itemId, final int senderId, final String senderNickname) {
            final Instant now = now();
            return write(h -> {
                final int id = h.attach(GiftDao.class).insertItem(userId, itemId, senderId, senderNickname, now);
                return new GiftItem(id, userId, itemId, senderId, senderNickname, now);
            });
        }

        @Override
        public GiftMusic giveMusic(final int userId, final int musicId, final int senderId,
                                   final String senderNickname) {
            final Instant now = now();
            return write(h -> {
                final int id = h.attach(GiftDao.class).insertMusic(userId, musicId, senderId, senderNickname, now);
                return new GiftMusic(id, userId, musicId, senderId, senderNickname, now);
            });
        }

        @Override
        public List<GiftItem> itemGifts(final int userId) {
            return read(h -> h.attach(GiftDao.class).items(userId));
        }

        @Override
        public List<GiftMusic> musicGifts(final int userId) {
            return read(h -> h.attach(GiftDao.class).music(userId));
        }

        @Override
        public Optional<GiftItem> takeItemGift(final int userId, final int giftId) {
            return write(h -> {
                final GiftDao dao = h.attach(GiftDao.class);
                final Optional<GiftItem> gift = dao.items(userId).stream().filter(g -> g.id() == giftId).findFirst();
                gift.ifPresent(g -> dao.deleteItem(userId, giftId));
                return gift;
            });
        }

        @Override
        public Optional<GiftMusic> takeMusicGift(final int userId, final int giftId) {
            return write(h -> {
                final GiftDao dao = h.attach(GiftDao.class);
                final Optional<GiftMusic> gift = dao.music(userId).stream().filter(g -> g.id() == giftId).findFirst();
                gift.ifPresent(g -> dao.deleteMusic(userId, giftId));
                return gift;
            });
        }

        @Override
        public GiftMessage sendMessage(final GiftMessage m) {
            final Instant now = now();
            return write(h -> {
                final int id = h.attach(GiftDao.class).insertMessage(m.senderUsername(), m.senderId(),
                        m.senderNickname(), m.receiverUsername(), m.receiverId(), m.receiverNickname(), m.title(),
                        m.content(), now, String.valueOf(m.type().flag()));
                return new GiftMessage(id, m.senderUsername(), m.senderId(), m.senderNickname(),
                        m.receiverUsername(), m.receiverId(), m.receiverNickname(), m.title(), m.content(),
                        m.type(), now);
            });
        }

        @Override
        public List<GiftMessage> unreadMessages(final int userId) {
            return read(h -> h.attach(GiftDao.class).unread(userId));
        }

        @Override
        public boolean markRead(final int userId, final int messageId) {
            return write(h -> h.attach(GiftDao.class).markRead(userId, messageId, now()) > 0);
        }
    }

    private final class Scores implements ScoreRepository {

        @Override
        public List<ScoreRecord> list(final int userId) {
            return read(h -> h.attach(ScoreDao.class).list(userId));
        }

        @Override
        public Optional<ScoreRecord> find(final int userId, final int musicId, final int difficulty) {
            return read(h -> single(h.attach(ScoreDao.class).find(userId, musicId, difficulty), "score"));
        }

        @Override
        public void save(final int userId, final ScoreRecord r) {
            write(h -> {
                final ScoreDao dao = h.attach(ScoreDao.class);
                if (dao.update(userId, r.musicId(), r.difficulty(), r.score(), r.clearType()) == 0) {
                    dao.insert(userId, r.musicId(), r.difficulty(), r.score(), r.clearType());
                }
                return null;
            });
        }
    }

    private final class Rankings implements RankingRepository {

        @Override
        public void register(final int userId) {
            write(h -> {
                final RankingDao dao = h.attach(RankingDao.class);
                dao.insertDump(userId);
                final RankingEntry e = RankingEntry.placeholder(userId);
                insert(dao, e);
                return null;
            });
        }

        @Override
        public Optional<RankingEntry> find(final int userId) {
            return read(h -> single(h.attach(RankingDao.class).find(userId), "ranking row"));
        }

        @Override
        public List<RankingEntry> top(final int limit) {
            return read(h -> h.attach(RankingDao.class).top(Math.max(0, limit)));
        }

        @Override
        public Map<Integer, Integer> currentRanks() {
            return read(h -> {
                final Map<Integer, Integer> out = new LinkedHashMap<>();
                h.attach(RankingDao.class).all().forEach(r -> out.put(r.userId(), r.ranking()));
                return out;
            });
        }

        @Override
        public void replaceAll(final List<RankingEntry> entries) {
            write(h -> {
                final RankingDao dao = h.attach(RankingDao.class);
                final Map<Integer, RankingEntry> existing = new HashMap<>();
                dao.all().forEach(r -> existing.put(r.userId(), r));
                final Set<Integer> listed = new HashSet<>();
                for (final RankingEntry e : entries) {
                    if (!listed.add(e.userId())) {
                        throw new StorageException("user " + e.userId() + " listed twice in ranking");
                    }
                    if (existing.containsKey(e.userId())) {
                        final Progress p = e.progress();
                        dao.updateEntry(e.userId(), e.username(), e.nickname(), e.male(), p.level(),
                                p.battle(), p.win(), p.draw(), p.lose(), p.experience(), e.ranking(),
                                e.changeType(), e.changeRanking());
                    } else {
                        insert(dao, e);
                    }
                }
                for (final Integer userId : existing.keySet()) {
                    if (!listed.contains(userId)) {
                        dao.deleteEntry(userId);
                    }
                }
                dao.deleteDump();
                for (int i = 0; i < entries.size(); i++) {
                    dao.insertDumpAt(i + 1, entries.get(i).userId());
                }
                return null;
            });
        }

        @Override
        public Map<Integer, Integer> dumpRanking() {
            return read(h -> {
                final Map<Integer, Integer> out = new LinkedHashMap<>();
                h.attach(RankingDao.class).dump().forEach(r -> out.put(r[0], r[1]));
                return out;
            });
        }

        private void insert(final RankingDao dao, final RankingEntry e) {
            final Progress p = e.progress();
            dao.insertEntry(e.userId(), e.username(), e.nickname(), e.male(), p.level(), p.battle(),
                    p.win(), p.draw(), p.lose(), p.experience(), e.ranking(), e.changeType(), e.changeRanking());
        }
    }
}
