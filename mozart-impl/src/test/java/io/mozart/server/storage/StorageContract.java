package io.mozart.server.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.api.AuthMode;
import io.mozart.api.storage.AttributiveItem;
import io.mozart.api.storage.ForwardingStorage;
import io.mozart.api.storage.Gender;
import io.mozart.api.storage.GiftItem;
import io.mozart.api.storage.GiftMessage;
import io.mozart.api.storage.GiftMusic;
import io.mozart.api.storage.GiftType;
import io.mozart.api.storage.InsufficientFundsException;
import io.mozart.api.storage.Loadout;
import io.mozart.api.storage.LoginSession;
import io.mozart.api.storage.Member;
import io.mozart.api.storage.NicknameTakenException;
import io.mozart.api.storage.Passes;
import io.mozart.api.storage.Penalty;
import io.mozart.api.storage.Progress;
import io.mozart.api.storage.RankingEntry;
import io.mozart.api.storage.ScoreRecord;
import io.mozart.api.storage.Storage;
import io.mozart.api.storage.StorageException;
import io.mozart.api.storage.UserGraph;
import io.mozart.api.storage.UserProfile;
import io.mozart.api.storage.UsernameTakenException;
import io.mozart.api.storage.Wallet;
import io.mozart.server.auth.AuthException;
import io.mozart.server.auth.AuthService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The one contract every {@link Storage} implementation passes: every repository method, units of
 * work with rollback, registration through {@link AuthService}, and concurrent writers.
 */
public abstract class StorageContract {

    protected Storage storage;
    private ScheduledExecutorService scheduler;
    private AuthService auth;

    /** @return a fresh, migrated, empty storage */
    protected abstract Storage createStorage() throws Exception;

    /**
     * The one place implementations may differ: the precision of stored dates (spec 06 §1.2). The
     * reference's DateTime keeps 100 ns ticks, and so do SQLite's text and the in-memory storage (the
     * default, identity); PostgreSQL's {@code timestamp with time zone} keeps microseconds.
     *
     * @param written a time handed to the storage
     * @return the time the storage must give back for it
     */
    protected Instant stored(Instant written) {
        return written;
    }

    @BeforeEach
    void setUp() throws Exception {
        scheduler = Executors.newSingleThreadScheduledExecutor();
        storage = createStorage(); // may skip the test (an assumption) when its database is not available
        auth = new AuthService(storage, AuthMode.DEFAULT, "127.0.0.1", Clock.systemUTC(), scheduler, null);
    }

    @AfterEach
    void tearDown() {
        scheduler.shutdownNow();
        if (storage != null) {
            storage.close();
        }
    }

    protected UserProfile register(String name, Gender gender) {
        return auth.register(name, "pw-" + name, gender, false);
    }

    // ---------------------------------------------------------------- registration (06 §1.9)

    @Test
    void registrationWritesEveryRow() {
        final UserProfile u = auth.register("Alice", "secret", Gender.FEMALE, true);
        assertEquals("Alice", u.username());
        assertEquals("Alice", u.nickname());
        assertEquals(Gender.FEMALE, u.gender());
        assertTrue(u.administrator());
        assertEquals(Progress.NEW, u.progress());

        final Member m = storage.members().findByUsername("Alice").orElseThrow();
        assertEquals(48, m.password().length);
        assertEquals(Passes.NONE, m.passes());
        assertNotNull(m.registeredAt());

        assertEquals(Wallet.EMPTY, storage.wallets().find(u.id()).orElseThrow());
        final Loadout l = storage.inventories().find(u.id()).orElseThrow();
        assertEquals(36, l.equipped(Loadout.FACE));
        assertEquals(0, l.bagExtensions());
        assertEquals(30, l.capacity());
        assertEquals(Penalty.NONE, storage.penalties().find(u.id()).orElseThrow());
        final RankingEntry r = storage.rankings().find(u.id()).orElseThrow();
        assertEquals("", r.username());
        assertEquals("", r.nickname());
        assertEquals(0, r.ranking());
        assertEquals(new Progress(0, 0, 0, 0, 0, 0), r.progress());
        assertNotNull(r.writtenAt());
        assertEquals(Map.of(1, u.id()), storage.rankings().dumpRanking());

        final UserProfile male = register("bob", Gender.ANY);
        assertEquals(Gender.MALE, male.gender());
        assertEquals(35, storage.inventories().find(male.id()).orElseThrow().equipped(Loadout.FACE));
        assertEquals(Map.of(1, u.id(), 2, male.id()), storage.rankings().dumpRanking());
    }

