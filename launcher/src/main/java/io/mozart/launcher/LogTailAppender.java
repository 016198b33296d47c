package io.mozart.launcher;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.encoder.Encoder;
import io.mozart.launcher.window.LogTail;
import java.util.Objects;

/** A Logback appender that writes each encoded event into the desktop window's {@link LogTail}. */
final class LogTailAppender extends AppenderBase<ILoggingEvent> {

    private final LogTail tail;
    private Encoder<ILoggingEvent> encoder;

    LogTailAppender(LogTail tail) {
        this.tail = Objects.requireNonNull(tail, "tail");
    }

    void setEncoder(Encoder<ILoggingEvent> encoder) {
        this.encoder = encoder;
    }

    @Override
    public void start() {
        if (encoder == null) {
            addError("no encoder for the log tail appender " + name);
            return;
        }
        super.start();
    }

    @Override
    protected void append(ILoggingEvent event) {
        byte[] bytes = encoder.encode(event);
        tail.write(bytes, 0, bytes.length);
    }
}
