package io.mozart.api.storage;

import java.util.Optional;

/**
 * Currencies ({@code t_o2jam_charcash}), one row per character.
 */
public interface WalletRepository {

    /**
     * Inserts the wallet row of a new character (all zero).
     *
     * @param userId the character
     */
    void create(int userId);

    /**
     * @param userId a user id
     * @return the wallet
     */
    Optional<Wallet> find(int userId);

    /**
     * Adds signed amounts atomically (deposit, rewards, refunds, charges).
     *
     * @param userId a user id
     * @param delta  amounts to add, may be negative
     * @return the new wallet, empty when there is no wallet row
     * @throws InsufficientFundsException when a balance would become negative or overflow
     */
    Optional<Wallet> adjust(int userId, Wallet delta);

    /**
     * Replaces all six amounts.
     *
     * @param userId a user id
     * @param wallet new amounts
     * @return whether a wallet was updated
     */
    boolean set(int userId, Wallet wallet);
}