    @Test
    void usernameUniquenessIsCaseInsensitiveWithoutWildcards() {
        register("abc", Gender.MALE);
        assertThrows(UsernameTakenException.class, () -> register("ABC", Gender.MALE));
        assertThrows(UsernameTakenException.class, () -> storage.members().create("aBc", new byte[] {1}));
        assertTrue(storage.members().isTaken("AbC"));
        assertFalse(storage.members().isTaken("a_c"));
        assertFalse(storage.members().isTaken("a%"));
        register("a_c", Gender.MALE);
        assertTrue(storage.members().findByUsername("ABC").isEmpty(), "login lookup stays exact");
        assertThrows(AuthException.class, () -> auth.register("x:y", "p", Gender.MALE, false));
        assertThrows(AuthException.class, () -> auth.register(" pad", "p", Gender.MALE, false));
        assertThrows(AuthException.class, () -> auth.register("a".repeat(21), "p", Gender.MALE, false));
        assertThrows(AuthException.class, () -> auth.register("empty", "", Gender.MALE, false));
    }

    @Test
    void failedRegistrationLeavesNothing() {
        final UserProfile a = register("first", Gender.MALE);
        // A nickname clash makes the character insert fail after the member row was written.
        storage.characters().changeNickname(a.id(), "second");
        assertThrows(UsernameTakenException.class, () -> register("Second", Gender.MALE));
        assertTrue(storage.members().findByUsername("Second").isEmpty());
        assertFalse(storage.members().isTaken("second"));
        assertTrue(storage.characters().findByUsername("Second").isEmpty());
        assertEquals(1, storage.rankings().dumpRanking().size());
    }

    // ---------------------------------------------------------------- units of work

    @Test
    void transactionRollsBackEverythingOnFailure() {
        final UserProfile u = register("carol", Gender.FEMALE);
        final RuntimeException boom = new IllegalStateException("boom");
        final RuntimeException thrown = assertThrows(
                IllegalStateException.class,
                () -> storage.useTransaction(s -> {
                    s.wallets().adjust(u.id(), Wallet.gems(500));
                    s.characters().updateProgress(u.id(), new Progress(2, 100, 1, 1, 0, 0));
                    s.scores().save(u.id(), new ScoreRecord(7, 1, 123_456, 0));
                    s.penalties().increment(u.id());
                    s.music().add(u.id(), 99);
                    s.gifts().giveItem(u.id(), 5, 0, "sys");
                    s.inventories().writeBagSlot(u.id(), 0, 1234, 3);
                    s.loginSessions()
                            .create(new LoginSession(u.id(), "gw", 0, 0, "carol", "T", "0.0.0.0", Instant.now()));
                    s.members().setFreePass("carol", 1, Instant.now().plusSeconds(60));
                    s.characters().create("dave", Gender.MALE, false);
                    throw boom;
                }));
        assertEquals(boom, thrown);
        final UserGraph g = storage.loadUser(u.id()).orElseThrow();
        assertEquals(Wallet.EMPTY, g.wallet());
        assertEquals(Progress.NEW, g.profile().progress());
        assertTrue(g.scores().isEmpty());
        assertEquals(Penalty.NONE, g.penalty());
        assertTrue(g.acquiredMusic().isEmpty());
        assertTrue(g.giftItems().isEmpty());
        assertEquals(0, g.loadout().bagSlot(0));
        assertTrue(g.attributiveItems().isEmpty());
        assertEquals(Passes.NONE, g.passes());
        assertTrue(storage.loginSessions().findByToken("T").isEmpty());
        assertTrue(storage.characters().findByUsername("dave").isEmpty());
        // the id sequence was rolled back as well (SQLite AUTOINCREMENT behaves the same)
        assertEquals(u.id() + 1, register("erin", Gender.MALE).id());
    }

    @Test
    void transactionCommitsAndNests() {
        final UserProfile u = register("frank", Gender.MALE);
        final int gems = storage.inTransaction(s -> s.inTransaction(inner -> {
            inner.wallets().adjust(u.id(), Wallet.gems(10));
            return s.wallets().find(u.id()).orElseThrow().gem();
        }));
        assertEquals(10, gems);
        assertEquals(10, storage.wallets().find(u.id()).orElseThrow().gem());
    }

    @Test
    void storageFailureInsideTransactionRollsBack() {
        final UserProfile u = register("gina", Gender.MALE);
        assertThrows(
                StorageException.class,
                () -> storage.useTransaction(s -> {
                    s.wallets().adjust(u.id(), Wallet.gems(7));
                    s.wallets().create(u.id()); // duplicate primary key
                }));
        assertEquals(0, storage.wallets().find(u.id()).orElseThrow().gem());
    }

    // ---------------------------------------------------------------- members and passes

