package io.mozart.server.messaging;

import io.mozart.api.event.ChatMessage;
import io.mozart.encore.route.Routes;
import io.mozart.encore.session.Session;
import io.mozart.server.game.Broadcast;
import io.mozart.server.game.GameContext;
import io.mozart.server.game.GameRoutes;
import io.mozart.server.game.Guards;
import io.mozart.server.game.Identity;
import io.mozart.server.game.Player;
import io.mozart.server.game.Room;
import io.mozart.server.game.Slot;
import io.mozart.server.game.World;
import io.mozart.server.protocol.Reply;
import io.mozart.server.protocol.ServerMessage;
import io.mozart.server.protocol.messaging.AnnounceRequest;
import io.mozart.server.protocol.messaging.AnnouncementResponse;
import io.mozart.server.protocol.messaging.MainRoomAdminMessageResponse;
import io.mozart.server.protocol.messaging.MainRoomUserMessageResponse;
import io.mozart.server.protocol.messaging.ReceiveWhisperNotice;
import io.mozart.server.protocol.messaging.SendMainRoomMessageRequest;
import io.mozart.server.protocol.messaging.SendWaitingMessageRequest;
import io.mozart.server.protocol.messaging.SendWhisperRequest;
import io.mozart.server.protocol.messaging.SendWhisperResponse;
import io.mozart.server.protocol.messaging.WaitingAdminMessageResponse;
import io.mozart.server.protocol.messaging.WaitingUserMessageResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chat (spec 02 §5.10): lobby chat and announcements to every player of the server, whispers by
 * nickname, and room chat. Only authorization is required, as in the reference. Every line passes
 * through the {@link ChatMessage} event, which an embedder may cancel.
 */
public final class MessagingHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(MessagingHandlers.class);

    private final GameContext ctx;
    private final World world;
    private final Guards guards;
    private final ChatLimits limits;

    /**
     * @param ctx    the game context
     * @param guards the guards
     */
    public MessagingHandlers(GameContext ctx, Guards guards) {
        this.ctx = ctx;
        this.world = ctx.world();
        this.guards = guards;
        this.limits = new ChatLimits(ctx.options().security(), System::nanoTime);
    }

    /**
     * Adds this area's routes.
     *
     * @param builder the routes builder
     */
    public void register(Routes.Builder builder) {
        GameRoutes routes = GameRoutes.of(builder);
        routes.on(SendMainRoomMessageRequest.class, this::mainRoomMessage, guards.authorized());
        routes.on(AnnounceRequest.class, this::announce, guards.authorized());
        routes.on(SendWhisperRequest.class, this::whisper, guards.authorized());
        routes.on(SendWaitingMessageRequest.class, this::waitingMessage, guards.authorized());
    }

    /**
     * @param raw chat bytes as the client sent them (normally text and its own NUL)
     * @return the text for events and logs
     */
    static String text(byte[] raw) {
        int end = raw.length;
        while (end > 0 && raw[end - 1] == 0) {
            end--;
        }
        return new String(raw, 0, end, StandardCharsets.UTF_8);
    }

    private boolean allowed(ChatMessage.Scope scope, Identity id, String recipient, String text) {
        ChatMessage event = ctx.events().publish(new ChatMessage(scope, id.userId(), id.nickname(), recipient, text));
        if (event.isCancelled()) {
            LOG.info("{} chat from {} dropped by a listener: {}", scope, id.nickname(), event.cancelReason());
            return false;
        }
        return true;
    }

    /**
     * The chat limits: content no longer than {@link ChatLimits#MAX_CONTENT_BYTES}, the session within its chat
     * rate. A refused message is dropped with one log line.
     */
    private boolean withinLimits(Session session, String what, int contentBytes, int recipientBytes) {
        Player player = Player.of(session);
        if (contentBytes > ChatLimits.MAX_CONTENT_BYTES || recipientBytes > ChatLimits.MAX_RECIPIENT_BYTES) {
            final long drops = limits.dropToLog(session);
            if (drops > 0) {
                LOG.info(
                        "{}: {} dropped, {} bytes is over the limit of {} ({} message(s) dropped since the last line)",
                        player,
                        what,
                        Math.max(contentBytes, recipientBytes),
                        contentBytes > ChatLimits.MAX_CONTENT_BYTES
                                ? ChatLimits.MAX_CONTENT_BYTES
                                : ChatLimits.MAX_RECIPIENT_BYTES,
                        drops);
            }
            return false;
        }
        if (!limits.allow(session)) {
            final long drops = limits.dropToLog(session);
            if (drops > 0) {
                LOG.info(
                        "{}: {} dropped, over the chat rate (Game:ChatPerMinute) ({} message(s) dropped since the"
                                + " last line)",
                        player,
                        what,
                        drops);
            }
            return false;
        }
        return true;
    }

    private static int utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private Reply mainRoomMessage(Session session, SendMainRoomMessageRequest request) {
        if (!withinLimits(session, "lobby chat", request.content().length, 0)) {
            return null;
        }
        Identity id = Player.of(session).identity();
        if (!allowed(ChatMessage.Scope.LOBBY, id, null, text(request.content()))) {
            return null;
        }
        ServerMessage packet = id.administrator()
                ? new MainRoomAdminMessageResponse(id.nickname(), request.content())
                : new MainRoomUserMessageResponse(id.nickname(), request.content());
        Broadcast.send(world.playersInChannels(), packet);
        return null;
    }

    private Reply announce(Session session, AnnounceRequest request) {
        Identity id = Player.of(session).identity();
        if (!id.administrator()) {
            // The reference lets anybody announce (spec 02 O8); only administrators may here.
            LOG.info("announcement from non-administrator {} dropped", id.nickname());
            return null;
        }
        if (!withinLimits(session, "announcement", utf8(request.content()), 0)) {
            return null;
        }
        if (!allowed(ChatMessage.Scope.ANNOUNCEMENT, id, null, request.content())) {
            return null;
        }
        Broadcast.send(world.playersInChannels(), new AnnouncementResponse(request.content()));
        return null;
    }

    private Reply whisper(Session session, SendWhisperRequest request) {
        if (!withinLimits(session, "whisper", utf8(request.content()), utf8(request.recipient()))) {
            return null;
        }
        Identity id = Player.of(session).identity();
        if (!allowed(ChatMessage.Scope.WHISPER, id, request.recipient(), request.content())) {
            return SendWhisperResponse.notOnline(request.recipient());
        }
        List<Player> targets = world.playersNamed(request.recipient());
        Broadcast.send(targets, new ReceiveWhisperNotice(id.nickname(), request.content()));
        return !targets.isEmpty()
                ? SendWhisperResponse.delivered(request.recipient(), request.content())
                : SendWhisperResponse.notOnline(request.recipient());
    }

    private Reply waitingMessage(Session session, SendWaitingMessageRequest request) {
        if (!withinLimits(session, "room chat", request.content().length, 0)) {
            return null;
        }
        Player player = Player.of(session);
        Identity id = player.identity();
        if (!allowed(ChatMessage.Scope.ROOM, id, null, text(request.content()))) {
            return null;
        }
        world.runInChannelOf(player, h -> {
            Room room = player.room();
            if (room == null) {
                LOG.debug("{}: room chat outside a room dropped", player);
                return;
            }
            Slot slot = room.slotOf(player);
            ServerMessage packet = id.administrator()
                    ? new WaitingAdminMessageResponse(id.nickname(), request.content())
                    : new WaitingUserMessageResponse(
                            id.nickname(), request.content(), slot == null ? 0xFF : slot.index());
            Broadcast.send(room.members(), packet);
        });
        return null;
    }
}
