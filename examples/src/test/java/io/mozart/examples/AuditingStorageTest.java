package io.mozart.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.api.storage.Gender;
import io.mozart.api.storage.InsufficientFundsException;
import io.mozart.api.storage.Wallet;
import io.mozart.examples.CustomStorage.AuditingStorage;
import io.mozart.examples.CustomStorage.Kind;
import io.mozart.examples.CustomStorage.WalletChange;
import io.mozart.server.storage.jdbi.JdbiStorage;
import io.mozart.server.storage.memory.MemoryStorage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Transaction semantics of the auditing decorator over a real SQLite file. */
class AuditingStorageTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private JdbiStorage sqlite;
    private final List<WalletChange> journal = new ArrayList<>();
    private AuditingStorage storage;
    private int userId;

    @BeforeEach
    void open() {
        sqlite = JdbiStorage.sqlite(dir.resolve("audit.db"));
        sqlite.migrate();
        storage = new AuditingStorage(sqlite, journal::add, CLOCK);
        userId = storage.inTransaction(s -> {
            int id = s.characters().create("ann", Gender.FEMALE, false).id();
            s.wallets().create(id);
            return id;
        });
    }

    @AfterEach
    void close() {
        storage.close();
    }

    @Test
    void committedChangesAreReportedWithBalance() {
        assertEquals(
                List.of(new WalletChange(CLOCK.instant(), userId, Kind.CREATE, Wallet.EMPTY, Wallet.EMPTY)), journal);
        storage.wallets().adjust(userId, new Wallet(10, 2, 0, 0, 0, 1));
        storage.wallets().set(userId, new Wallet(7, 0, 0, 0, 0, 0));
        assertEquals(
                List.of(Kind.CREATE, Kind.ADJUST, Kind.SET),
                journal.stream().map(WalletChange::kind).toList());
        assertEquals(new Wallet(10, 2, 0, 0, 0, 1), journal.get(1).balance());
        assertEquals(new Wallet(7, 0, 0, 0, 0, 0), journal.get(2).balance());
    }

    @Test
    void rolledBackTransactionReportsNothing() {
        journal.clear();
        assertThrows(
                IllegalStateException.class,
                () -> storage.useTransaction(s -> {
                    s.wallets().adjust(userId, Wallet.gems(50));
                    throw new IllegalStateException("abort");
                }));
        assertEquals(List.of(), journal);
        assertEquals(Wallet.EMPTY, sqlite.wallets().find(userId).orElseThrow());
    }

    @Test
    void changesInsideATransactionAppearOnlyAfterCommitAndNestedOnesJoin() {
        journal.clear();
        storage.useTransaction(s -> {
            s.wallets().adjust(userId, Wallet.gems(5));
            s.useTransaction(inner -> inner.wallets().set(userId, Wallet.gems(9)));
            assertEquals(List.of(), journal, "nothing is reported before the outer commit");
        });
        assertEquals(
                List.of(Kind.ADJUST, Kind.SET),
                journal.stream().map(WalletChange::kind).toList());
        assertEquals(Wallet.gems(9), sqlite.wallets().find(userId).orElseThrow());
    }

    @Test
    void refusedOrMissingWalletsReportNothing() {
        journal.clear();
        assertThrows(InsufficientFundsException.class, () -> storage.wallets().adjust(userId, Wallet.gems(-1)));
        assertEquals(Optional.empty(), storage.wallets().adjust(userId + 99, Wallet.gems(1)));
        assertEquals(false, storage.wallets().set(userId + 99, Wallet.gems(1)));
        assertEquals(List.of(), journal);
    }

    @Test
    void journalLineNamesUserKindAmountAndBalance() {
        WalletChange c = new WalletChange(
                CLOCK.instant(), 3, Kind.ADJUST, new Wallet(-5, 0, 1, 0, 0, 2), new Wallet(95, 0, 1, 0, 0, 2));
        assertEquals(
                "2026-03-04T05:06:07Z user=3 ADJUST gem=-5 point=0 o2cash=1 cashpoint=2"
                        + " -> gem=95 point=0 o2cash=1 cashpoint=2",
                c.line());
        assertTrue(c.line().indexOf("ADJUST") > 0);
    }

    /**
     * Whatever mix of deltas, refused and accepted: the journal's last balance is the stored wallet, and
     * the reported deltas add up to it.
     */
    @Property(tries = 200)
    void reportedDeltasAddUpToTheStoredWallet(@ForAll("deltas") @Size(max = 30) List<Wallet> deltas) {
        List<WalletChange> changes = new ArrayList<>();
        try (MemoryStorage memory = new MemoryStorage(CLOCK)) {
            AuditingStorage audited = new AuditingStorage(memory, changes::add, CLOCK);
            int id = memory.characters().create("p", Gender.MALE, false).id();
            audited.wallets().create(id);
            for (Wallet delta : deltas) {
                try {
                    audited.wallets().adjust(id, delta);
                } catch (InsufficientFundsException refused) {
                    // nothing changed
                }
            }
            Wallet sum = Wallet.EMPTY;
            for (WalletChange c : changes) {
                sum = sum.plus(c.amount());
            }
            Wallet stored = memory.wallets().find(id).orElseThrow();
            assertEquals(stored, sum);
            assertEquals(stored, changes.get(changes.size() - 1).balance());
        }
    }

    @Provide
    Arbitrary<List<Wallet>> deltas() {
        Arbitrary<Integer> amount = Arbitraries.integers().between(-50, 100);
        return net.jqwik.api.Combinators.combine(amount, amount, amount)
                .as((gem, point, cash) -> new Wallet(gem, point, 0, 0, 0, cash))
                .list();
    }
}