    @Test
    void memberPasswordAndPasses() {
        final Member m = storage.members().create("henry", new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, m.password());
        assertTrue(storage.members().changePassword("henry", new byte[] {4}));
        assertArrayEquals(
                new byte[] {4},
                storage.members().findByUsername("henry").orElseThrow().password());
        assertFalse(storage.members().changePassword("nobody", new byte[] {4}));

        final Instant until = Instant.parse("2030-01-02T03:04:05.1234567Z");
        assertTrue(storage.members().setPasses("henry", new Passes(Passes.STARTER_FLAG | 8, until)));
        final Passes p = storage.members().findByUsername("henry").orElseThrow().passes();
        assertEquals(new Passes(Passes.STARTER_FLAG | 8, stored(until)), p);
        final Instant now = Instant.parse("2029-01-01T00:00:00Z");
        assertEquals(8, p.activeFreePassType(now));
        assertTrue(p.starterPassActive(now));
        assertEquals(0, p.activeFreePassType(until));

        final Passes q = storage.members()
                .setFreePass("henry", 32, until.plusSeconds(10))
                .orElseThrow();
        assertEquals(Passes.STARTER_FLAG | 32, q.vip());
        assertEquals(q, storage.members().findByUsername("henry").orElseThrow().passes());
        assertTrue(storage.members().setFreePass("nobody", 1, until).isEmpty());
        assertFalse(storage.members().setPasses("nobody", Passes.NONE));
    }

    // ---------------------------------------------------------------- login sessions

    @Test
    void loginSessions() {
        final UserProfile u = register("ivy", Gender.FEMALE);
        final UserProfile v = register("jack", Gender.MALE);
        final Instant t = Instant.parse("2026-02-11T06:07:50.1234567Z");
        storage.loginSessions().create(new LoginSession(u.id(), "127.0.0.1", 0, 0, "ivy", "TOKEN1", "1.2.3.4", t));
        storage.loginSessions().create(new LoginSession(v.id(), "127.0.0.1", 0, 0, "jack", "TOKEN2", "::1", t));
        assertThrows(
                StorageException.class,
                () -> storage.loginSessions()
                        .create(new LoginSession(u.id(), "x", 0, 0, "ivy", "TOKEN3", "0.0.0.0", t)));
        final LoginSession s = storage.loginSessions().findByToken("TOKEN1").orElseThrow();
        assertEquals(new LoginSession(u.id(), "127.0.0.1", 0, 0, "ivy", "TOKEN1", "1.2.3.4", stored(t)), s);
        assertTrue(storage.loginSessions().findByToken("token1").isEmpty(), "token lookup is exact");
        assertEquals(s, storage.loginSessions().findByUsername("ivy").orElseThrow());
        assertEquals(s, storage.loginSessions().findByUserId(u.id()).orElseThrow());
        assertTrue(storage.loginSessions().updateChannel("TOKEN1", 3, 4));
        assertFalse(storage.loginSessions().updateChannel("NOPE", 3, 4));
        assertEquals(
                4, storage.loginSessions().findByToken("TOKEN1").orElseThrow().channelId());
        assertEquals(0, storage.loginSessions().clear(3, 5));
        assertEquals(1, storage.loginSessions().clear(3, 4));
        assertTrue(storage.loginSessions().findByToken("TOKEN1").isEmpty());
        assertTrue(storage.loginSessions().revoke("TOKEN2"));
        assertFalse(storage.loginSessions().revoke("TOKEN2"));
        storage.loginSessions().create(new LoginSession(v.id(), "127.0.0.1", 0, 0, "jack", "TOKEN2", "::1", t));
        assertEquals(1, storage.loginSessions().clear());
    }

    // ---------------------------------------------------------------- characters

    @Test
    void characters() {
        final UserProfile a = register("kate", Gender.FEMALE);
        final UserProfile b = register("liam", Gender.MALE);
        assertEquals(a, storage.characters().find(a.id()).orElseThrow());
        assertTrue(storage.characters().find(9999).isEmpty());
        assertEquals(a, storage.characters().findByUsername("  kate ").orElseThrow());
        assertTrue(storage.characters().findByUsername("KATE").isEmpty());
        assertEquals(a, storage.characters().findByNickname("KATE").orElseThrow());
        assertTrue(storage.characters().findByNickname("k_te").isEmpty());
        assertTrue(storage.characters().isNicknameTaken(" Liam "));
        assertFalse(storage.characters().isNicknameTaken("li%"));

        assertTrue(storage.characters().changeNickname(a.id(), "  Katie  "));
        assertEquals("Katie", storage.characters().find(a.id()).orElseThrow().nickname());
        assertTrue(storage.characters().changeNickname(a.id(), "KATIE"), "own nickname in another case");
        assertThrows(NicknameTakenException.class, () -> storage.characters().changeNickname(a.id(), "LIAM"));
        assertFalse(storage.characters().changeNickname(9999, "zzz"));

        final Progress p = new Progress(5, 900, 10, 6, 3, 1);
        assertTrue(storage.characters().updateProgress(b.id(), p));
        assertFalse(storage.characters().updateProgress(9999, p));
        assertEquals(p, storage.characters().find(b.id()).orElseThrow().progress());
        storage.characters().updateProgress(a.id(), new Progress(5, 1000, 0, 0, 0, 0));
        final UserProfile c = register("mia", Gender.MALE);
        storage.characters().updateProgress(c.id(), new Progress(5, 1000, 0, 0, 0, 0));
        final List<Integer> top = storage.characters().topByLevel(10).stream()
                .map(UserProfile::id)
                .toList();
        assertEquals(List.of(a.id(), c.id(), b.id()), top);
        assertEquals(1, storage.characters().topByLevel(1).size());
    }

