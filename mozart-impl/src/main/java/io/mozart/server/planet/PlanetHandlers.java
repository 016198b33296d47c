package io.mozart.server.planet;

import io.mozart.api.event.PlayerLoggedIn;
import io.mozart.api.event.PlayerLoggedOut;
import io.mozart.api.storage.LoginSession;
import io.mozart.api.storage.Passes;
import io.mozart.api.storage.UserGraph;
import io.mozart.encore.route.Routes;
import io.mozart.encore.session.Session;
import io.mozart.server.game.Channel;
import io.mozart.server.game.GameContext;
import io.mozart.server.game.GameRoutes;
import io.mozart.server.game.Guards;
import io.mozart.server.game.Identity;
import io.mozart.server.game.Player;
import io.mozart.server.game.World;
import io.mozart.server.protocol.Reply;
import io.mozart.server.protocol.planet.AuthRequest;
import io.mozart.server.protocol.planet.AuthResponse;
import io.mozart.server.protocol.planet.ChannelListResponse;
import io.mozart.server.protocol.planet.ChannelLoginRequest;
import io.mozart.server.protocol.planet.ChannelLoginResponse;
import io.mozart.server.protocol.planet.GetChannelListRequest;
import io.mozart.server.protocol.planet.LegacyPing;
import io.mozart.server.protocol.planet.Ping;
import io.mozart.server.protocol.planet.SessionKeysRequest;
import io.mozart.server.protocol.planet.SessionKeysResponse;
import io.mozart.server.protocol.planet.TerminateRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The planet: authorization, session keys, pings, terminate, the channel list and channel login
 * (spec 01 §4), plus what happens when a connection ends (01 §5).
 */
