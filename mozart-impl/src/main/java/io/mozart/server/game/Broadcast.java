package io.mozart.server.game;

import io.mozart.encore.protocol.RawFrame;
import io.mozart.encore.session.Session;
import io.mozart.server.protocol.ServerMessage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Sends one packet to many players: encoded once, each recipient gets its own reference to the bytes. */
public final class Broadcast {

    private Broadcast() {}

    /**
     * @param recipients the players (may be empty)
     * @param packet     a registered record
     */
    public static void send(Collection<Player> recipients, ServerMessage packet) {
        send(recipients, packet, false);
    }

    /**
     * Sends a frame of an opcode Mozart has no record for (extensions); its direction is the sender's word.
     *
     * @param recipients the players (may be empty)
     * @param frame      the frame
     */
    public static void send(Collection<Player> recipients, RawFrame frame) {
        send(recipients, frame, false);
    }

    /**
     * Sends a packet that may be dropped for a recipient whose outbound queue is backed up (live
     * game statistics, where a newer update supersedes an older one).
     *
     * @param recipients the players (may be empty)
     * @param packet     a registered record
     */
    public static void sendDroppable(Collection<Player> recipients, ServerMessage packet) {
        send(recipients, packet, true);
    }

    private static void send(Collection<Player> recipients, Object packet, boolean droppable) {
        if (recipients.isEmpty()) {
            return;
        }
        List<Session> sessions = new ArrayList<>(recipients.size());
        for (Player p : recipients) {
            sessions.add(p.session());
        }
        Session first = sessions.get(0);
        if (droppable) {
            first.server().broadcastDroppable(sessions, packet);
        } else {
            first.server().broadcast(sessions, packet);
        }
    }
}
