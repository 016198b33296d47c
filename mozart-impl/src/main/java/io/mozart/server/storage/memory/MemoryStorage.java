package io.mozart.server.storage.memory;

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
import io.mozart.api.storage.Names;
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

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * In-memory {@link Storage}: thread-safe (one lock, units of work are serial) with real
 * transactions (an undo log reverts everything a failed unit of work wrote). It enforces the same
 * keys, uniqueness rules and foreign keys as the SQL schema, so it passes the same contract suite.
 */
public final class MemoryStorage implements Storage {

    private record UserItem(int userId, int itemId) implements Comparable<UserItem> {
        @Override
        public int compareTo(final UserItem o) {
            return userId != o.userId ? Integer.compare(userId, o.userId) : Integer.compare(itemId, o.itemId);
        }
    }

    private record ScoreKey(int userId, int musicId, int difficulty) implements Comparable<ScoreKey> {
        @Override
        public int compareTo(final ScoreKey o) {
            return Comparator.comparingInt(ScoreKey::userId).thenComparingInt(ScoreKey::musicId)
                    .thenComparingInt(ScoreKey::difficulty).compare(this, o);
        }
    }

    private record AttrRow(int userId, AttributiveItem item) {
    }

    private record MessageRow(GiftMessage message, boolean read, Instant readAt) {
    }

    private final Clock clock;
    private final UndoLog log = new UndoLog();
    private final UndoMap<String, Member> members = new UndoMap<>(log);
    private final Sequence memberIds = new Sequence(log);
    private final UndoMap<Integer, LoginSession> logins = new UndoMap<>(log);
    private final UndoMap<Integer, UserProfile> characters = new UndoMap<>(log);
    private final Sequence characterIds = new Sequence(log);
    private final UndoMap<Integer, Wallet> wallets = new UndoMap<>(log);
    private final UndoMap<Integer, Loadout> loadouts = new UndoMap<>(log);
    private final UndoMap<Integer, AttrRow> attributes = new UndoMap<>(log);
    private final Sequence attributeIds = new Sequence(log);
    private final UndoMap<Integer, Penalty> penalties = new UndoMap<>(log);
    private final UndoMap<UserItem, Boolean> music = new UndoMap<>(log);
    private final UndoMap<Integer, GiftItem> giftItems = new UndoMap<>(log);
    private final Sequence giftItemIds = new Sequence(log);
    private final UndoMap<Integer, GiftMusic> giftMusic = new UndoMap<>(log);
    private final Sequence giftMusicIds = new Sequence(log);
    private final UndoMap<Integer, MessageRow> messages = new UndoMap<>(log);
    private final Sequence messageIds = new Sequence(log);
    private final UndoMap<ScoreKey, ScoreRecord> scores = new UndoMap<>(log);
    private final UndoMap<Integer, RankingEntry> userRanking = new UndoMap<>(log);
    private final UndoMap<Integer, Integer> dumpRanking = new UndoMap<>(log);
    private final Sequence dumpRanks = new Sequence(log);

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

    /** An empty store on the system UTC clock. */
    public MemoryStorage() {
        this(Clock.systemUTC());
    }

    /**
     * @param clock source of "now" for dates the storage sets
     */
    public MemoryStorage(final Clock clock) {
        this.clock = clock;
    }

