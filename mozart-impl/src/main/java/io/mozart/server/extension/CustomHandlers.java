package io.mozart.server.extension;

import io.mozart.api.extension.CustomHandler;
import io.mozart.api.extension.PacketContext;
import io.mozart.api.extension.RawPacket;
import io.mozart.api.extension.Requirement;
import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.encore.protocol.PacketType;
import io.mozart.encore.protocol.RawFrame;
import io.mozart.encore.route.Routes;
import io.mozart.encore.session.Session;
import io.mozart.server.game.Broadcast;
import io.mozart.server.game.Guards;
import io.mozart.server.game.Phase;
import io.mozart.server.game.Player;
import io.mozart.server.game.Room;
import io.mozart.server.game.World;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Wires an embedder's {@link CustomHandler}s: each opcode is bound as a raw frame (replacing Mozart's
 * own record binding and routes when it had one) and dispatched to its handler after its requirement
 * is checked, with the same answer to a failed requirement as the built-in guards give.
 */
public final class CustomHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(CustomHandlers.class);

    private final Map<Integer, CustomHandler> byOpcode = new LinkedHashMap<>();
    private final World world;

    /**
     * @param handlers the embedder's handlers in registration order (a later one for an opcode wins)
     * @param world    the world (for room lookups)
     */
    public CustomHandlers(List<CustomHandler> handlers, World world) {
        for (CustomHandler h : handlers) {
            byOpcode.put(h.opcode(), h);
        }
        this.world = world;
    }

    /** @return whether there is anything to wire */
    public boolean isEmpty() {
        return byOpcode.isEmpty();
    }

    /**
     * Replaces the bindings of the custom opcodes by raw ones and drops Mozart's routes for them.
     *
     * @param registry the registry builder (already holding Mozart's bindings)
     * @param builtIn  Mozart's registry, to find the classes being replaced
     * @param routes   the routes builder
     */
    public void wire(PacketRegistry.Builder registry, PacketRegistry builtIn, Routes.Builder routes) {
        for (int opcode : byOpcode.keySet()) {
            PacketType<?> replaced = builtIn.byOpcode(opcode);
            if (replaced != null) {
                routes.remove(replaced.type());
                LOG.info("custom handler replaces the built-in handling of {}", replaced);
            }
            registry.unregister(opcode).registerRaw(opcode);
        }
        if (!byOpcode.isEmpty()) {
            routes.on(RawFrame.class, this::dispatch);
        }
    }

    private Object dispatch(Session session, RawFrame frame) throws Exception {
        CustomHandler h = byOpcode.get(frame.opcode());
        if (h == null) {
            return null;
        }
        Player player = Player.of(session);
        if (!meets(player, h.requirement())) {
            LOG.info("{}: {} refused, requirement {} not met", player, PacketType.hex(frame.opcode()),
                    h.requirement());
            return Guards.reject(session);
        }
        h.handler().handle(new Context(player), new RawPacket(frame.opcode(), frame.body()));
        return null;
    }

    private boolean meets(Player player, Requirement requirement) {
        Phase phase = player.phase();
        return switch (requirement) {
            case NONE -> true;
            case AUTHORIZED -> phase.atLeast(Phase.AUTHORIZED);
            case IN_CHANNEL -> phase.atLeast(Phase.IN_CHANNEL);
            case IN_ROOM -> phase.atLeast(Phase.IN_ROOM);
            case ROOM_MASTER -> phase.atLeast(Phase.IN_ROOM) && world.locked(() -> {
                Room r = player.room();
                return r != null && r.isMaster(player);
            });
        };
    }

    private final class Context implements PacketContext {
        private final Player player;

        Context(Player player) {
            this.player = player;
        }

        @Override
        public long connectionId() {
            return player.sessionId();
        }

        @Override
        public String remoteAddress() {
            return player.remoteIp();
        }

        @Override
        public boolean authorized() {
            return player.authorized();
        }

        @Override
        public int userId() {
            return player.userId();
        }

        @Override
        public String nickname() {
            return player.authorized() ? player.nickname() : null;
        }

        @Override
        public boolean administrator() {
            return player.authorized() && player.identity().administrator();
        }

        @Override
        public int channelId() {
            return world.locked(() -> player.channel() == null ? -1 : player.channel().id());
        }

        @Override
        public int roomNumber() {
            return world.locked(() -> player.room() == null ? -1 : player.room().number());
        }

        @Override
        public void send(int opcode, byte[] body) {
            player.send(new RawFrame(opcode, body));
        }

        @Override
        public int broadcastToServer(int opcode, byte[] body) {
            RawFrame frame = new RawFrame(opcode, body);
            return world.locked(() -> send(world.playersInChannels(), frame));
        }

        @Override
        public int broadcastToChannel(int opcode, byte[] body) {
            RawFrame frame = new RawFrame(opcode, body);
            return world.locked(() -> player.channel() == null ? 0 : send(player.channel().playerList(), frame));
        }

        @Override
        public int broadcastToRoom(int opcode, byte[] body) {
            RawFrame frame = new RawFrame(opcode, body);
            return world.locked(() -> player.room() == null ? 0 : send(player.room().members(), frame));
        }

        private int send(List<Player> recipients, RawFrame frame) {
            Broadcast.send(recipients, frame);
            return recipients.size();
        }

        @Override
        public void close(String reason) {
            player.session().close(reason);
        }
    }
}
