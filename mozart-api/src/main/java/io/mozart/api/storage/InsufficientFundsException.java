package io.mozart.api.storage;

/**
 * A {@link WalletRepository#adjust(int, Wallet)} was refused: a balance would become negative
 * or overflow a 32-bit integer. Nothing was written.
 */
public class InsufficientFundsException extends StorageException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message which balance and why
     */
    public InsufficientFundsException(String message) {
        super(message);
    }
}
