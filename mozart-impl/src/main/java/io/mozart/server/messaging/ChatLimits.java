package io.mozart.server.messaging;

import io.mozart.api.SecurityOptions;
import io.mozart.encore.session.AttributeKey;
import io.mozart.encore.session.Session;
import java.util.function.LongSupplier;

/**
 * Chat limits (issue 15): the longest content a chat line, whisper or announcement may carry, and a token
 * bucket per session shared by lobby chat, room chat, whispers and announcements ({@code Game:ChatPerMinute},
 * {@code Game:ChatBurst}). Spec 02 §5.10 reads the content to the end of the frame and names no maximum; the
 * client's chat box holds far less than {@value #MAX_CONTENT_BYTES} bytes, so a longer one did not come from a
 * person typing. Excess is dropped by the caller with a log line, never cut inside a multi-byte character.
 */
final class ChatLimits {

    /** Longest chat, whisper or announcement content in bytes, the client's terminator included. */
    static final int MAX_CONTENT_BYTES = 256;
    /** Longest whisper recipient in bytes (a nickname has at most 20 characters). */
    static final int MAX_RECIPIENT_BYTES = 80;

    private static final AttributeKey<Bucket> KEY = AttributeKey.of("mozart.chat-bucket");
    private static final AttributeKey<DropLog> DROP_LOG = AttributeKey.of("mozart.chat-drop-log");
    /** At most one "dropped" log line per session in this time, so a flooder cannot fill the log. */
    private static final long DROP_LOG_INTERVAL_NANOS = 10_000_000_000L;

    private static final long MINUTE_NANOS = 60_000_000_000L;

    private final int perMinute;
    private final int burst;
    private final LongSupplier nanoTime;

    /**
     * @param options  {@link SecurityOptions#chatPerMinute()} (0 = unlimited) and {@link SecurityOptions#chatBurst()}
     * @param nanoTime monotonic clock
     */
    ChatLimits(SecurityOptions options, LongSupplier nanoTime) {
        this.perMinute = options.chatPerMinute();
        this.burst = options.chatBurst();
        this.nanoTime = nanoTime;
    }

    /**
     * Takes one message from the session's allowance.
     *
     * @param session the sender
     * @return whether the message may go out
     */
    boolean allow(Session session) {
        if (perMinute == 0) {
            return true;
        }
        return session.computeIfAbsent(KEY, () -> new Bucket(nanoTime.getAsLong()))
                .take(nanoTime.getAsLong());
    }

    /**
     * Counts a dropped message and says whether to log it: the first drop of a session, then at most one line
     * every ten seconds (that line gives how many drops it stands for).
     *
     * @param session the sender
     * @return the number of drops the log line stands for, or 0 to stay quiet
     */
    long dropToLog(Session session) {
        return session.computeIfAbsent(DROP_LOG, DropLog::new).drop(nanoTime.getAsLong());
    }

    /** One session's log of dropped messages. */
    private static final class DropLog {
        private long lastLogged = Long.MIN_VALUE;
        private long unlogged;

        synchronized long drop(long now) {
            unlogged++;
            if (lastLogged != Long.MIN_VALUE && now - lastLogged < DROP_LOG_INTERVAL_NANOS) {
                return 0;
            }
            lastLogged = now;
            final long count = unlogged;
            unlogged = 0;
            return count;
        }
    }

    /** One session's allowance. */
    private final class Bucket {
        private final long interval = MINUTE_NANOS / perMinute;
        private long tokens = burst;
        private long updated;

        Bucket(long now) {
            this.updated = now;
        }

        synchronized boolean take(long now) {
            final long added = (now - updated) / interval;
            if (added > 0) {
                tokens = Math.min(burst, tokens + added);
                updated = tokens >= burst ? now : updated + added * interval;
            }
            if (tokens == 0) {
                return false;
            }
            tokens--;
            return true;
        }
    }
}