    // ---------------------------------------------------------------- wallet

    @Test
    void wallet() {
        final UserProfile u = register("noah", Gender.MALE);
        assertEquals(
                new Wallet(100, 5, 0, 0, 0, 0),
                storage.wallets().adjust(u.id(), new Wallet(100, 5, 0, 0, 0, 0)).orElseThrow());
        assertEquals(
                90,
                storage.wallets().adjust(u.id(), Wallet.gems(-10)).orElseThrow().gem());
        assertThrows(InsufficientFundsException.class, () -> storage.wallets().adjust(u.id(), Wallet.cashPoints(-1)));
        assertThrows(
                InsufficientFundsException.class,
                () -> storage.wallets().adjust(u.id(), Wallet.gems(Integer.MAX_VALUE)));
        assertEquals(90, storage.wallets().find(u.id()).orElseThrow().gem());
        assertTrue(storage.wallets().adjust(9999, Wallet.gems(1)).isEmpty());
        final Wallet w = new Wallet(1, 2, 3, 4, 5, 6);
        assertTrue(storage.wallets().set(u.id(), w));
        assertEquals(w, storage.wallets().find(u.id()).orElseThrow());
        assertFalse(storage.wallets().set(9999, w));
        assertThrows(StorageException.class, () -> storage.wallets().create(9999), "foreign key");
    }

    // ---------------------------------------------------------------- inventory and stack counts

    @Test
    void inventoryAndBagRules() {
        final UserProfile u = register("olga", Gender.FEMALE);
        assertTrue(storage.inventories().equip(u.id(), 0, 501));
        assertEquals(501, storage.inventories().find(u.id()).orElseThrow().equipped(0));
        assertFalse(storage.inventories().equip(9999, 0, 1));

        // write (id, count>0): inserts a count record
        assertTrue(storage.inventories().writeBagSlot(u.id(), 0, 700, 5));
        AttributiveItem a = storage.attributiveItems().find(u.id(), 700).orElseThrow();
        assertEquals(5, a.count());
        assertEquals(0, a.previousCount());
        // same id again: OLD := USED, USED := count
        storage.inventories().writeBagSlot(u.id(), 1, 700, 4);
        a = storage.attributiveItems().find(u.id(), 700).orElseThrow();
        assertEquals(4, a.count());
        assertEquals(5, a.previousCount());
        assertEquals(1, storage.attributiveItems().list(u.id()).size());
        // count <= 0: deletes the records of the item previously in the slot
        storage.inventories().writeBagSlot(u.id(), 0, 0, 0);
        assertTrue(storage.attributiveItems().find(u.id(), 700).isEmpty());
        final Loadout l = storage.inventories().find(u.id()).orElseThrow();
        assertEquals(0, l.bagSlot(0));
        assertEquals(700, l.bagSlot(1));
        assertEquals(1, l.findBagSlot(700));
        // beyond capacity
        assertThrows(
                IndexOutOfBoundsException.class, () -> storage.inventories().writeBagSlot(u.id(), 30, 1, 1));
        for (int i = 1; i <= 5; i++) {
            assertEquals(Optional.of(i), storage.inventories().expandBag(u.id()));
        }
        assertTrue(storage.inventories().expandBag(u.id()).isEmpty());
        assertTrue(storage.inventories().writeBagSlot(u.id(), 179, 42, 0));
        assertEquals(42, storage.inventories().find(u.id()).orElseThrow().bagSlot(179));
        assertFalse(storage.inventories().writeBagSlot(9999, 0, 1, 1));

        final Loadout replaced = Loadout.starter(Gender.MALE).withBagSlot(2, 9).withBagExtensions(1);
        assertTrue(storage.inventories().set(u.id(), replaced));
        assertEquals(replaced, storage.inventories().find(u.id()).orElseThrow());
        assertFalse(storage.inventories().set(9999, replaced));

        final AttributiveItem set = storage.attributiveItems().setCount(u.id(), 800, 2);
        assertEquals(set, storage.attributiveItems().find(u.id(), 800).orElseThrow());
        assertEquals(1, storage.attributiveItems().delete(u.id(), 800));
        assertEquals(0, storage.attributiveItems().delete(u.id(), 800));
    }

