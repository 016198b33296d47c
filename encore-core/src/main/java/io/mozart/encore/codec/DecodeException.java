package io.mozart.encore.codec;

/**
 * Bad input: the bytes of a frame do not decode as the expected value.
 *
 * <p>Cheap to create (no stack trace) because it is raised by remote input, not by a bug. The message
 * names the field path (for example {@code AuthRequest.token}), the byte offset within the frame
 * buffer at which the problem was found, and the reason.
 */
public final class DecodeException extends RuntimeException {

    private final String path;
    private final int offset;
    private final String reason;

    /**
     * Creates the exception.
     *
     * @param path   dotted field path, may be empty
     * @param offset byte offset (buffer reader index) where decoding failed
     * @param reason what was wrong
     */
    public DecodeException(String path, int offset, String reason) {
        super(null, null, false, false);
        this.path = path == null ? "" : path;
        this.offset = offset;
        this.reason = reason;
    }

    /**
     * A failure with no field path yet; enclosing codecs add their field names.
     *
     * @param offset byte offset where decoding failed
     * @param reason what was wrong
     * @return the exception
     */
    public static DecodeException at(int offset, String reason) {
        return new DecodeException("", offset, reason);
    }

    /**
     * The same failure seen from an enclosing field or record.
     *
     * @param name the enclosing field or record name
     * @return a new exception whose path starts with {@code name}
     */
    public DecodeException within(String name) {
        String newPath = path.isEmpty() ? name : (path.startsWith("[") ? name + path : name + "." + path);
        return new DecodeException(newPath, offset, reason);
    }

    /** @return dotted field path, empty when unknown */
    public String path() {
        return path;
    }

    /** @return byte offset in the frame buffer where decoding failed */
    public int offset() {
        return offset;
    }

    /** @return the reason, without path and offset */
    public String reason() {
        return reason;
    }

    @Override
    public String getMessage() {
        return (path.isEmpty() ? "" : path + " ") + "at offset " + offset + ": " + reason;
    }
}
