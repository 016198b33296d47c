package io.mozart.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.api.ChannelOptions;
import io.mozart.api.event.GameEvent;
import io.mozart.api.event.PlayerLoggedIn;
import io.mozart.api.event.PlayerLoggedOut;
import io.mozart.api.event.RoomCreated;
import io.mozart.api.event.RoomRemoved;
import io.mozart.api.storage.LoginSession;
import io.mozart.api.storage.LoginSessionRepository;
import io.mozart.api.storage.Storage;
import io.mozart.api.storage.StorageException;
import io.mozart.client.Bot;
import io.mozart.server.protocol.lobby.CreateRoomRequest;
import io.mozart.server.protocol.lobby.GetChannelInfoRequest;
import io.mozart.server.protocol.lobby.GetCharacterInfoRequest;
import io.mozart.server.protocol.lobby.GetMusicListRequest;
import io.mozart.server.protocol.lobby.GetUserListRequest;
import io.mozart.server.protocol.lobby.JoinWaitingRequest;
import io.mozart.server.protocol.lobby.UserListResponse;
import io.mozart.server.protocol.planet.AuthResponse;
import io.mozart.server.protocol.planet.ChannelListResponse;
import io.mozart.server.protocol.planet.ChannelLoginRequest;
import io.mozart.server.protocol.planet.ChannelLoginResponse;
import io.mozart.server.protocol.planet.ChannelLogoutRequest;
import io.mozart.server.protocol.planet.GetChannelListRequest;
import io.mozart.server.protocol.planet.LegacyPing;
import io.mozart.server.protocol.planet.Ping;
import io.mozart.server.protocol.planet.SessionKeysRequest;
import io.mozart.server.protocol.planet.SessionKeysResponse;
import io.mozart.server.protocol.playing.StartGameRequest;
import io.mozart.server.protocol.ranking.GetMusicPlayRankingRequest;
import io.mozart.server.protocol.ranking.GetMusicScoreListRequest;
import io.mozart.server.protocol.waiting.ExitWaitingRequest;
import io.mozart.server.protocol.waiting.ReadyRequest;
import io.mozart.server.protocol.waiting.SetRoomTitleRequest;
import io.mozart.server.protocol.waiting.UserLeaveWaitingNotice;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** Authorization, channel list and login, phases and the session lifecycle (spec 01) over real sockets. */
class PlanetIT {

    @Test
    void fullLoginReachesTheLobby() {
        try (TestServer server = TestServer.start();
                Bot bot = server.bot()) {
            String token = server.register("alice");
            AuthResponse auth = bot.authorize(token);
            assertEquals(AuthResponse.SUCCESS, auth.result());
            assertNotNull(auth.passInfo());
            assertEquals(1, auth.passInfo().freePassType(), "free music is on by default");
            ChannelListResponse list = bot.channelList();
            assertEquals(1, list.channels().size());
            assertEquals(
                    new ChannelListResponse.Entry(0, 0, 100, 0, true),
                    list.channels().get(0));
            assertEquals(ChannelLoginResponse.success(), bot.channelLogin(0, 0));
            assertEquals(1, bot.channelList().channels().get(0).population());
            assertEquals("alice", bot.characterInfo().info().nickname());
        }
    }

    @Test
    void unknownTokenGetsInvalidLoginAndTheConnectionLivesOn() {
        try (TestServer server = TestServer.start();
                Bot bot = server.bot()) {
            assertEquals(AuthResponse.INVALID, bot.authorize("0123456789ABCDEF0123456789ABCDEF"));
            bot.send(LegacyPing.INSTANCE);
            assertInstanceOf(LegacyPing.class, bot.expect(LegacyPing.class));
            bot.send(Ping.INSTANCE);
            assertEquals(AuthResponse.INVALID, bot.expect(AuthResponse.class), "Ping needs authorization");
        }
    }

    @Test
    void secondConnectionWithTheSameTokenIsAlreadyConnected() {
        try (TestServer server = TestServer.start();
                Bot first = server.bot();
                Bot second = server.bot()) {
            String token = server.register("bob");
            first.login(token, 0);
            assertEquals(AuthResponse.failure(AuthResponse.ALREADY_CONNECTED), second.authorize(token));
        }
    }

    @Test
    void fullChannelRefusesTheNextPlayer() {
        try (TestServer server =
                        TestServer.start(b -> b.channels(ChannelOptions.of(0).withCapacity(1)));
                Bot first = server.lobbyBot("c1");
                Bot second = server.bot()) {
            assertTrue(second.authorize(server.register("c2")).result() == AuthResponse.SUCCESS);
            assertEquals(
                    ChannelLoginResponse.failure(ChannelLoginResponse.CHANNEL_UNAVAILABLE), second.channelLogin(0, 0));
        }
    }