    // ---------------------------------------------------------------- penalty, music, scores

    @Test
    void penalties() {
        final UserProfile u = register("pete", Gender.MALE);
        Penalty p = Penalty.NONE;
        for (int i = 1; i <= 22; i++) {
            p = storage.penalties().increment(u.id());
        }
        assertEquals(new Penalty(7, 22), p);
        assertEquals(
                new Penalty(1, 4),
                Penalty.NONE.incremented().incremented().incremented().incremented());
        storage.penalties().set(u.id(), Penalty.NONE);
        assertEquals(Penalty.NONE, storage.penalties().find(u.id()).orElseThrow());
        assertTrue(storage.penalties().find(9999).isEmpty());
    }

    @Test
    void musicOwnershipAllowsManySongs() {
        final UserProfile u = register("quinn", Gender.MALE);
        assertTrue(storage.music().add(u.id(), 20));
        assertTrue(storage.music().add(u.id(), 10));
        assertFalse(storage.music().add(u.id(), 10));
        assertEquals(List.of(10, 20), storage.music().list(u.id()));
        assertTrue(storage.music().owns(u.id(), 20));
        assertTrue(storage.music().remove(u.id(), 20));
        assertFalse(storage.music().remove(u.id(), 20));
        assertFalse(storage.music().owns(u.id(), 20));
        assertThrows(StorageException.class, () -> storage.music().add(9999, 1));
    }

    @Test
    void scores() {
        final UserProfile u = register("rose", Gender.FEMALE);
        storage.scores().save(u.id(), new ScoreRecord(5, 2, 0xFFFF_FFFFL, 2));
        storage.scores().save(u.id(), new ScoreRecord(5, 0, 100, 0));
        storage.scores().save(u.id(), new ScoreRecord(3, 1, 50, 1));
        storage.scores().save(u.id(), new ScoreRecord(5, 0, 200, 1));
        assertEquals(
                List.of(
                        new ScoreRecord(3, 1, 50, 1),
                        new ScoreRecord(5, 0, 200, 1),
                        new ScoreRecord(5, 2, 0xFFFF_FFFFL, 2)),
                storage.scores().list(u.id()));
        assertEquals(
                0xFFFF_FFFFL, storage.scores().find(u.id(), 5, 2).orElseThrow().score());
        assertTrue(storage.scores().find(u.id(), 5, 1).isEmpty());
    }

    // ---------------------------------------------------------------- gifts and messages

    @Test
    void giftsAndMessages() {
        final UserProfile u = register("sam", Gender.MALE);
        final UserProfile v = register("tina", Gender.FEMALE);
        final GiftItem gi = storage.gifts().giveItem(u.id(), 300, v.id(), "tina");
        final GiftMusic gm = storage.gifts().giveMusic(u.id(), 400, v.id(), "tina");
        assertEquals(List.of(gi), storage.gifts().itemGifts(u.id()));
        assertEquals(List.of(gm), storage.gifts().musicGifts(u.id()));
        assertTrue(storage.gifts().takeItemGift(v.id(), gi.id()).isEmpty(), "not the receiver");
        assertEquals(Optional.of(gi), storage.gifts().takeItemGift(u.id(), gi.id()));
        assertTrue(storage.gifts().takeItemGift(u.id(), gi.id()).isEmpty());
        assertEquals(Optional.of(gm), storage.gifts().takeMusicGift(u.id(), gm.id()));
        assertTrue(storage.gifts().musicGifts(u.id()).isEmpty());

        final GiftMessage sent = storage.gifts()
                .sendMessage(new GiftMessage(
                        0,
                        "tina",
                        v.id(),
                        "tina",
                        "sam",
                        u.id(),
                        "sam",
                        "Hello",
                        "A gift for you",
                        GiftType.MUSIC,
                        null));
        assertNotEquals(0, sent.id());
        assertNotNull(sent.writtenAt());
        assertEquals(List.of(sent), storage.gifts().unreadMessages(u.id()));
        assertFalse(storage.gifts().markRead(v.id(), sent.id()));
        assertTrue(storage.gifts().markRead(u.id(), sent.id()));
        assertFalse(storage.gifts().markRead(u.id(), sent.id()));
        assertTrue(storage.gifts().unreadMessages(u.id()).isEmpty());
        assertThrows(StorageException.class, () -> storage.gifts().giveItem(9999, 1, 0, "x"));
    }

