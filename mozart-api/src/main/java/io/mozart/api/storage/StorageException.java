package io.mozart.api.storage;

/**
 * Unchecked failure of a storage operation (I/O, constraint violation, lost connection, …).
 * A unit of work that ends with this exception has been rolled back.
 */
public class StorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed
     */
    public StorageException(String message) {
        super(message);
    }

    /**
     * @param message what failed
     * @param cause   the underlying failure
     */
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
