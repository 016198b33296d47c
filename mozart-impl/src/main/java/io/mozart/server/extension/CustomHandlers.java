package io.mozart.server.extension;

import io.mozart.api.extension.CustomHandler;
import io.mozart.api.extension.CustomPacket;
import io.mozart.api.extension.PacketContext;
import io.mozart.api.extension.RawPacket;
import io.mozart.api.extension.Requirement;
import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.encore.protocol.PacketType;
import io.mozart.encore.protocol.RawFrame;
import io.mozart.encore.route.Guard;
import io.mozart.encore.route.Routes;
import io.mozart.encore.session.Session;
import io.mozart.server.game.Broadcast;
import io.mozart.server.game.Channel;
import io.mozart.server.game.Guards;
import io.mozart.server.game.Player;
import io.mozart.server.game.Room;
import io.mozart.server.game.World;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires an embedder's {@link CustomHandler}s. A raw handler's opcode is bound as a raw frame and
 * dispatched to it after its requirement is checked by the built-in guard. A typed handler's request is
 * bound to its record class with its codec (the template codec itself when the packet came from
 * {@link CustomPackets#of}), so the built-in decoder decodes it and drops a body that fails with one log
 * line; its route carries the built-in guard; its reply record is encoded with the reply packet's codec.
 * Either kind replaces Mozart's own binding and routes for the opcode when it had one.
 */
public final class CustomHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(CustomHandlers.class);

    private final Map<Integer, CustomHandler> byOpcode = new LinkedHashMap<>();
    private final World world;
    private final Guards guards;

    /**
     * @param handlers the embedder's handlers in registration order (a later one for an opcode wins)
     * @param world    the world (for room lookups)
     * @param guards   the built-in guards the requirements map to
     */
    public CustomHandlers(List<CustomHandler> handlers, World world, Guards guards) {
        for (CustomHandler h : handlers) {
            byOpcode.put(h.opcode(), h);
        }
        this.world = world;
        this.guards = guards;
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
        boolean anyRaw = false;
        for (CustomHandler h : byOpcode.values()) {
            int opcode = h.opcode();
            PacketType<?> replaced = builtIn.byOpcode(opcode);
            if (replaced != null) {
                routes.remove(replaced.type());
                LOG.info("custom handler replaces the built-in handling of {}", replaced);
            }
            registry.unregister(opcode);
            if (h.typed() == null) {
                registry.registerRaw(opcode);
                anyRaw = true;
            } else {
                wireTyped(registry, routes, h.requirement(), h.typed());
            }
        }
        if (anyRaw) {
            routes.on(RawFrame.class, this::dispatch);
        }
    }

    private <Q, A> void wireTyped(
            PacketRegistry.Builder registry,
            Routes.Builder routes,
            Requirement requirement,
            CustomHandler.Typed<Q, A> typed) {
        CustomPacket<Q> request = typed.request();
        registry.register(request.opcode(), request.type(), CustomPackets.templateOf(request.codec()));
        Guard guard = guard(requirement);
        Guard[] routeGuards = guard == null ? new Guard[0] : new Guard[] {guard};
        routes.on(
                request.type(),
                (session, packet) -> {
                    A reply = typed.handler().handle(new Context(Player.of(session)), packet);
                    if (reply == null) {
                        return null;
                    }
                    if (typed.reply() == null) {
                        throw new IllegalStateException("handler of " + PacketType.hex(request.opcode())
                                + " returned a reply but declared no reply packet");
                    }
                    return new RawFrame(
                            typed.reply().opcode(), typed.reply().codec().encode(reply));
                },
                routeGuards);
    }

    private Object dispatch(Session session, RawFrame frame) throws Exception {
        CustomHandler h = byOpcode.get(frame.opcode());
        if (h == null || h.handler() == null) {
            return null;
        }
        Player player = Player.of(session);
        Guard guard = guard(h.requirement());
        if (guard != null && !guard.test(session)) {
            LOG.info("{}: {} refused, guard {} not met", player, PacketType.hex(frame.opcode()), guard.name());
            return guard.rejectionReply() == null
                    ? null
                    : guard.rejectionReply().apply(session);
        }
        h.handler().handle(new Context(player), new RawPacket(frame.opcode(), frame.body()));
        return null;
    }

    /** The built-in guard of a requirement, {@code null} for none. */
    private Guard guard(Requirement requirement) {
        return switch (requirement) {
            case NONE -> null;
            case AUTHORIZED -> guards.authorized();
            case IN_CHANNEL -> guards.inChannel();
            case IN_ROOM -> guards.inRoom();
            case ROOM_MASTER -> guards.roomMaster();
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
            Channel c = player.channel();
            return c == null ? -1 : c.id();
        }

        @Override
        public int roomNumber() {
            Room r = player.room();
            return r == null ? -1 : r.number();
        }

        @Override
        public void send(int opcode, byte[] body) {
            player.send(new RawFrame(opcode, body));
        }

        @Override
        public int broadcastToServer(int opcode, byte[] body) {
            RawFrame frame = new RawFrame(opcode, body);
            return send(world.playersInChannels(), frame);
        }

        @Override
        public int broadcastToChannel(int opcode, byte[] body) {
            RawFrame frame = new RawFrame(opcode, body);
            List<Player> recipients = world.inChannelOf(player, h -> h.channel().playerList());
            return recipients == null ? 0 : send(recipients, frame);
        }

        @Override
        public int broadcastToRoom(int opcode, byte[] body) {
            RawFrame frame = new RawFrame(opcode, body);
            List<Player> recipients = world.inChannelOf(player, h -> {
                Room r = player.room();
                return r == null ? List.<Player>of() : r.members();
            });
            return recipients == null ? 0 : send(recipients, frame);
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