    // ---------------------------------------------------------------- rankings

    @Test
    void rankingReplaceHandlesSwaps() {
        final UserProfile a = register("uma", Gender.FEMALE);
        final UserProfile b = register("vic", Gender.MALE);
        final UserProfile c = register("walt", Gender.MALE);
        assertEquals(Map.of(a.id(), 0, b.id(), 0, c.id(), 0), storage.rankings().currentRanks());
        storage.rankings().replaceAll(List.of(entry(b, 1), entry(a, 2)));
        assertEquals(Map.of(1, b.id(), 2, a.id()), storage.rankings().dumpRanking());
        assertTrue(storage.rankings().find(c.id()).isEmpty(), "unlisted users lose their row");
        final Instant written = storage.rankings().find(a.id()).orElseThrow().writtenAt();
        // swap: rank 1 <-> rank 2 (the reference could violate the unique index here)
        storage.rankings().replaceAll(List.of(entry(a, 1), entry(b, 2)));
        assertEquals(Map.of(1, a.id(), 2, b.id()), storage.rankings().dumpRanking());
        final RankingEntry ra = storage.rankings().find(a.id()).orElseThrow();
        assertEquals("uma", ra.username());
        assertEquals(1, ra.ranking());
        assertEquals(written, ra.writtenAt(), "WriteDate untouched on update");
        assertEquals(
                List.of(a.id(), b.id()),
                storage.rankings().top(100).stream().map(RankingEntry::userId).toList());
        assertEquals(1, storage.rankings().top(1).size());
        assertThrows(StorageException.class, () -> storage.rankings().replaceAll(List.of(entry(a, 1), entry(a, 2))));
        assertEquals(Map.of(1, a.id(), 2, b.id()), storage.rankings().dumpRanking(), "rolled back");
    }

    @Test
    void rankingRebuildFollowsUpsertRules() {
        final UserProfile a = register("xena", Gender.FEMALE);
        final UserProfile b = register("yuri", Gender.ANY);
        storage.characters().updateProgress(b.id(), new Progress(3, 10, 1, 1, 0, 0));
        RankingRebuild.run(storage, 1000);
        RankingEntry rb = storage.rankings().find(b.id()).orElseThrow();
        assertEquals(1, rb.ranking());
        assertEquals(1, rb.changeType());
        assertEquals(0, rb.changeRanking());
        assertTrue(rb.male());
        storage.characters().updateProgress(a.id(), new Progress(4, 0, 0, 0, 0, 0));
        RankingRebuild.run(storage, 1000);
        final RankingEntry ra = storage.rankings().find(a.id()).orElseThrow();
        rb = storage.rankings().find(b.id()).orElseThrow();
        assertEquals(List.of(1, 1, 1), List.of(ra.ranking(), ra.changeType(), ra.changeRanking()));
        assertEquals(List.of(2, 0, 1), List.of(rb.ranking(), rb.changeType(), rb.changeRanking()));
        RankingRebuild.run(storage, 1);
        assertEquals(Map.of(1, a.id()), storage.rankings().dumpRanking());
        assertEquals(2, storage.rankings().find(a.id()).orElseThrow().changeType());
        assertTrue(storage.rankings().find(b.id()).isEmpty());
    }

    private static RankingEntry entry(UserProfile u, int rank) {
        return new RankingEntry(u.id(), u.username(), u.nickname(), true, u.progress(), rank, 1, 0, null);
    }

    // ---------------------------------------------------------------- user graph

    @Test
    void loadUserReturnsWholeGraph() {
        final UserProfile u = register("zoe", Gender.FEMALE);
        storage.wallets().adjust(u.id(), Wallet.gems(3));
        storage.inventories().writeBagSlot(u.id(), 4, 77, 9);
        storage.music().add(u.id(), 12);
        storage.scores().save(u.id(), new ScoreRecord(12, 0, 1, 0));
        storage.gifts().giveItem(u.id(), 1, 0, "admin");
        storage.gifts().giveMusic(u.id(), 2, 0, "admin");
        storage.gifts()
                .sendMessage(
                        new GiftMessage(0, "admin", 0, "admin", "zoe", u.id(), "zoe", "t", "c", GiftType.ITEM, null));
        storage.penalties().increment(u.id());
        final UserGraph g = storage.loadUser(u.id()).orElseThrow();
        assertEquals(u, g.profile());
        assertEquals(3, g.wallet().gem());
        assertEquals(77, g.loadout().bagSlot(4));
        assertEquals(9, g.countOf(77));
        assertEquals(0, g.countOf(78));
        assertEquals(List.of(12), g.acquiredMusic());
        assertEquals(1, g.scores().size());
        assertEquals(1, g.giftItems().size());
        assertEquals(1, g.giftMusic().size());
        assertEquals(1, g.unreadMessages().size());
        assertEquals(1, g.penalty().count());
        assertTrue(g.ranking().isPresent());
        assertEquals(Passes.NONE, g.passes());
        assertTrue(storage.loadUser(9999).isEmpty());
    }

