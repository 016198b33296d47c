package io.mozart.server.storage.memory;

import io.mozart.api.storage.AttributiveItem;
import io.mozart.api.storage.AttributiveItemRepository;
import io.mozart.api.storage.CharacterRepository;
import io.mozart.api.storage.GiftItem;
import io.mozart.api.storage.GiftMessage;
import io.mozart.api.storage.GiftMusic;
import io.mozart.api.storage.GiftRepository;
import io.mozart.api.storage.InventoryRepository;
import io.mozart.api.storage.Loadout;
import io.mozart.api.storage.LoginSession;
import io.mozart.api.storage.LoginSessionRepository;
import io.mozart.api.storage.Member;
import io.mozart.api.storage.MemberRepository;
import io.mozart.api.storage.MusicOwnershipRepository;
import io.mozart.api.storage.Penalty;
import io.mozart.api.storage.PenaltyRepository;
import io.mozart.api.storage.RankingEntry;
import io.mozart.api.storage.RankingRepository;
import io.mozart.api.storage.ScoreRecord;
import io.mozart.api.storage.ScoreRepository;
import io.mozart.api.storage.Storage;
import io.mozart.api.storage.StorageException;
import io.mozart.api.storage.UserProfile;
import io.mozart.api.storage.Wallet;
import io.mozart.api.storage.WalletRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * In-memory {@link Storage}: thread-safe (one lock, units of work are serial) with real
 * transactions (an undo log reverts everything a failed unit of work wrote). It enforces the same
 * keys, uniqueness rules and foreign keys as the SQL schema, so it passes the same contract suite.
 */
public final class MemoryStorage implements Storage {

    record UserItem(int userId, int itemId) implements Comparable<UserItem> {
        @Override
        public int compareTo(UserItem o) {
            return userId != o.userId ? Integer.compare(userId, o.userId) : Integer.compare(itemId, o.itemId);
        }
    }

    record ScoreKey(int userId, int musicId, int difficulty) implements Comparable<ScoreKey> {
        @Override
        public int compareTo(ScoreKey o) {
            return Comparator.comparingInt(ScoreKey::userId)
                    .thenComparingInt(ScoreKey::musicId)
                    .thenComparingInt(ScoreKey::difficulty)
                    .compare(this, o);
        }
    }

    record AttrRow(int userId, AttributiveItem item) {}

    record MessageRow(GiftMessage message, boolean read, Instant readAt) {}

    private final Clock clock;
    private final UndoLog log = new UndoLog();
    final UndoMap<String, Member> members = new UndoMap<>(log);
    final Sequence memberIds = new Sequence(log);
    final UndoMap<Integer, LoginSession> logins = new UndoMap<>(log);
    final UndoMap<Integer, UserProfile> characters = new UndoMap<>(log);
    final Sequence characterIds = new Sequence(log);
    final UndoMap<Integer, Wallet> wallets = new UndoMap<>(log);
    final UndoMap<Integer, Loadout> loadouts = new UndoMap<>(log);
    final UndoMap<Integer, AttrRow> attributes = new UndoMap<>(log);
    final Sequence attributeIds = new Sequence(log);
    final UndoMap<Integer, Penalty> penalties = new UndoMap<>(log);
    final UndoMap<UserItem, Boolean> music = new UndoMap<>(log);
    final UndoMap<Integer, GiftItem> giftItems = new UndoMap<>(log);
    final Sequence giftItemIds = new Sequence(log);
    final UndoMap<Integer, GiftMusic> giftMusic = new UndoMap<>(log);
    final Sequence giftMusicIds = new Sequence(log);
    final UndoMap<Integer, MessageRow> messages = new UndoMap<>(log);
    final Sequence messageIds = new Sequence(log);
    final UndoMap<ScoreKey, ScoreRecord> scores = new UndoMap<>(log);
    final UndoMap<Integer, RankingEntry> userRanking = new UndoMap<>(log);
    final UndoMap<Integer, Integer> dumpRanking = new UndoMap<>(log);
    final Sequence dumpRanks = new Sequence(log);

    private final MemberRepository memberRepository = new MemoryMembers(this);
    private final LoginSessionRepository loginRepository = new MemoryLogins(this);
    private final CharacterRepository characterRepository = new MemoryCharacters(this);
    private final WalletRepository walletRepository = new MemoryWallets(this);
    private final InventoryRepository inventoryRepository = new MemoryInventories(this);
    private final AttributiveItemRepository attributiveRepository = new MemoryAttributes(this);
    private final PenaltyRepository penaltyRepository = new MemoryPenalties(this);
    private final MusicOwnershipRepository musicRepository = new MemoryMusicOwnership(this);
    private final GiftRepository giftRepository = new MemoryGifts(this);
    private final ScoreRepository scoreRepository = new MemoryScores(this);
    private final RankingRepository rankingRepository = new MemoryRankings(this);

    /** An empty store on the system UTC clock. */
    public MemoryStorage() {
        this(Clock.systemUTC());
    }

    /**
     * @param clock source of "now" for dates the storage sets
     */
    public MemoryStorage(Clock clock) {
        this.clock = clock;
    }

    <T> T atomic(Supplier<T> work) {
        return log.atomically(work);
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    Instant dbNow() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    void requireCharacter(int userId) {
        if (!characters.containsKey(userId)) {
            throw new StorageException("FOREIGN KEY constraint failed: no character " + userId);
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

    @Override
    public <T> T inTransaction(Function<Storage, T> work) {
        return atomic(() -> work.apply(this));
    }

    @Override
    public void migrate() {
        // nothing to create
    }

    @Override
    public void close() {
        // nothing to release
    }
}
