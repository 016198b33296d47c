package io.mozart.api.storage;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The storage facade: every repository, a unit of work and the one-call user graph.
 *
 * <p>Outside a unit of work every repository method is atomic on its own. Inside
 * {@link #inTransaction(Function)}, every repository reached through the argument joins one
 * transaction; when the work throws, nothing it wrote remains. Units of work of one storage are
 * serialisable with respect to each other.
 */
public interface Storage extends AutoCloseable {

    /** @return accounts */
    MemberRepository members();

    /** @return login sessions */
    LoginSessionRepository loginSessions();

    /** @return characters */
    CharacterRepository characters();

    /** @return wallets */
    WalletRepository wallets();

    /** @return equipment and bags */
    InventoryRepository inventories();

    /** @return stack counts */
    AttributiveItemRepository attributiveItems();

    /** @return penalties */
    PenaltyRepository penalties();

    /** @return acquired music */
    MusicOwnershipRepository music();

    /** @return gifts and gift messages */
    GiftRepository gifts();

    /** @return personal bests */
    ScoreRepository scores();

    /** @return rankings */
    RankingRepository rankings();

    /**
     * Runs work in one transaction. Nested calls on the argument join the outer transaction.
     *
     * @param work the work, given a storage bound to the transaction (do not keep it)
     * @param <T>  result type
     * @return what the work returned, after commit
     * @throws StorageException on storage failure (rolled back); an exception thrown by the
     *                          work is rethrown unchanged after rollback
     */
    <T> T inTransaction(Function<Storage, T> work);

    /**
     * {@link #inTransaction(Function)} without a result.
     *
     * @param work the work
     */
    default void useTransaction(Consumer<Storage> work) {
        inTransaction(s -> {
            work.accept(s);
            return null;
        });
    }

    /**
     * Loads the whole user graph of spec 01 §5.2 consistently (one transaction).
     *
     * @param userId a user id
     * @return the graph, empty if there is no such character
     */
    default Optional<UserGraph> loadUser(int userId) {
        return inTransaction(s -> s.characters()
                .find(userId)
                .map(profile -> new UserGraph(
                        profile,
                        s.members()
                                .findByUsername(profile.username())
                                .map(Member::passes)
                                .orElse(Passes.NONE),
                        s.wallets().find(userId).orElse(Wallet.EMPTY),
                        s.inventories().find(userId).orElse(Loadout.starter(profile.gender())),
                        s.attributiveItems().list(userId),
                        s.penalties().find(userId).orElse(Penalty.NONE),
                        s.rankings().find(userId),
                        s.music().list(userId),
                        s.gifts().itemGifts(userId),
                        s.gifts().musicGifts(userId),
                        s.gifts().unreadMessages(userId),
                        s.scores().list(userId))));
    }

    /**
     * Prepares the storage for use (creates or upgrades the schema where there is one).
     */
    void migrate();

    /** Releases connections and other resources. */
    @Override
    void close();
}