public final class PlanetHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(PlanetHandlers.class);

    private final GameContext ctx;
    private final World world;
    private final Guards guards;

    /**
     * @param ctx    the game context
     * @param guards the guards
     */
    public PlanetHandlers(GameContext ctx, Guards guards) {
        this.ctx = ctx;
        this.world = ctx.world();
        this.guards = guards;
    }

    /**
     * Adds this area's routes.
     *
     * @param builder the routes builder
     */
    public void register(Routes.Builder builder) {
        GameRoutes routes = GameRoutes.of(builder);
        routes.onBlocking(AuthRequest.class, this::authorize);
        routes.on(SessionKeysRequest.class, (s, r) -> SessionKeysResponse.random(ctx.random()));
        routes.on(TerminateRequest.class, this::terminate);
        routes.on(LegacyPing.class, (s, r) -> LegacyPing.INSTANCE);
        routes.on(Ping.class, (s, r) -> Ping.INSTANCE, guards.authorized());
        routes.on(GetChannelListRequest.class, this::channelList, guards.authorized());
        routes.onBlocking(ChannelLoginRequest.class, this::channelLogin, guards.authorized());
    }

    private Reply authorize(Session session, AuthRequest request) {
        Player player = Player.of(session);
        if (player.authorized()) {
            // Security fix (compatibility.md L13): the reference replaces the identity in place, so a seat in a
            // room changes hands with no leave or join notices. One identity per connection; reconnect to switch.
            // The answer is the spec's AlreadyConnected, which the reference gives a re-Authorize in a channel.
            LOG.info("{}: Authorize refused, the connection is already authorized", player);
            return AuthResponse.failure(AuthResponse.ALREADY_CONNECTED);
        }
        String token = request.token();
        // 1. Duplicate check among players in channels (spec 01 §4.1).
        Player other = world.findInChannelsByToken(token);
        boolean alreadyConnected = other != null && other.session().isOpen();
        if (other != null && !alreadyConnected) {
            world.leaveChannel(other);
        }
        if (alreadyConnected) {
            LOG.info("{}: authorize refused, token already connected", player);
            return AuthResponse.failure(AuthResponse.ALREADY_CONNECTED);
        }
        // 2. Token to login row.
        Optional<LoginSession> login = ctx.auth().authorize(token);
        if (login.isEmpty()) {
            LOG.info("{}: authorize with an unknown token from {}", player, player.remoteIp());
            return AuthResponse.INVALID;
        }
        // 3. Login row to user.
        Optional<UserGraph> user = ctx.storage().loadUser(login.get().userId());
        if (user.isEmpty()) {
            LOG.warn(
                    "{}: login row of user {} has no character",
                    player,
                    login.get().userId());
            return AuthResponse.failure(AuthResponse.DATABASE_ERROR);
        }
        Instant now = ctx.clock().instant();
        Identity identity = new Identity(login.get().token(), request.clientId(), user.get(), now);
        // 4. Authorize the connection (checked above: it had no identity).
        player.identity(identity);
        // 5. Cancel a pending login-row expiry.
        ctx.auth().cancelExpiry(identity.token());
        LOG.info("{}: authorized as user {} from {}", player, identity.userId(), player.remoteIp());
        ctx.events()
                .publish(new PlayerLoggedIn(
                        identity.userId(), identity.profile().username(), identity.nickname(), player.remoteIp()));
        // 6. Success with the pass information.
        return AuthResponse.success(passInfo(user.get().passes(), now));
    }

    private AuthResponse.PassInfo passInfo(Passes passes, Instant now) {
        long type;
        Duration free;
        if (ctx.options().freeMusic()) {
            type = 1;
            free = Duration.ZERO;
        } else {
            type = passes.activeFreePassType(now);
            free = type == 0 ? Duration.ZERO : Duration.between(now, passes.expiry());
        }
        Duration starter = passes.starterPassActive(now) ? Duration.between(now, passes.expiry()) : null;
        return AuthResponse.PassInfo.of(type, free, starter);
    }

    private Reply terminate(Session session, TerminateRequest request) {
        session.close("terminate");
        return null;
    }

    private Reply channelList(Session session, GetChannelListRequest request) {
        int gatewayId = ctx.options().gatewayId();
        int maxId = -1;
        for (Channel c : world.channels()) {
            maxId = Math.max(maxId, c.id());
        }
        List<ChannelListResponse.Entry> entries = new ArrayList<>(maxId + 1);
        for (int id = 0; id <= maxId; id++) {
            Channel c = world.channel(id);
            entries.add(
                    c == null
                            ? ChannelListResponse.Entry.gap(gatewayId, id)
                            : new ChannelListResponse.Entry(gatewayId, id, c.capacity(), c.population(), true));
        }
        return new ChannelListResponse(entries);
    }

    private Reply channelLogin(Session session, ChannelLoginRequest request) {
        Player player = Player.of(session);
        Identity identity = player.identity();
        if (request.serverId() != ctx.options().gatewayId()) {
            LOG.info(
                    "{}: channel login for server {} ignored (this is server {})",
                    player,
                    request.serverId(),
                    ctx.options().gatewayId());
            return null;
        }
        Reply reply = enterChannel(player, identity, request.channelId());
        if (reply instanceof ChannelLoginResponse r && r.result() == ChannelLoginResponse.SUCCESS) {
            // The player is in the channel now; the login row's channel columns are bookkeeping. The reference
            // answers ChannelUnavailable when this write fails although the session stays in the channel
            // (spec 01 §4.9); Mozart keeps the answer true to the state: Success, with a warning.
            try {
                ctx.auth().enterChannel(identity.token(), ctx.options().gatewayId(), request.channelId());
            } catch (RuntimeException e) {
                LOG.warn("{}: channel {} not recorded on the login row: {}", player, request.channelId(), e.toString());
            }
            LOG.info("{}: entered channel {}", player, request.channelId());
        }
        return reply;
    }

    /**
     * The duplicate check (spec 01 §4.9) through the world's token index, then the entry into the channel, holding
     * that channel only. A stale holder of the token (its connection is closed) is taken out of its channel first.
     */
    private Reply enterChannel(Player player, Identity identity, int channelId) {
        Channel channel = world.channel(channelId);
        Player other;
        while ((other = world.claimToken(identity.token(), player)) != null) {
            if (other.session().isOpen()) {
                return AuthResponse.failure(AuthResponse.ALREADY_CONNECTED);
            }
            world.leaveChannel(other);
            world.releaseToken(identity.token(), other);
        }
        if (player.channel() != null) {
            return AuthResponse.failure(AuthResponse.ALREADY_CONNECTED);
        }
        if (channel == null) {
            world.releaseToken(identity.token(), player);
            LOG.info("{}: channel login to unknown channel {} ignored", player, channelId);
            return null;
        }
        Reply reply = channel.call(h -> {
            if (channel.population() >= channel.capacity()) {
                LOG.info(
                        "{}: channel {} is full ({} of {})",
                        player,
                        channel.id(),
                        channel.population(),
                        channel.capacity());
                return ChannelLoginResponse.failure(ChannelLoginResponse.CHANNEL_UNAVAILABLE);
            }
            h.enter(player);
            return ChannelLoginResponse.success();
        });
        if (player.channel() == null) {
            world.releaseToken(identity.token(), player);
        }
        return reply;
    }

    /**
     * What happens when a connection ends for any reason (spec 01 §5.4): the player leaves its room and
     * channel with the usual notices, and the login row's expiry starts.
     *
     * @param session the closed session
     */
    public void disconnected(Session session) {
        left(session, true);
    }

    /**
     * A channel process lets a relayed session go (revoked by the gateway, or the link is lost; spec 06 §7.6): the
     * same leave procedure as {@link #disconnected}, but the login row's expiry is the gateway's business.
     *
     * @param session the closed relayed session
     */
    public void released(Session session) {
        left(session, false);
    }

    private void left(Session session, boolean startExpiry) {
        Player player = session.get(Player.KEY);
        if (player == null || !player.authorized()) {
            return;
        }
        world.leaveChannel(player);
        Identity identity = player.identity();
        Duration expiry = ctx.options().sessionExpiry();
        if (startExpiry && !expiry.isZero()) {
            ctx.auth().scheduleExpiry(identity.token(), expiry);
        }
        String reason = session.closeReason() == null ? "disconnected" : session.closeReason();
        LOG.info("{}: left ({})", player, reason);
        ctx.events().publish(new PlayerLoggedOut(identity.userId(), identity.nickname(), reason));
    }
}