    private <T> T atomic(final Supplier<T> work) {
        return log.atomically(work);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private Instant dbNow() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private void requireCharacter(final int userId) {
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
    public <T> T inTransaction(final Function<Storage, T> work) {
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

    private final class Members implements MemberRepository {

        @Override
        public Optional<Member> findByUsername(final String username) {
            return atomic(() -> members.get(username));
        }

        @Override
        public boolean isTaken(final String username) {
            return atomic(() -> !members.values(m -> Names.same(m.username(), username)).isEmpty());
        }

        @Override
        public Member create(final String username, final byte[] password) {
            return atomic(() -> {
                if (isTaken(username)) {
                    throw new UsernameTakenException(username);
                }
                final Member m = new Member(memberIds.next(), username, password, dbNow(), Passes.NONE);
                members.put(username, m);
                return m;
            });
        }

        @Override
        public boolean changePassword(final String username, final byte[] password) {
            return atomic(() -> members.get(username).map(m -> {
                members.put(username, new Member(m.id(), username, password, m.registeredAt(), m.passes()));
                return true;
            }).orElse(false));
        }

        @Override
        public boolean setPasses(final String username, final Passes passes) {
            return atomic(() -> members.get(username).map(m -> {
                members.put(username, new Member(m.id(), username, m.password(), m.registeredAt(), passes));
                return true;
            }).orElse(false));
        }

        @Override
        public Optional<Passes> setFreePass(final String username, final int type, final Instant expiry) {
            return atomic(() -> members.get(username).map(m -> {
                final Passes p = m.passes().withFreePass(type, expiry);
                setPasses(username, p);
                return p;
            }));
        }
    }

    private final class Logins implements LoginSessionRepository {

        @Override
        public Optional<LoginSession> findByToken(final String token) {
            return atomic(() -> logins.values(s -> s.token().equals(token)).stream().findFirst());
        }

        @Override
        public Optional<LoginSession> findByUsername(final String username) {
            return atomic(() -> logins.values(s -> s.username().equals(username)).stream().findFirst());
        }

        @Override
        public Optional<LoginSession> findByUserId(final int userId) {
            return atomic(() -> logins.get(userId));
        }

        @Override
        public void create(final LoginSession session) {
            atomic(() -> {
                if (logins.containsKey(session.userId())) {
                    throw new StorageException("UNIQUE constraint failed: t_o2jam_login.USER_INDEX_ID "
                            + session.userId());
                }
                logins.put(session.userId(), session);
                return null;
            });
        }

        @Override
        public boolean updateChannel(final String token, final int serverId, final int channelId) {
            return atomic(() -> {
                final List<LoginSession> hits = logins.values(s -> s.token().equals(token));
                for (final LoginSession s : hits) {
                    logins.put(s.userId(), new LoginSession(s.userId(), s.gatewayId(), serverId, channelId,
                            s.username(), s.token(), s.address(), s.loginTime()));
                }
                return !hits.isEmpty();
            });
        }

        @Override
        public boolean revoke(final String token) {
            return atomic(() -> removeAll(s -> s.token().equals(token)) > 0);
        }

        @Override
        public int clear() {
            return atomic(() -> removeAll(s -> true));
        }

        @Override
        public int clear(final int serverId, final int channelId) {
            return atomic(() -> removeAll(s -> s.serverId() == serverId && s.channelId() == channelId));
        }

        private int removeAll(final java.util.function.Predicate<LoginSession> filter) {
            final List<LoginSession> hits = logins.values(filter);
            hits.forEach(s -> logins.remove(s.userId()));
            return hits.size();
        }
    }

    private final class Characters implements CharacterRepository {

        @Override
        public UserProfile create(final String username, final Gender gender, final boolean administrator) {
            return atomic(() -> {
                final String name = username.strip();
                if (!characters.values(c -> Names.same(c.username(), name)).isEmpty()) {
                    throw new UsernameTakenException(name);
                }
                if (isNicknameTaken(name)) {
                    throw new UsernameTakenException(name);
                }
                final int id = (int) characterIds.next();
                final UserProfile p = new UserProfile(id, name, name,
                        gender.storedAsMale() ? Gender.MALE : Gender.FEMALE, administrator, Progress.NEW);
                characters.put(id, p);
                return p;
            });
        }

        @Override
        public Optional<UserProfile> find(final int userId) {
            return atomic(() -> characters.get(userId));
        }

        @Override
        public Optional<UserProfile> findByUsername(final String username) {
            final String name = username.strip();
            return atomic(() -> characters.values(c -> c.username().equals(name)).stream().findFirst());
        }

        @Override
        public Optional<UserProfile> findByNickname(final String nickname) {
            return atomic(() -> characters.values(c -> Names.same(c.nickname(), nickname)).stream().findFirst());
        }

        @Override
        public boolean isNicknameTaken(final String nickname) {
            return findByNickname(nickname).isPresent();
        }

        @Override
        public boolean changeNickname(final int userId, final String nickname) {
            final String nick = nickname.strip();
            return atomic(() -> characters.get(userId).map(c -> {
                if (!characters.values(o -> o.id() != userId && Names.same(o.nickname(), nick)).isEmpty()) {
                    throw new NicknameTakenException(nick);
                }
                characters.put(userId, new UserProfile(userId, c.username(), nick, c.gender(),
                        c.administrator(), c.progress()));
                return true;
            }).orElse(false));
        }

        @Override
        public boolean updateProgress(final int userId, final Progress progress) {
            return atomic(() -> characters.get(userId).map(c -> {
                characters.put(userId, new UserProfile(userId, c.username(), c.nickname(), c.gender(),
                        c.administrator(), progress));
                return true;
            }).orElse(false));
        }

        @Override
        public List<UserProfile> topByLevel(final int limit) {
            return atomic(() -> characters.values(c -> true).stream()
                    .sorted(Comparator.comparingInt((UserProfile c) -> c.progress().level()).reversed()
                            .thenComparing(Comparator.comparingInt(
                                    (UserProfile c) -> c.progress().experience()).reversed())
                            .thenComparingInt(UserProfile::id))
                    .limit(Math.max(0, limit))
                    .toList());
        }
    }

    private final class Wallets implements WalletRepository {

        @Override
        public void create(final int userId) {
            atomic(() -> {
                requireCharacter(userId);
                if (wallets.containsKey(userId)) {
                    throw new StorageException("UNIQUE constraint failed: t_o2jam_charcash " + userId);
                }
                wallets.put(userId, Wallet.EMPTY);
                return null;
            });
        }

        @Override
        public Optional<Wallet> find(final int userId) {
            return atomic(() -> wallets.get(userId));
        }

        @Override
        public Optional<Wallet> adjust(final int userId, final Wallet delta) {
            return atomic(() -> wallets.get(userId).map(w -> {
                final Wallet next;
                try {
                    next = w.plus(delta);
                } catch (ArithmeticException e) {
                    throw new InsufficientFundsException("wallet of user " + userId + " would overflow");
                }
                if (next.anyNegative()) {
                    throw new InsufficientFundsException("wallet of user " + userId + " would go negative");
                }
                wallets.put(userId, next);
                return next;
            }));
        }

        @Override
        public boolean set(final int userId, final Wallet wallet) {
            return atomic(() -> wallets.get(userId).map(w -> {
                wallets.put(userId, wallet);
                return true;
            }).orElse(false));
        }
    }

    private final class Inventories implements InventoryRepository {

        @Override
        public void create(final int userId, final Loadout loadout) {
            atomic(() -> {
                requireCharacter(userId);
                if (loadouts.containsKey(userId)) {
                    throw new StorageException("UNIQUE constraint failed: t_o2jam_item " + userId);
                }
                loadouts.put(userId, loadout);
                return null;
            });
        }

        @Override
        public Optional<Loadout> find(final int userId) {
            return atomic(() -> loadouts.get(userId));
        }

        @Override
        public boolean equip(final int userId, final int itemType, final int itemId) {
            return atomic(() -> loadouts.get(userId).map(l -> {
                loadouts.put(userId, l.withEquipped(itemType, itemId));
                return true;
            }).orElse(false));
        }

        @Override
        public boolean writeBagSlot(final int userId, final int slot, final int itemId, final int count) {
            return atomic(() -> loadouts.get(userId).map(l -> {
                final int previous = l.bagSlot(slot);
                loadouts.put(userId, l.withBagSlot(slot, itemId));
                if (itemId == 0 || count <= 0) {
                    attributiveRepository.delete(userId, previous);
                } else {
                    attributiveRepository.setCount(userId, itemId, count);
                }
                return true;
            }).orElse(false));
        }

        @Override
        public Optional<Integer> expandBag(final int userId) {
            return atomic(() -> loadouts.get(userId).flatMap(l -> {
                if (l.bagExtensions() >= Loadout.MAX_EXTENSIONS) {
                    return Optional.empty();
                }
                loadouts.put(userId, l.withBagExtensions(l.bagExtensions() + 1));
                return Optional.of(l.bagExtensions() + 1);
            }));
        }

        @Override
        public boolean set(final int userId, final Loadout loadout) {
            return atomic(() -> loadouts.get(userId).map(l -> {
                loadouts.put(userId, loadout);
                return true;
            }).orElse(false));
        }
    }

    private final class Attributes implements AttributiveItemRepository {

        @Override
        public List<AttributiveItem> list(final int userId) {
            return atomic(() -> attributes.values(r -> r.userId() == userId).stream().map(AttrRow::item).toList());
        }

        @Override
        public Optional<AttributiveItem> find(final int userId, final int itemId) {
            return atomic(() -> attributes.values(r -> r.userId() == userId && r.item().itemId() == itemId)
                    .stream().map(AttrRow::item).findFirst());
        }

        @Override
        public AttributiveItem setCount(final int userId, final int itemId, final int count) {
            return atomic(() -> {
                final Optional<AttributiveItem> existing = find(userId, itemId);
                final AttributiveItem item;
                if (existing.isPresent()) {
                    final AttributiveItem e = existing.get();
                    item = new AttributiveItem(e.id(), itemId, count, e.count(), e.registeredAt());
                } else {
                    requireCharacter(userId);
                    item = new AttributiveItem((int) attributeIds.next(), itemId, count, 0, now());
                }
                attributes.put(item.id(), new AttrRow(userId, item));
                return item;
            });
        }

        @Override
        public int delete(final int userId, final int itemId) {
            return atomic(() -> {
                final List<AttrRow> hits = attributes.values(r -> r.userId() == userId && r.item().itemId() == itemId);
                hits.forEach(r -> attributes.remove(r.item().id()));
                return hits.size();
            });
        }
    }

    private final class Penalties implements PenaltyRepository {

        @Override
        public void create(final int userId) {
            atomic(() -> {
                requireCharacter(userId);
                if (penalties.containsKey(userId)) {
                    throw new StorageException("UNIQUE constraint failed: t_o2jam_penalty " + userId);
                }
                penalties.put(userId, Penalty.NONE);
                return null;
            });
        }

        @Override
        public Optional<Penalty> find(final int userId) {
            return atomic(() -> penalties.get(userId));
        }

        @Override
        public Penalty increment(final int userId) {
            return atomic(() -> {
                final Penalty next = penalties.get(userId).orElse(Penalty.NONE).incremented();
                set(userId, next);
                return next;
            });
        }

        @Override
        public void set(final int userId, final Penalty penalty) {
            atomic(() -> {
                requireCharacter(userId);
                penalties.put(userId, penalty);
                return null;
            });
        }
    }

    private final class Music implements MusicOwnershipRepository {

        @Override
        public List<Integer> list(final int userId) {
            return atomic(() -> {
                final List<Integer> out = new ArrayList<>();
                for (final Map.Entry<UserItem, Boolean> e : music.entries()) {
                    if (e.getKey().userId() == userId) {
                        out.add(e.getKey().itemId());
                    }
                }
                return out;
            });
        }

        @Override
        public boolean owns(final int userId, final int musicId) {
            return atomic(() -> music.containsKey(new UserItem(userId, musicId)));
        }

        @Override
        public boolean add(final int userId, final int musicId) {
            return atomic(() -> {
                requireCharacter(userId);
                final UserItem key = new UserItem(userId, musicId);
                if (music.containsKey(key)) {
                    return false;
                }
                music.put(key, Boolean.TRUE);
                return true;
            });
        }

        @Override
        public boolean remove(final int userId, final int musicId) {
            return atomic(() -> music.remove(new UserItem(userId, musicId)).isPresent());
        }
    }

    private final class Gifts implements GiftRepository {

        @Override
        public GiftItem giveItem(final int userId, final int itemId, final int senderId, final String senderNickname) {
            return atomic(() -> {
                requireCharacter(userId);
                final GiftItem g = new GiftItem((int) giftItemIds.next(), userId, itemId, senderId, senderNickname,
                        now());
                giftItems.put(g.id(), g);
                return g;
            });
        }

        @Override
        public GiftMusic giveMusic(final int userId, final int musicId, final int senderId,
                                   final String senderNickname) {
            return atomic(() -> {
                requireCharacter(userId);
                final GiftMusic g = new GiftMusic((int) giftMusicIds.next(), userId, musicId, senderId,
                        senderNickname, now());
                giftMusic.put(g.id(), g);
                return g;
            });
        }

        @Override
        public List<GiftItem> itemGifts(final int userId) {
            return atomic(() -> giftItems.values(g -> g.userId() == userId));
        }

        @Override
        public List<GiftMusic> musicGifts(final int userId) {
            return atomic(() -> giftMusic.values(g -> g.userId() == userId));
        }

        @Override
        public Optional<GiftItem> takeItemGift(final int userId, final int giftId) {
            return atomic(() -> giftItems.get(giftId).filter(g -> g.userId() == userId)
                    .flatMap(g -> giftItems.remove(giftId)));
        }

        @Override
        public Optional<GiftMusic> takeMusicGift(final int userId, final int giftId) {
            return atomic(() -> giftMusic.get(giftId).filter(g -> g.userId() == userId)
                    .flatMap(g -> giftMusic.remove(giftId)));
        }

        @Override
        public GiftMessage sendMessage(final GiftMessage m) {
            return atomic(() -> {
                requireCharacter(m.receiverId());
                final GiftMessage stored = new GiftMessage((int) messageIds.next(), m.senderUsername(),
                        m.senderId(), m.senderNickname(), m.receiverUsername(), m.receiverId(),
                        m.receiverNickname(), m.title(), m.content(), m.type(), now());
                messages.put(stored.id(), new MessageRow(stored, false, null));
                return stored;
            });
        }

        @Override
        public List<GiftMessage> unreadMessages(final int userId) {
            return atomic(() -> messages.values(r -> !r.read() && r.message().receiverId() == userId)
                    .stream().map(MessageRow::message).toList());
        }

        @Override
        public boolean markRead(final int userId, final int messageId) {
            return atomic(() -> messages.get(messageId)
                    .filter(r -> !r.read() && r.message().receiverId() == userId)
                    .map(r -> {
                        messages.put(messageId, new MessageRow(r.message(), true, now()));
                        return true;
                    }).orElse(false));
        }
    }

    private final class Scores implements ScoreRepository {

        @Override
        public List<ScoreRecord> list(final int userId) {
            return atomic(() -> {
                final List<ScoreRecord> out = new ArrayList<>();
                for (final Map.Entry<ScoreKey, ScoreRecord> e : scores.entries()) {
                    if (e.getKey().userId() == userId) {
                        out.add(e.getValue());
                    }
                }
                return out;
            });
        }

        @Override
        public Optional<ScoreRecord> find(final int userId, final int musicId, final int difficulty) {
            return atomic(() -> scores.get(new ScoreKey(userId, musicId, difficulty)));
        }

        @Override
        public void save(final int userId, final ScoreRecord record) {
            atomic(() -> {
                requireCharacter(userId);
                scores.put(new ScoreKey(userId, record.musicId(), record.difficulty()), record);
                return null;
            });
        }
    }

    private final class Rankings implements RankingRepository {

        @Override
        public void register(final int userId) {
            atomic(() -> {
                requireCharacter(userId);
                if (userRanking.containsKey(userId)
                        || !dumpRanking.values(u -> u == userId).isEmpty()) {
                    throw new StorageException("UNIQUE constraint failed: ranking rows of user " + userId);
                }
                dumpRanking.put((int) dumpRanks.next(), userId);
                userRanking.put(userId, withDate(RankingEntry.placeholder(userId), dbNow()));
                return null;
            });
        }

        @Override
        public Optional<RankingEntry> find(final int userId) {
            return atomic(() -> userRanking.get(userId));
        }

        @Override
        public List<RankingEntry> top(final int limit) {
            return atomic(() -> userRanking.values(r -> true).stream()
                    .sorted(Comparator.comparingInt(RankingEntry::ranking).thenComparingInt(RankingEntry::userId))
                    .limit(Math.max(0, limit)).toList());
        }

        @Override
        public Map<Integer, Integer> currentRanks() {
            return atomic(() -> {
                final Map<Integer, Integer> out = new LinkedHashMap<>();
                userRanking.values(r -> true).forEach(r -> out.put(r.userId(), r.ranking()));
                return out;
            });
        }

        @Override
        public void replaceAll(final List<RankingEntry> entries) {
            atomic(() -> {
                final Set<Integer> listed = new HashSet<>();
                for (final RankingEntry e : entries) {
                    requireCharacter(e.userId());
                    if (!listed.add(e.userId())) {
                        throw new StorageException("user " + e.userId() + " listed twice in ranking");
                    }
                    final Instant written = userRanking.get(e.userId()).map(RankingEntry::writtenAt)
                            .orElseGet(MemoryStorage.this::dbNow);
                    userRanking.put(e.userId(), withDate(e, written));
                }
                userRanking.values(r -> !listed.contains(r.userId())).forEach(r -> userRanking.remove(r.userId()));
                dumpRanking.entries().forEach(e -> dumpRanking.remove(e.getKey()));
                for (int i = 0; i < entries.size(); i++) {
                    dumpRanking.put(i + 1, entries.get(i).userId());
                }
                dumpRanks.atLeast(entries.size());
                return null;
            });
        }

        @Override
        public Map<Integer, Integer> dumpRanking() {
            return atomic(() -> {
                final Map<Integer, Integer> out = new LinkedHashMap<>();
                dumpRanking.entries().forEach(e -> out.put(e.getKey(), e.getValue()));
                return out;
            });
        }

        private RankingEntry withDate(final RankingEntry e, final Instant date) {
            return new RankingEntry(e.userId(), e.username(), e.nickname(), e.male(), e.progress(), e.ranking(),
                    e.changeType(), e.changeRanking(), date);
        }
    }
}