    /** Polls a condition until it holds (bounded: fails after ten seconds). */
    private static void eventually(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within 10 s: " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static int population(TestServer server, int channel) {
        return server.server()
                .world()
                .channel(channel)
                .call(h -> server.server().world().channel(channel).population());
    }

    @Test
    void aLoginRowWithoutACharacterGetsDatabaseError() {
        try (TestServer server = TestServer.start();
                Bot bot = server.bot()) {
            String token = "00112233445566778899AABBCCDDEEFF";
            server.storage()
                    .loginSessions()
                    .create(new LoginSession(4242, "127.0.0.1", 0, 0, "ghost", token, "0.0.0.0", Instant.now()));
            assertEquals(AuthResponse.failure(AuthResponse.DATABASE_ERROR), bot.authorize(token));
            bot.send(GetChannelListRequest.INSTANCE);
            assertEquals(List.of(AuthResponse.INVALID), bot.sync(), "still not authorized");
        }
    }

    @Test
    void channelListHasAnEntryPerIdUpToTheHighestWithGapsInactive() {
        try (TestServer server = TestServer.start(b -> b.gatewayId(3)
                        .channels(
                                ChannelOptions.of(0).withCapacity(10),
                                ChannelOptions.of(2).withCapacity(5)));
                Bot bot = server.bot()) {
            bot.authorize(server.register("lister"));
            assertEquals(
                    List.of(
                            new ChannelListResponse.Entry(3, 0, 10, 0, true),
                            ChannelListResponse.Entry.gap(3, 1),
                            new ChannelListResponse.Entry(3, 2, 5, 0, true)),
                    bot.channelList().channels());
            // Wrong server id, a gap and an unknown id: no reply at all (spec 01 §4.9).
            bot.send(new ChannelLoginRequest((short) 0, (short) 2));
            bot.send(new ChannelLoginRequest((short) 3, (short) 1));
            bot.send(new ChannelLoginRequest((short) 3, (short) 9));
            bot.send(new ChannelLoginRequest((short) 3, (short) -1));
            assertEquals(List.of(), bot.sync());
            assertEquals(ChannelLoginResponse.success(), bot.channelLogin(3, 2));
            assertEquals(1, bot.channelList().channels().get(2).population());
            assertEquals(
                    3,
                    server.storage()
                            .loginSessions()
                            .findByUsername("lister")
                            .orElseThrow()
                            .serverId());
            assertEquals(
                    2,
                    server.storage()
                            .loginSessions()
                            .findByUsername("lister")
                            .orElseThrow()
                            .channelId());
        }
    }

    @Test
    void aFullChannelAdmitsExactlyItsCapacityAndLeavesNoDanglingChannel() {
        try (TestServer server =
                        TestServer.start(b -> b.channels(ChannelOptions.of(0).withCapacity(2)));
                Bot first = server.lobbyBot("f1");
                Bot second = server.lobbyBot("f2");
                Bot third = server.bot()) {
            assertEquals(
                    AuthResponse.SUCCESS, third.authorize(server.register("f3")).result());
            assertEquals(
                    ChannelLoginResponse.failure(ChannelLoginResponse.CHANNEL_UNAVAILABLE), third.channelLogin(0, 0));
            assertEquals(2, third.channelList().channels().get(0).population());
            // The refused session is not in the channel: lobby requests are ignored (spec 01 §4.9 oddity fixed).
            third.send(GetCharacterInfoRequest.INSTANCE);
            third.send(GetUserListRequest.INSTANCE);
            assertEquals(List.of(), third.sync());
            assertEquals(List.of("f1", "f2"), names(first.userList()));
            // A place frees up: now it gets in.
            second.channelLogout();
            assertEquals(ChannelLoginResponse.success(), third.channelLogin(0, 0));
            assertEquals(List.of("f1", "f3"), names(first.userList()));
        }
    }

