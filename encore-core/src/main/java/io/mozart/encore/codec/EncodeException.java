package io.mozart.encore.codec;

/**
 * A value that cannot be put on the wire (out of range for its width, a missing required field,
 * a frame that would exceed the maximum length). Raised by our own code, never by remote input.
 */
public final class EncodeException extends RuntimeException {

    private final String path;
    private final String reason;

    /**
     * Creates the exception.
     *
     * @param reason what cannot be encoded and why
     */
    public EncodeException(String reason) {
        this("", reason);
    }

    private EncodeException(String path, String reason) {
        super(null, null, false, true);
        this.path = path;
        this.reason = reason;
    }

    /**
     * The same failure seen from an enclosing field or record.
     *
     * @param name the enclosing field or record name
     * @return a new exception whose path starts with {@code name}
     */
    public EncodeException within(String name) {
        String newPath = path.isEmpty() ? name : (path.startsWith("[") ? name + path : name + "." + path);
        return new EncodeException(newPath, reason);
    }

    /** @return dotted field path, empty when unknown */
    public String path() {
        return path;
    }

    /** @return the reason, without the path */
    public String reason() {
        return reason;
    }

    @Override
    public String getMessage() {
        return (path.isEmpty() ? "" : path + ": ") + reason;
    }
}
