package io.mozart.server.game;

import io.mozart.encore.route.Guard;
import io.mozart.encore.session.Session;
import io.mozart.server.protocol.planet.AuthResponse;

/**
 * The protocol's filters (spec 01 §2.3) as encore guards. Any rejection of a connection that has not
 * authorized is answered with AuthResponse InvalidLogin ({@code E9 03 FF FF FF FF}); an authorized
 * connection in the wrong state gets nothing.
 */
public final class Guards {

    private final Guard authorized;
    private final Guard inChannel;
    private final Guard inRoom;
    private final Guard roomMaster;

    /**
     * Creates the guards.
     */
    public Guards() {
        this.authorized =
                Guard.of("Authorize", s -> phase(s).atLeast(Phase.AUTHORIZED)).orReply(Guards::reject);
        this.inChannel = Guard.of("ChannelAuthorize", s -> phase(s).atLeast(Phase.IN_CHANNEL))
                .orReply(Guards::reject);
        this.inRoom =
                Guard.of("RoomAuthorize", s -> phase(s).atLeast(Phase.IN_ROOM)).orReply(Guards::reject);
        this.roomMaster = Guard.of(
                        "RoomMasterAuthorize", s -> phase(s).atLeast(Phase.IN_ROOM) && isMaster(Player.of(s)))
                .orReply(Guards::reject);
    }

    private static boolean isMaster(Player p) {
        Channel c = p.channel();
        return c != null
                && c.call(h -> {
                    Room r = p.room();
                    return r != null && r.isMaster(p);
                });
    }

    private static Phase phase(Session s) {
        return s.phase() instanceof Phase p ? p : Phase.CONNECTED;
    }

    /**
     * The reply to a rejected request: InvalidLogin before authorization, nothing after.
     *
     * @param session the session
     * @return the reply or {@code null}
     */
    public static Object reject(Session session) {
        return phase(session) == Phase.CONNECTED ? AuthResponse.INVALID : null;
    }

    /** @return "has authorized" */
    public Guard authorized() {
        return authorized;
    }

    /** @return "is in a channel" */
    public Guard inChannel() {
        return inChannel;
    }

    /** @return "is in a room" */
    public Guard inRoom() {
        return inRoom;
    }

    /** @return "is the master of its room" */
    public Guard roomMaster() {
        return roomMaster;
    }
}