    /** The storage with {@code t_o2jam_login} channel updates failing (a dynamic proxy; all else delegates). */
    private static Storage failingChannelUpdates(Storage real) {
        LoginSessionRepository sessions = real.loginSessions();
        LoginSessionRepository failing = (LoginSessionRepository) Proxy.newProxyInstance(
                LoginSessionRepository.class.getClassLoader(),
                new Class<?>[] {LoginSessionRepository.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("updateChannel")) {
                        throw new StorageException("injected: login row update failed");
                    }
                    return invoke(method, sessions, args);
                });
        return (Storage) Proxy.newProxyInstance(
                Storage.class.getClassLoader(),
                new Class<?>[] {Storage.class},
                (proxy, method, args) ->
                        method.getName().equals("loginSessions") ? failing : invoke(method, real, args));
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Test
    void aFailedLoginRowUpdateStillAnswersTheTruth() {
        try (TestServer server = TestServer.start(b -> {}, null, PlanetIT::failingChannelUpdates);
                Bot bot = server.bot()) {
            bot.authorize(server.register("unlucky"));
            assertEquals(ChannelLoginResponse.success(), bot.channelLogin(0, 0), "the player is in the channel");
            assertEquals("unlucky", bot.characterInfo().info().nickname());
            assertEquals(1, population(server, 0));
        }
    }

    @Test
    void duplicateLoginsAreRefusedWithAlreadyConnected() {
        try (TestServer server = TestServer.start(b -> b.channels(ChannelOptions.of(0), ChannelOptions.of(1)));
                Bot first = server.bot();
                Bot second = server.bot()) {
            String token = server.register("twin");
            assertEquals(AuthResponse.SUCCESS, first.authorize(token).result());
            // Not in a channel yet: the reference does not see the first connection (spec 01 §4.1), nor does Mozart.
            assertEquals(AuthResponse.SUCCESS, second.authorize(token).result());
            assertEquals(ChannelLoginResponse.success(), second.channelLogin(0, 0));
            AuthResponse already = AuthResponse.failure(AuthResponse.ALREADY_CONNECTED);
            assertEquals(already, first.channelLogin(0, 1), "the token is live in a channel");
            assertEquals(already, second.channelLogin(0, 1), "switching channels needs ChannelLogout first");
            assertEquals(already, second.authorize(token), "re-authorizing a session in a channel");
            assertEquals(1, population(server, 0));
            assertEquals(0, population(server, 1));
            // Once the holder is gone, the other connection can enter.
            second.close();
            eventually(() -> population(server, 0) == 0, "the closed twin left channel 0");
            assertEquals(ChannelLoginResponse.success(), first.channelLogin(0, 1));
        }
    }

    @Test
    void requestsInTheWrongPhaseAreIgnoredAndUnauthorizedOnesGetInvalidLogin() {
        try (TestServer server = TestServer.start();
                Bot stranger = server.bot();
                Bot planet = server.bot();
                Bot lobby = server.lobbyBot("wrong")) {
            AuthResponse invalid = AuthResponse.INVALID;
            // Not authorized: every guarded route answers InvalidLogin, once per handler (two for 0x07D0, 0x07D2).
            stranger.send(GetCharacterInfoRequest.INSTANCE);
            assertEquals(List.of(invalid, invalid), stranger.sync());
            stranger.send(GetChannelInfoRequest.INSTANCE);
            assertEquals(List.of(invalid, invalid), stranger.sync());
            for (Object request : List.of(
                    GetChannelListRequest.INSTANCE,
                    new ChannelLoginRequest((short) 0, (short) 0),
                    Ping.INSTANCE,
                    GetUserListRequest.INSTANCE,
                    new CreateRoomRequest("r", 1, false, "", 0, 0, false),
                    new JoinWaitingRequest(0, 0, ""),
                    ChannelLogoutRequest.INSTANCE,
                    new ExitWaitingRequest(0),
                    ReadyRequest.INSTANCE,
                    GetMusicListRequest.INSTANCE,
                    GetMusicPlayRankingRequest.INSTANCE)) {
                stranger.send(request);
                assertEquals(List.of(invalid), stranger.sync(), request::toString);
            }
            stranger.send(SessionKeysRequest.INSTANCE);
            assertInstanceOf(SessionKeysResponse.class, stranger.sync().get(0), "SessionKeys needs no authorization");

            // Authorized but not in a channel: lobby and room requests are silently ignored.
            planet.authorize(server.register("chooser"));
            for (Object request : List.of(
                    GetCharacterInfoRequest.INSTANCE,
                    GetChannelInfoRequest.INSTANCE,
                    GetUserListRequest.INSTANCE,
                    new CreateRoomRequest("r", 1, false, "", 0, 0, false),
                    new JoinWaitingRequest(0, 0, ""),
                    ChannelLogoutRequest.INSTANCE,
                    GetMusicListRequest.INSTANCE,
                    GetMusicScoreListRequest.INSTANCE,
                    new ExitWaitingRequest(0),
                    ReadyRequest.INSTANCE)) {
                planet.send(request);
                assertEquals(List.of(), planet.sync(), request::toString);
            }
            planet.send(Ping.INSTANCE);
            assertEquals(List.of(Ping.INSTANCE), planet.sync());

            // In the lobby: room requests are ignored; the connection lives on.
            for (Object request : List.of(
                    new ExitWaitingRequest(0),
                    ReadyRequest.INSTANCE,
                    StartGameRequest.INSTANCE,
                    new SetRoomTitleRequest("t"))) {
                lobby.send(request);
                assertEquals(List.of(), lobby.sync(), request::toString);
            }
            assertEquals("wrong", lobby.characterInfo().info().nickname());
            assertEquals(
                    List.of(),
                    server.server()
                            .world()
                            .channel(0)
                            .call(h -> List.copyOf(
                                    server.server().world().channel(0).rooms())));
        }
    }

