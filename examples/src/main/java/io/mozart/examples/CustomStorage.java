package io.mozart.examples;

import io.mozart.api.MozartServer;
import io.mozart.api.ServerOptions;
import io.mozart.api.storage.ForwardingStorage;
import io.mozart.api.storage.Storage;
import io.mozart.api.storage.UserGraph;
import io.mozart.api.storage.UserProfile;
import io.mozart.api.storage.Wallet;
import io.mozart.api.storage.WalletRepository;
import io.mozart.server.storage.jdbi.JdbiStorage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A storage written by the embedder: {@link AuditingStorage} wraps any other {@link Storage} (here
 * SQLite through {@code JdbiStorage}) and reports every wallet change to a journal, once the change is
 * committed. The server is given the decorator with {@code builder().storage(...)}.
 *
 * <pre>
 * java io.mozart.examples.CustomStorage [port] [database file] [journal file]
 *      (defaults: 15010, mozart-example.db, wallet-audit.log)
 * </pre>
 */
public final class CustomStorage {

    /** Gems every new player of the example gets. */
    public static final int WELCOME_GEMS = 1000;

    private CustomStorage() {}

    /**
     * Opens the database, starts the server over the auditing storage, registers a player with a
     * welcome gift, prints the token and waits for Ctrl-C.
     *
     * @param args optional port, database file and journal file
     * @throws InterruptedException when interrupted while waiting
     */
    public static void main(String[] args) throws InterruptedException {
        final int port = args.length > 0 ? Integer.parseInt(args[0]) : ServerOptions.DEFAULT_PORT;
        final Path db = Path.of(args.length > 1 ? args[1] : "mozart-example.db");
        final Path journal = Path.of(args.length > 2 ? args[2] : "wallet-audit.log");
        final JdbiStorage sqlite = JdbiStorage.sqlite(db);
        final AuditingStorage storage = new AuditingStorage(sqlite, appendTo(journal), Clock.systemUTC());
        final MozartServer server = MozartServer.builder()
                .address("127.0.0.1")
                .port(port)
                .storage(storage)
                .start();
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close(); // the server never closes a storage it was given:
                            sqlite.close(); // that is the embedder's job, after the server
                        },
                        "mozart-shutdown"));
        final String name = "player" + (System.currentTimeMillis() % 100_000);
        System.out.println("port=" + server.port());
        System.out.println("token=" + registerWithWelcomeGift(server, storage, name, "change-me"));
        System.out.println("wallet changes are appended to " + journal.toAbsolutePath());
        server.awaitClose();
    }

    /**
     * Registers an account and credits the welcome gems through the (audited) storage.
     *
     * @param server   the running server
     * @param storage  the storage the server was given
     * @param username the username
     * @param password the password
     * @return the login token
     */
    public static String registerWithWelcomeGift(
            MozartServer server, Storage storage, String username, String password) {
        final UserProfile user =
                server.accounts().register(username, password, io.mozart.api.storage.Gender.FEMALE, false);
        storage.wallets().adjust(user.id(), Wallet.gems(WELCOME_GEMS));
        return server.accounts().authenticate(username, password).orElseThrow();
    }

    /**
     * A journal that appends one line per change to a file ({@code time user kind amount -> balance}).
     *
     * @param file the file, created when missing
     * @return the journal
     */
    public static Consumer<WalletChange> appendTo(Path file) {
        return change -> {
            synchronized (file) {
                try {
                    Files.writeString(
                            file,
                            change.line() + System.lineSeparator(),
                            StandardCharsets.UTF_8,
                            StandardOpenOption.CREATE,
                            StandardOpenOption.APPEND);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /** What happened to a wallet. */
    public enum Kind {
        /** A new character's wallet row (all zero). */
        CREATE,
        /** Signed amounts were added (rewards, purchases, refunds, deposits). */
        ADJUST,
        /** All amounts were replaced. */
        SET
    }

    /**
     * One committed wallet change.
     *
     * @param at      when the change was made
     * @param userId  the character
     * @param kind    what happened
     * @param amount  the delta ({@link Kind#ADJUST}) or the new amounts ({@link Kind#SET}, {@link Kind#CREATE})
     * @param balance the wallet after the change
     */
    public record WalletChange(Instant at, int userId, Kind kind, Wallet amount, Wallet balance) {

        /** @return the journal line */
        public String line() {
            return at + " user=" + userId + " " + kind + " gem=" + amount.gem() + " point=" + amount.point()
                    + " o2cash=" + amount.o2Cash() + " cashpoint=" + amount.cashPoint()
                    + " -> gem=" + balance.gem() + " point=" + balance.point() + " o2cash=" + balance.o2Cash()
                    + " cashpoint=" + balance.cashPoint();
        }
    }

    /**
     * A {@link Storage} decorator: everything goes to the delegate; wallet changes are reported to the
     * journal. Changes made inside {@link #inTransaction} are held back until the transaction commits and
     * dropped when it rolls back, so the journal never shows a change that did not happen.
     */
    public static final class AuditingStorage extends ForwardingStorage {

        private final Consumer<WalletChange> journal;
        private final Clock clock;
        private final WalletRepository wallets;

        /**
         * @param delegate the real storage
         * @param journal  receives every committed wallet change, on the thread that made it
         * @param clock    the time stamp source
         */
        public AuditingStorage(Storage delegate, Consumer<WalletChange> journal, Clock clock) {
            super(delegate);
            this.journal = Objects.requireNonNull(journal, "journal");
            this.clock = Objects.requireNonNull(clock, "clock");
            this.wallets = new AuditedWallets(delegate.wallets());
        }

        @Override
        public WalletRepository wallets() {
            return wallets;
        }

        @Override
        public <T> T inTransaction(Function<Storage, T> work) {
            final List<WalletChange> pending = new ArrayList<>();
            final T result = delegate().inTransaction(tx -> {
                pending.clear(); // in case the delegate runs the work again after a conflict
                return work.apply(new AuditingStorage(tx, pending::add, clock));
            });
            pending.forEach(journal); // committed: now it happened
            return result;
        }

        @Override
        public Optional<UserGraph> loadUser(int userId) {
            return delegate().loadUser(userId);
        }

        /** The wallet repository that reports what it changed. */
        private final class AuditedWallets implements WalletRepository {
            private final WalletRepository wallets;

            AuditedWallets(WalletRepository wallets) {
                this.wallets = wallets;
            }

            private void report(int userId, Kind kind, Wallet amount, Wallet balance) {
                journal.accept(new WalletChange(clock.instant(), userId, kind, amount, balance));
            }

            @Override
            public void create(int userId) {
                wallets.create(userId);
                report(userId, Kind.CREATE, Wallet.EMPTY, Wallet.EMPTY);
            }

            @Override
            public Optional<Wallet> find(int userId) {
                return wallets.find(userId);
            }

            @Override
            public Optional<Wallet> adjust(int userId, Wallet delta) {
                // InsufficientFundsException passes through: nothing changed, nothing reported.
                final Optional<Wallet> after = wallets.adjust(userId, delta);
                after.ifPresent(balance -> report(userId, Kind.ADJUST, delta, balance));
                return after;
            }

            @Override
            public boolean set(int userId, Wallet wallet) {
                final boolean updated = wallets.set(userId, wallet);
                if (updated) {
                    report(userId, Kind.SET, wallet, wallet);
                }
                return updated;
            }
        }
    }
}