    @Test
    void loadUserMatchesTheRepositories() {
        final UserProfile u = register("yuri", Gender.MALE);
        storage.wallets().adjust(u.id(), Wallet.gems(7));
        storage.inventories().writeBagSlot(u.id(), 2, 55, 3);
        storage.inventories().equip(u.id(), 1, 21);
        storage.music().add(u.id(), 40);
        storage.music().add(u.id(), 12);
        storage.scores().save(u.id(), new ScoreRecord(12, 2, 4_000_000_000L, 1));
        storage.gifts().giveItem(u.id(), 1, 0, "admin");
        storage.gifts().giveMusic(u.id(), 2, 0, "admin");
        storage.gifts()
                .sendMessage(new GiftMessage(
                        0, "admin", 0, "admin", "yuri", u.id(), "yuri", "t", "c", GiftType.MUSIC, null));
        storage.penalties().increment(u.id());
        storage.members().setPasses("yuri", new Passes(0x1002, Instant.parse("2030-01-02T03:04:05Z")));
        // ForwardingStorage keeps the interface's loadUser, which reads through the repositories one by one.
        final Storage viaRepositories = new ForwardingStorage(storage) {
            @Override
            public <T> T inTransaction(Function<Storage, T> work) {
                return delegate().inTransaction(work);
            }
        };
        final UserGraph expected = viaRepositories.loadUser(u.id()).orElseThrow();
        assertEquals(Optional.of(expected), storage.loadUser(u.id()));
        assertEquals(Optional.of(expected), storage.inTransaction(s -> s.loadUser(u.id())));
        assertEquals(viaRepositories.loadUser(9999), storage.loadUser(9999));
    }

    @Test
    void channelUpdateInsideAUnitOfWorkRollsBackWithIt() {
        final UserProfile u = register("kim", Gender.FEMALE);
        storage.loginSessions()
                .create(new LoginSession(u.id(), "127.0.0.1", 0, 0, "kim", "TOKEN9", "1.2.3.4", Instant.EPOCH));
        assertThrows(
                IllegalStateException.class,
                () -> storage.useTransaction(s -> {
                    assertTrue(s.loginSessions().updateChannel("TOKEN9", 1, 2));
                    throw new IllegalStateException("roll back");
                }));
        assertEquals(
                0, storage.loginSessions().findByToken("TOKEN9").orElseThrow().channelId());
        assertTrue(storage.loginSessions().updateChannel("TOKEN9", 1, 2));
        final LoginSession s = storage.loginSessions().findByToken("TOKEN9").orElseThrow();
        assertEquals(1, s.serverId());
        assertEquals(2, s.channelId());
    }

    // ---------------------------------------------------------------- auth service (06 §2)

    @Test
    void authenticateReusesLoginRowAndAuthorizes() {
        final UserProfile u = register("adam", Gender.MALE);
        assertThrows(AuthException.class, () -> auth.authenticate("adam", "wrong", "1.1.1.1"));
        assertThrows(AuthException.class, () -> auth.authenticate("ADAM", "pw-adam", "1.1.1.1"));
        final String token = auth.authenticate("adam", "pw-adam", "1.1.1.1");
        assertTrue(token.matches("[0-9A-F]{32}"));
        assertEquals(token, auth.authenticate("adam", "pw-adam", "2.2.2.2"));
        final LoginSession s = auth.authorize(token).orElseThrow();
        assertEquals(u.id(), s.userId());
        assertEquals("1.1.1.1", s.address(), "existing row unchanged");
        assertEquals("127.0.0.1", s.gatewayId());
        assertTrue(auth.authorize("adam:pw-adam").isEmpty(), "Default mode looks the token up as-is");
        assertTrue(auth.enterChannel(token, 0, 3));
        assertEquals(1, auth.clear(0, 3));
        assertTrue(auth.authorize(token).isEmpty());
        final String second = auth.authenticate("adam", "pw-adam", "");
        assertNotEquals(token, second);
        assertEquals(
                AuthService.UNKNOWN_ADDRESS,
                auth.authorize(second).orElseThrow().address());
        assertTrue(auth.revoke(second));
        assertEquals(0, auth.clear());
    }

    @Test
    void authenticateWithoutCharacterIsDistinctError() {
        storage.members().create("ghost", new io.mozart.server.auth.Pbkdf2PasswordHasher().hash("pw"));
        final AuthException e = assertThrows(AuthException.class, () -> auth.authenticate("ghost", "pw", "x"));
        assertEquals(AuthException.Reason.CHARACTER_MISSING, e.reason());
    }

