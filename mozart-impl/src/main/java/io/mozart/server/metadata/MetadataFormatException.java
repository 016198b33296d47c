package io.mozart.server.metadata;

/**
 * A metadata file (or archive) is corrupt or truncated. The message names the file, the byte offset
 * at which the problem was found and the reason. Parsers throw this and nothing else for bad bytes,
 * and never return a partial result.
 */
public final class MetadataFormatException extends RuntimeException {

    private final String file;
    private final long offset;
    private final String reason;

    /**
     * @param file   file name (or a description such as {@code Avatar.opa:Itemdata.dat})
     * @param offset byte offset in that file
     * @param reason what is wrong
     */
    public MetadataFormatException(String file, long offset, String reason) {
        super(file + " at offset " + offset + ": " + reason);
        this.file = file;
        this.offset = offset;
        this.reason = reason;
    }

    /** @return the file name */
    public String file() {
        return file;
    }

    /** @return the byte offset where parsing failed */
    public long offset() {
        return offset;
    }

    /** @return the reason, without file and offset */
    public String reason() {
        return reason;
    }
}
