package io.mozart.api.event;

import java.util.Objects;

/**
 * A chat line is about to be delivered. Cancelling it drops the line: nobody receives it, and the
 * sender gets what the protocol gives a dropped line (nothing for lobby and room chat and
 * announcements; a whisper is answered as "recipient not online").
 */
public final class ChatMessage implements Cancellable {

    /** Where the line goes. */
    public enum Scope {
        /** Main-room chat (0x07DC), every session of the server. */
        LOBBY,
        /** Waiting-room chat (0x0BC3), the room's members. */
        ROOM,
        /** Announcement (0x07DF), every session of the server; administrators only. */
        ANNOUNCEMENT,
        /** Whisper (0x07E1) to one nickname. */
        WHISPER
    }

    private final Scope scope;
    private final int senderUserId;
    private final String senderNickname;
    private final String recipientNickname;
    private final String text;
    private String cancelReason;

    /**
     * Creates the event.
     *
     * @param scope             where the line goes
     * @param senderUserId      the sender's user index id
     * @param senderNickname    the sender's nickname
     * @param recipientNickname the whisper target, {@code null} for other scopes
     * @param text              the text (decoded as UTF-8, terminator removed)
     */
    public ChatMessage(Scope scope, int senderUserId, String senderNickname, String recipientNickname, String text) {
        this.scope = Objects.requireNonNull(scope, "scope");
        this.senderUserId = senderUserId;
        this.senderNickname = senderNickname;
        this.recipientNickname = recipientNickname;
        this.text = text;
    }

    /** @return where the line goes */
    public Scope scope() {
        return scope;
    }

    /** @return the sender's user index id */
    public int senderUserId() {
        return senderUserId;
    }

    /** @return the sender's nickname */
    public String senderNickname() {
        return senderNickname;
    }

    /** @return the whisper target, or {@code null} */
    public String recipientNickname() {
        return recipientNickname;
    }

    /** @return the text */
    public String text() {
        return text;
    }

    @Override
    public void cancel(String reason) {
        if (cancelReason == null) {
            cancelReason = reason == null ? "cancelled" : reason;
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelReason != null;
    }

    @Override
    public String cancelReason() {
        return cancelReason;
    }

    @Override
    public String toString() {
        return "ChatMessage[" + scope + " from " + senderNickname
                + (recipientNickname == null ? "" : " to " + recipientNickname) + ": " + text + "]";
    }
}
