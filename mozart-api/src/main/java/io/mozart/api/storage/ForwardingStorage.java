package io.mozart.api.storage;

import java.util.Objects;

/**
 * A base for {@link Storage} decorators: every repository, {@link #migrate()} and {@link #close()} go to the
 * delegate, so a decorator overrides only what it changes. {@link #inTransaction} stays abstract: a decorator
 * decides how it wraps the storage a transaction hands to its work (usually in a new decorator of the same kind,
 * so the work sees the decorated repositories). {@link #loadUser} keeps the interface's default, which reads
 * through this object's repositories; override it to forward to the delegate's own.
 */
public abstract class ForwardingStorage implements Storage {

    private final Storage delegate;

    /** @param delegate the storage every call goes to */
    protected ForwardingStorage(Storage delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** @return the storage every call goes to */
    protected final Storage delegate() {
        return delegate;
    }

    @Override
    public MemberRepository members() {
        return delegate.members();
    }

    @Override
    public LoginSessionRepository loginSessions() {
        return delegate.loginSessions();
    }

    @Override
    public CharacterRepository characters() {
        return delegate.characters();
    }

    @Override
    public WalletRepository wallets() {
        return delegate.wallets();
    }

    @Override
    public InventoryRepository inventories() {
        return delegate.inventories();
    }

    @Override
    public AttributiveItemRepository attributiveItems() {
        return delegate.attributiveItems();
    }

    @Override
    public PenaltyRepository penalties() {
        return delegate.penalties();
    }

    @Override
    public MusicOwnershipRepository music() {
        return delegate.music();
    }

    @Override
    public GiftRepository gifts() {
        return delegate.gifts();
    }

    @Override
    public ScoreRepository scores() {
        return delegate.scores();
    }

    @Override
    public RankingRepository rankings() {
        return delegate.rankings();
    }

    @Override
    public void migrate() {
        delegate.migrate();
    }

    /** Closes the delegate. */
    @Override
    public void close() {
        delegate.close();
    }
}