    @Test
    void foreignModeAcceptsUserPasswordTokens() {
        final AuthService foreign =
                new AuthService(storage, AuthMode.FOREIGN, "10.0.0.1", Clock.systemUTC(), scheduler, null);
        final UserProfile u = foreign.register("nine", " plain ", Gender.MALE, false);
        assertArrayEquals(
                " plain ".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                storage.members().findByUsername("nine").orElseThrow().password());
        final LoginSession s = foreign.authorize("nine:plain").orElseThrow();
        assertEquals(u.id(), s.userId());
        assertEquals(AuthService.UNKNOWN_ADDRESS, s.address());
        assertEquals(s, foreign.authorize(s.token()).orElseThrow());
        assertTrue(foreign.authorize("nine:wrong").isEmpty());
        assertTrue(foreign.authorize("nine:plain:x").isEmpty());
        assertThrows(AuthException.class, () -> foreign.register("thirteen-char", "p", Gender.MALE, false));
    }

    @Test
    void sessionExpiryDeletesRowUnlessCancelled() throws Exception {
        register("beth", Gender.FEMALE);
        register("carl", Gender.MALE);
        final Map<String, Boolean> expired = new ConcurrentHashMap<>();
        final CountDownLatch fired = new CountDownLatch(1);
        final AuthService a = new AuthService(storage, AuthMode.DEFAULT, "gw", Clock.systemUTC(), scheduler, t -> {
            expired.put(t, true);
            fired.countDown();
        });
        final String keep = a.authenticate("beth", "pw-beth", "x");
        final String drop = a.authenticate("carl", "pw-carl", "x");
        a.scheduleExpiry(keep, Duration.ofMillis(150));
        a.scheduleExpiry(drop, Duration.ofMillis(150));
        a.scheduleExpiry(keep, 0); // minutes <= 0: nothing, the pending one stays
        assertTrue(a.expiryPending(keep));
        assertTrue(a.cancelExpiry(keep));
        assertFalse(a.cancelExpiry(keep));
        assertTrue(fired.await(5, TimeUnit.SECONDS));
        scheduler.submit(() -> {}).get(); // let the expiry task finish
        assertEquals(Map.of(drop, true), expired);
        assertTrue(a.authorize(drop).isEmpty());
        assertTrue(a.authorize(keep).isPresent());
        assertFalse(a.expiryPending(drop));
    }

    // ---------------------------------------------------------------- concurrency

    @Test
    void concurrentWritersLoseNothing() throws Exception {
        final UserProfile u = register("dora", Gender.FEMALE);
        final int threads = 4;
        final int perThread = 25;
        final ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            final List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                final int n = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        storage.useTransaction(s -> {
                            s.wallets().adjust(u.id(), Wallet.gems(1));
                            s.penalties().increment(u.id());
                        });
                        storage.scores().save(u.id(), new ScoreRecord(n, 0, i, 0));
                    }
                    auth.register("conc" + n, "pw", Gender.MALE, false);
                    return null;
                }));
            }
            for (final Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(
                threads * perThread,
                storage.wallets().find(u.id()).orElseThrow().gem());
        assertEquals(
                threads * perThread,
                storage.penalties().find(u.id()).orElseThrow().count());
        assertEquals(threads, storage.scores().list(u.id()).size());
        for (int t = 0; t < threads; t++) {
            assertTrue(storage.characters().findByUsername("conc" + t).isPresent());
        }
    }

    @Test
    void concurrentRegistrationsOfOneNameYieldOneAccount() throws Exception {
        final ExecutorService pool = Executors.newFixedThreadPool(4);
        final List<Future<Boolean>> futures = new ArrayList<>();
        try {
            for (int t = 0; t < 4; t++) {
                final String name = t % 2 == 0 ? "same" : "SAME";
                futures.add(pool.submit(() -> {
                    try {
                        auth.register(name, "pw", Gender.MALE, false);
                        return true;
                    } catch (UsernameTakenException e) {
                        return false;
                    }
                }));
            }
            int ok = 0;
            for (final Future<Boolean> f : futures) {
                ok += f.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(1, ok);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, storage.rankings().dumpRanking().size());
    }

    @Test
    void datesRoundTrip() {
        final UserProfile u = register("eve", Gender.FEMALE);
        final Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        final GiftItem g = storage.gifts().giveItem(u.id(), 1, 0, "x");
        assertFalse(g.sentAt().isBefore(before));
        assertEquals(g.sentAt(), storage.gifts().itemGifts(u.id()).get(0).sentAt());
        assertNull(
                storage.members().findByUsername("eve").orElseThrow().passes().expiry());
    }
}
