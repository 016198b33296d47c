package io.mozart.server.it;

import io.mozart.api.storage.ForwardingStorage;
import io.mozart.api.storage.GiftItem;
import io.mozart.api.storage.GiftMessage;
import io.mozart.api.storage.GiftMusic;
import io.mozart.api.storage.GiftRepository;
import io.mozart.api.storage.ScoreRecord;
import io.mozart.api.storage.ScoreRepository;
import io.mozart.api.storage.Storage;
import io.mozart.api.storage.StorageException;
import io.mozart.api.storage.UserGraph;
import io.mozart.api.storage.Wallet;
import io.mozart.api.storage.WalletRepository;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * A storage decorator for failure injection: everything goes to the real storage underneath, except that while
 * {@link #armed} is set, saving a best-score record inside a transaction throws, and while {@link #walletArmed}
 * is set, adjusting a wallet inside a transaction throws, and while {@link #giftArmed} is set, taking a gift out
 * of the gift box inside a transaction throws. Result processing writes the character and wallet rows before the
 * score rows, a sale clears the bag slot before it credits the wallet, and a gift claim fills the bag (or the
 * acquired-music list) before it removes the gift, so a throw there shows whether earlier writes roll back.
 */
final class FailingStorage extends ForwardingStorage {

    private final AtomicBoolean armed;
    private final AtomicBoolean walletArmed;
    private final AtomicBoolean giftArmed;
    private final boolean inTransaction;

    FailingStorage(Storage delegate, AtomicBoolean armed) {
        this(delegate, armed, new AtomicBoolean(), new AtomicBoolean(), false);
    }

    FailingStorage(Storage delegate, AtomicBoolean armed, AtomicBoolean walletArmed) {
        this(delegate, armed, walletArmed, new AtomicBoolean(), false);
    }

    private FailingStorage(
            Storage delegate,
            AtomicBoolean armed,
            AtomicBoolean walletArmed,
            AtomicBoolean giftArmed,
            boolean inTransaction) {
        super(delegate);
        this.armed = armed;
        this.walletArmed = walletArmed;
        this.giftArmed = giftArmed;
        this.inTransaction = inTransaction;
    }

    /**
     * @param delegate  the real storage
     * @param giftArmed while set, taking a gift inside a transaction throws
     * @return the decorator
     */
    static FailingStorage failingGifts(Storage delegate, AtomicBoolean giftArmed) {
        return new FailingStorage(delegate, new AtomicBoolean(), new AtomicBoolean(), giftArmed, false);
    }

    @Override
    public WalletRepository wallets() {
        WalletRepository real = delegate().wallets();
        if (!inTransaction) {
            return real;
        }
        return new WalletRepository() {
            @Override
            public void create(int userId) {
                real.create(userId);
            }

            @Override
            public Optional<Wallet> find(int userId) {
                return real.find(userId);
            }

            @Override
            public Optional<Wallet> adjust(int userId, Wallet delta) {
                if (walletArmed.get()) {
                    throw new StorageException("injected failure adjusting the wallet of user " + userId);
                }
                return real.adjust(userId, delta);
            }

            @Override
            public boolean set(int userId, Wallet wallet) {
                return real.set(userId, wallet);
            }
        };
    }

    @Override
    public GiftRepository gifts() {
        GiftRepository real = delegate().gifts();
        if (!inTransaction) {
            return real;
        }
        return new GiftRepository() {
            @Override
            public GiftItem giveItem(int userId, int itemId, int senderId, String senderNickname) {
                return real.giveItem(userId, itemId, senderId, senderNickname);
            }

            @Override
            public GiftMusic giveMusic(int userId, int musicId, int senderId, String senderNickname) {
                return real.giveMusic(userId, musicId, senderId, senderNickname);
            }

            @Override
            public List<GiftItem> itemGifts(int userId) {
                return real.itemGifts(userId);
            }

            @Override
            public List<GiftMusic> musicGifts(int userId) {
                return real.musicGifts(userId);
            }

            @Override
            public Optional<GiftItem> takeItemGift(int userId, int giftId) {
                if (giftArmed.get()) {
                    throw new StorageException("injected failure taking item gift " + giftId);
                }
                return real.takeItemGift(userId, giftId);
            }

            @Override
            public Optional<GiftMusic> takeMusicGift(int userId, int giftId) {
                if (giftArmed.get()) {
                    throw new StorageException("injected failure taking music gift " + giftId);
                }
                return real.takeMusicGift(userId, giftId);
            }

            @Override
            public GiftMessage sendMessage(GiftMessage message) {
                return real.sendMessage(message);
            }

            @Override
            public List<GiftMessage> unreadMessages(int userId) {
                return real.unreadMessages(userId);
            }

            @Override
            public boolean markRead(int userId, int messageId) {
                return real.markRead(userId, messageId);
            }
        };
    }

    @Override
    public ScoreRepository scores() {
        ScoreRepository real = delegate().scores();
        if (!inTransaction) {
            return real;
        }
        return new ScoreRepository() {
            @Override
            public List<ScoreRecord> list(int userId) {
                return real.list(userId);
            }

            @Override
            public Optional<ScoreRecord> find(int userId, int musicId, int difficulty) {
                return real.find(userId, musicId, difficulty);
            }

            @Override
            public void save(int userId, ScoreRecord record) {
                if (armed.get()) {
                    throw new StorageException("injected failure saving a score of user " + userId);
                }
                real.save(userId, record);
            }
        };
    }

    @Override
    public <T> T inTransaction(Function<Storage, T> work) {
        return delegate().inTransaction(tx -> work.apply(new FailingStorage(tx, armed, walletArmed, giftArmed, true)));
    }

    @Override
    public Optional<UserGraph> loadUser(int userId) {
        return delegate().loadUser(userId);
    }
}