    @Test
    void terminateClosesTheConnectionAndTheRoomSeesTheLeave() {
        try (TestServer server = TestServer.start();
                Bot master = server.lobbyBot("tm");
                Bot member = server.lobbyBot("tq")) {
            int number = master.createRoom("bye", "").number();
            member.joinRoom(number, 0, "");
            master.sync();
            member.terminate();
            assertEquals(new UserLeaveWaitingNotice(1, 0, false), master.expect(UserLeaveWaitingNotice.class));
            eventually(() -> !member.isConnected(), "the server closed the terminated connection");
            assertEquals(1, population(server, 0));
        }
    }

    @Test
    void withoutExpiryTheLoginRowOutlivesTheConnection() {
        try (TestServer server = TestServer.start(b -> b.sessionExpiry(Duration.ZERO))) {
            String token = server.register("keeper");
            try (Bot bot = server.bot()) {
                bot.login(token, 0);
            }
            eventually(() -> population(server, 0) == 0, "the closed session left its channel");
            assertFalse(server.server().auth().expiryPending(token));
            assertTrue(server.storage().loginSessions().findByToken(token).isPresent());
            try (Bot again = server.bot()) {
                assertEquals(AuthResponse.SUCCESS, again.authorize(token).result());
            }
        }
    }

    @Test
    void aReconnectWithinTheExpiryKeepsTheLoginRow() {
        try (TestServer server = TestServer.start(b -> b.sessionExpiry(Duration.ofMinutes(5)))) {
            String token = server.register("returner");
            try (Bot bot = server.bot()) {
                bot.login(token, 0);
            }
            eventually(() -> server.server().auth().expiryPending(token), "the expiry started at disconnect");
            try (Bot again = server.bot()) {
                assertEquals(AuthResponse.SUCCESS, again.authorize(token).result());
                assertFalse(server.server().auth().expiryPending(token), "Authorize cancels the expiry");
                assertTrue(server.storage().loginSessions().findByToken(token).isPresent());
            }
        }
    }

    @Test
    void anExpiredLoginRowIsDeletedAndTheTokenNoLongerWorks() {
        try (TestServer server = TestServer.start(b -> b.sessionExpiry(Duration.ofMillis(50)))) {
            String token = server.register("leaver");
            try (Bot bot = server.bot()) {
                bot.login(token, 0);
            }
            eventually(() -> server.storage().loginSessions().findByToken(token).isEmpty(), "the login row expired");
            try (Bot again = server.bot()) {
                assertEquals(AuthResponse.INVALID, again.authorize(token));
            }
        }
    }

    @Test
    void gameEventsReachListeners() {
        try (TestServer server = TestServer.start()) {
            List<GameEvent> events = new CopyOnWriteArrayList<>();
            for (Class<? extends GameEvent> type :
                    List.of(PlayerLoggedIn.class, PlayerLoggedOut.class, RoomCreated.class, RoomRemoved.class)) {
                server.server().events().on(type, events::add);
            }
            int userId;
            try (Bot bot = server.lobbyBot("eve")) {
                userId = server.storage()
                        .characters()
                        .findByUsername("eve")
                        .orElseThrow()
                        .id();
                int number = bot.createRoom("party", "").number();
                bot.exitRoom(0);
                assertEquals(
                        List.of(
                                new PlayerLoggedIn(userId, "eve", "eve", "127.0.0.1"),
                                new RoomCreated(0, number, "party", "eve"),
                                new RoomRemoved(0, number)),
                        events);
            }
            eventually(() -> events.size() == 4, "the logout event");
            assertEquals(PlayerLoggedOut.class, events.get(3).getClass());
            assertEquals(userId, ((PlayerLoggedOut) events.get(3)).userId());
        }
    }

    private static List<String> names(UserListResponse users) {
        List<String> out = new ArrayList<>();
        for (UserListResponse.UserEntry u : users.users()) {
            out.add(u.nickname());
        }
        return out;
    }
}
