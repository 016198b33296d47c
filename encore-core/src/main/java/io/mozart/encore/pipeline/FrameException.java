package io.mozart.encore.pipeline;

import io.netty.handler.codec.DecoderException;

/**
 * A transport-level framing error (bad length prefix, frame too long). The connection is closed with one
 * log line. Raised by remote input, so it carries no stack trace.
 */
public final class FrameException extends DecoderException {

    /**
     * Creates the exception.
     *
     * @param reason what was wrong with the frame
     */
    public FrameException(String reason) {
        super(reason);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
