package io.mozart.server.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.api.ChannelOptions;
import io.mozart.api.MozartServer;
import io.mozart.api.ServerOptions;
import io.mozart.api.ServerStatus;
import io.mozart.api.storage.Gender;
import io.mozart.client.Bot;
import io.mozart.encore.client.EncoreClient;
import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.encore.protocol.PacketType;
import io.mozart.server.MozartServerImpl;
import io.mozart.server.protocol.MozartProtocol;
import io.mozart.server.protocol.cluster.ChannelHeartbeat;
import io.mozart.server.protocol.cluster.ClusterPackets;
import io.mozart.server.protocol.cluster.CreateChannelRequest;
import io.mozart.server.protocol.cluster.CreateChannelResponse;
import io.mozart.server.protocol.cluster.GrantSessionResponse;
import io.mozart.server.protocol.lobby.CreateRoomResponse;
import io.mozart.server.protocol.lobby.JoinRoomResponse;
import io.mozart.server.protocol.lobby.MusicLoadedNotice;
import io.mozart.server.protocol.messaging.MainRoomUserMessageResponse;
import io.mozart.server.protocol.planet.AuthResponse;
import io.mozart.server.protocol.planet.ChannelListResponse;
import io.mozart.server.protocol.planet.ChannelLoginResponse;
import io.mozart.server.protocol.planet.ChannelLogoutResponse;
import io.mozart.server.protocol.planet.SessionKeysRequest;
import io.mozart.server.protocol.playing.ScoreCompletedNotice;
import io.mozart.server.protocol.playing.StartGameNotice;
import io.mozart.server.protocol.playing.StartResult;
import io.mozart.server.storage.jdbi.JdbiStorage;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gateway mode and Channel mode (spec 06 §7): one gateway and two channel processes, each a real server with its
 * own sockets, talking over loopback TCP, all on one database; bots log in through the gateway.
 */
class ClusterIT {

    private static final int GATEWAY_ID = 3;
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Duration WAIT = Duration.ofSeconds(10);
    /** Heartbeats every 250 ms; a side that hears nothing for 3 s drops the link; reconnection waits ≤ 500 ms. */
    private static final Duration BEAT = Duration.ofMillis(250);

    private static final Duration SILENCE = Duration.ofSeconds(3);
    private static final Duration RECONNECT = Duration.ofMillis(500);

    @TempDir
    Path dir;

    private JdbiStorage storage;
    private MozartServerImpl gateway;
    private MozartServerImpl channel0;
    private MozartServerImpl channel2;
    private final List<AutoCloseable> open = new ArrayList<>();

    @BeforeEach
    void start() {
        storage = JdbiStorage.sqlite(dir.resolve("O2JAM.db"));
        gateway = gateway(0);
        channel0 = channel(ChannelOptions.of(0).withCapacity(50));
        channel2 = channel(ChannelOptions.of(2).withCapacity(30));
        await(() -> gateway.gateway().channelIds().equals(List.of(0, 2)));
    }

    private MozartServer.Settings settings(ChannelOptions channel) {
        ServerOptions options = ServerOptions.builder()
                .address("127.0.0.1")
                .port(0)
                .gatewayId(GATEWAY_ID)
                .security(io.mozart.server.it.TestServer.FAST)
                .channels(channel)
                .gameThreads(2)
                .revokeOnStartup(true)
                .build();
        return new MozartServer.Settings(options, storage, null, List.of(), List.of());
    }

    private MozartServerImpl gateway(int linkPort) {
        return new MozartServerImpl(
                settings(ChannelOptions.of(0)),
                Clock.systemUTC(),
                new SecureRandom(),
                ClusterSettings.gateway("127.0.0.1", linkPort, TIMEOUT)
                        .withHeartbeat(BEAT, SILENCE)
                        .withReconnectDelay(RECONNECT));
    }

    private MozartServerImpl channel(ChannelOptions channel) {
        return channel(channel, gateway.gateway().linkPort());
    }

    private MozartServerImpl channel(ChannelOptions channel, int linkPort) {
        return new MozartServerImpl(
                settings(channel),
                Clock.systemUTC(),
                new SecureRandom(),
                ClusterSettings.channel("127.0.0.1", linkPort, TIMEOUT)
                        .withHeartbeat(BEAT, SILENCE)
                        .withReconnectDelay(RECONNECT));
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
        for (MozartServerImpl s : new MozartServerImpl[] {channel0, channel2, gateway}) {
            if (s != null) {
                s.close();
            }
        }
        storage.close();
    }

    private String register(String username) {
        gateway.auth().register(username, "secret-" + username, Gender.MALE, false);
        return gateway.auth().authenticate(username, "secret-" + username, "127.0.0.1");
    }

    private Bot bot() {
        Bot b = Bot.connect("127.0.0.1", gateway.port());
        open.add(b);
        return b;
    }

    private Bot lobbyBot(String username, int channelId) {
        Bot b = bot();
        assertEquals(AuthResponse.SUCCESS, b.authorize(register(username)).result());
        assertEquals(ChannelLoginResponse.success(), b.channelLogin(GATEWAY_ID, channelId));
        return b;
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + WAIT);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void botsLogInThroughTheGatewayAndMeetInARoomOfARemoteChannel() {
        Bot alice = bot();
        assertEquals(AuthResponse.SUCCESS, alice.authorize(register("alice")).result());
        ChannelListResponse list = alice.channelList();
        assertEquals(
                List.of(
                        new ChannelListResponse.Entry(GATEWAY_ID, 0, 50, 0, true),
                        ChannelListResponse.Entry.gap(0, 1),
                        new ChannelListResponse.Entry(GATEWAY_ID, 2, 30, 0, true)),
                list.channels());
        assertEquals(ChannelLoginResponse.success(), alice.channelLogin(GATEWAY_ID, 2));
        assertEquals(1, channel2.world().channel(2).population());

        CreateRoomResponse created = alice.createRoom("through the gateway", "");
        assertEquals(0, created.result());

        Bot bob = lobbyBot("bob", 2);
        JoinRoomResponse joined = bob.joinRoom(created.number(), 0, "");
        assertEquals(0, joined.result());

        Bot carol = bot();
        assertEquals(AuthResponse.SUCCESS, carol.authorize(register("carol")).result());
        assertEquals(2, carol.channelList().channels().get(2).population());
        assertEquals(0, channel0.world().channel(0).population());
    }

    @Test
    void lobbyTrafficStaysInItsChannelAndAClientCanSwitchChannelAfterChannelLogout() {
        Bot alice = lobbyBot("alice", 0);
        Bot bob = lobbyBot("bob", 0);
        Bot carol = lobbyBot("carol", 2);
        alice.chat("hello");
        List<Object> got = bob.until(MainRoomUserMessageResponse.class);
        MainRoomUserMessageResponse heard = (MainRoomUserMessageResponse) got.get(got.size() - 1);
        assertEquals("alice", heard.sender());
        assertEquals(List.of(), carol.sync(), "another channel process hears nothing");

        List<Object> logout = bob.channelLogout();
        assertInstanceOf(ChannelLogoutResponse.class, logout.get(logout.size() - 1));
        await(() -> population(channel0, 0) == 1);
        assertEquals(ChannelLoginResponse.success(), bob.channelLogin(GATEWAY_ID, 2));
        await(() -> population(channel2, 2) == 2);
        assertEquals(List.of(), bob.sync());

        carol.terminate();
        await(() -> population(channel2, 2) == 1);
        alice.close();
        await(() -> population(channel0, 0) == 0);
    }

    private static int population(MozartServerImpl server, int channelId) {
        return server.world()
                .channel(channelId)
                .call(h -> server.world().channel(channelId).population());
    }

    @Test
    void aFullChannelRefusesAndTheClientMayTryAnotherOneButATokenEntersOnlyOnce() {
        MozartServerImpl small = channel(ChannelOptions.of(4).withCapacity(1));
        open.add(small::close);
        await(() -> gateway.gateway().channelIds().equals(List.of(0, 2, 4)));
        lobbyBot("alice", 4);
        Bot bob = bot();
        String token = register("bob");
        assertEquals(AuthResponse.SUCCESS, bob.authorize(token).result());
        assertEquals(
                ChannelLoginResponse.failure(ChannelLoginResponse.CHANNEL_UNAVAILABLE),
                bob.channelLogin(GATEWAY_ID, 4));
        assertEquals(ChannelLoginResponse.success(), bob.channelLogin(GATEWAY_ID, 0));
        Bot twin = bot();
        assertEquals(AuthResponse.SUCCESS, twin.authorize(token).result());
        assertEquals(AuthResponse.failure(AuthResponse.ALREADY_CONNECTED), twin.channelLogin(GATEWAY_ID, 2));
        assertEquals(0, population(channel2, 2));
    }

    @Test
    void aTwoPlayerGameRunsOnAChannelProcess() {
        Bot alice = lobbyBot("alice", 2);
        Bot bob = lobbyBot("bob", 2);
        int number = alice.createRoom("duel", "").number();
        assertEquals(JoinRoomResponse.SUCCESS, bob.joinRoom(number, 0, "").result());
        bob.ready();
        alice.music(1, 0, 1);
        alice.drain(Duration.ofMillis(200));
        bob.drain(Duration.ofMillis(200));
        StartGameNotice start = alice.startGame();
        assertEquals(StartResult.SUCCESS.wire(), start.result());
        alice.musicLoaded();
        bob.musicLoaded();
        for (Bot b : List.of(alice, bob)) {
            for (int i = 0; i < 2; i++) {
                assertEquals(1, b.await(MusicLoadedNotice.class).playingState());
            }
        }
        bob.submit(400, 100, 0, 120000, 100);
        alice.submit(450, 50, 0, 130000, 100);
        for (Bot b : List.of(alice, bob)) {
            ScoreCompletedNotice results = b.await(ScoreCompletedNotice.class);
            assertEquals(2, results.entries().size());
        }
    }

    @Test
    void beforeAuthorizationOnlyAuthorizeIsAnswered() {
        Bot b = bot();
        b.send(SessionKeysRequest.INSTANCE);
        assertEquals(AuthResponse.INVALID, b.expect(AuthResponse.class));
    }

    @Test
    void aStoppedChannelLeavesTheListAndItsPlayersAreDisconnected() {
        Bot alice = lobbyBot("alice", 2);
        Bot bob = lobbyBot("bob", 0);
        channel2.close();
        channel2 = null;
        await(() -> !alice.isConnected());
        await(() -> gateway.gateway().channelIds().equals(List.of(0)));
        assertEquals(
                List.of(new ChannelListResponse.Entry(GATEWAY_ID, 0, 50, 1, true)),
                bob.channelList().channels());
        // Alice's token was released on the channel side: she can come back into the remaining channel.
        Bot again = bot();
        String token = gateway.auth().authenticate("alice", "secret-alice", "127.0.0.1");
        assertEquals(AuthResponse.SUCCESS, again.authorize(token).result());
        assertEquals(ChannelLoginResponse.success(), again.channelLogin(GATEWAY_ID, 0));
        assertEquals(2, channel0.world().channel(0).population());
    }

    @Test
    void channelsOutliveTheirGatewayAndRegisterAgainWithANewOneOnTheSamePort() {
        Bot alice = lobbyBot("alice", 2);
        int linkPort = gateway.gateway().linkPort();
        gateway.close();
        gateway = null;
        await(() -> !alice.isConnected());
        await(() -> population(channel2, 2) == 0);
        await(() ->
                !channel2.channelNode().isLinked() && !channel0.channelNode().isLinked());

        gateway = gateway(linkPort);
        await(() -> gateway.gateway().channelIds().equals(List.of(0, 2)));
        await(() -> channel2.channelNode().isLinked());
        Bot again = bot();
        String token = gateway.auth().authenticate("alice", "secret-alice", "127.0.0.1");
        assertEquals(AuthResponse.SUCCESS, again.authorize(token).result());
        assertEquals(ChannelLoginResponse.success(), again.channelLogin(GATEWAY_ID, 2));
        assertEquals(1, population(channel2, 2));
    }

    @Test
    void theGatewayStatusListsTheLiveChannelsWithTheirHeartbeatNumbers() {
        lobbyBot("alice", 2).createRoom("counted", "");
        await(() -> gateway.status()
                .channels()
                .equals(List.of(new ServerStatus.Channel(0, 50, 0, 0), new ServerStatus.Channel(2, 30, 1, 1))));
    }

    @Test
    void aChannelThatFallsSilentIsUnregisteredAfterTheHeartbeatTimeout() {
        EncoreClient quiet = EncoreClient.builder()
                .registry(ClusterPackets.registry())
                .connect("127.0.0.1", gateway.gateway().linkPort());
        open.add(quiet);
        quiet.send(new CreateChannelRequest(GATEWAY_ID, 7));
        assertEquals(new CreateChannelResponse(true), quiet.expect(CreateChannelResponse.class, WAIT));
        quiet.send(new ChannelHeartbeat(10, 0, 0));
        await(() -> gateway.gateway().channelIds().equals(List.of(0, 2, 7)));
        // It hears the gateway's heartbeats but sends none after the first: the gateway drops it, the others stay.
        await(() -> !quiet.isConnected());
        await(() -> gateway.gateway().channelIds().equals(List.of(0, 2)));
        assertTrue(channel0.channelNode().isLinked());
        assertTrue(channel2.channelNode().isLinked());
    }

    @Test
    void aChannelWhoseGatewayFallsSilentClosesTheLinkAndRegistersAgain() throws Exception {
        // A peer that accepts every CreateChannel and then says nothing more: no heartbeats.
        AtomicInteger registrations = new AtomicInteger();
        List<Socket> accepted = new CopyOnWriteArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(
                    () -> {
                        while (!silent.isClosed()) {
                            try {
                                Socket s = silent.accept();
                                accepted.add(s);
                                DataInputStream in = new DataInputStream(s.getInputStream());
                                byte[] frame = new byte[12];
                                in.readFully(frame); // 0C 00 2C 01 + gatewayId + channelId
                                if ((frame[2] & 0xFF) == 0x2C && (frame[3] & 0xFF) == 0x01) {
                                    registrations.incrementAndGet();
                                }
                                OutputStream out = s.getOutputStream();
                                out.write(new byte[] {0x05, 0x00, (byte) 0xC8, 0x00, 0x01});
                                out.flush();
                            } catch (IOException e) {
                                return;
                            }
                        }
                    },
                    "silent-gateway");
            acceptor.setDaemon(true);
            acceptor.start();
            MozartServerImpl lonely = channel(ChannelOptions.of(9), silent.getLocalPort());
            open.add(lonely::close);
            assertEquals(1, registrations.get());
            // Nothing for SILENCE: the channel closes the link, waits, connects again and registers again.
            await(() -> registrations.get() >= 2);
            InputStream first = accepted.get(0).getInputStream();
            byte[] rest = first.readAllBytes(); // heartbeats until the channel closed the link
            assertTrue(rest.length >= 16 && rest.length % 16 == 0, "only heartbeats were sent: " + rest.length);
        } finally {
            for (Socket s : accepted) {
                s.close();
            }
        }
    }

    @Test
    void badFramesOnTheLinkCloseOnlyThatLink() {
        Bot bob = lobbyBot("bob", 0);
        PacketRegistry.Builder registry = PacketRegistry.builder();
        ClusterPackets.register(registry);
        PacketType<AuthResponse> auth = MozartProtocol.registry().byClass(AuthResponse.class);
        registry.register(auth.opcode(), AuthResponse.class, auth.codec());
        EncoreClient rogue = EncoreClient.builder()
                .registry(registry.build())
                .connect("127.0.0.1", gateway.gateway().linkPort());
        open.add(rogue);
        // Talking before registering gets the client protocol's InvalidLogin (06 §7.6).
        rogue.send(new GrantSessionResponse(true, "X", "", "", "", 0, 7, 0, 0));
        rogue.send(new CreateChannelRequest(GATEWAY_ID + 1, 7));
        rogue.send(new CreateChannelRequest(GATEWAY_ID, 2));
        rogue.send(new CreateChannelRequest(GATEWAY_ID, 7));
        List<Object> replies = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            replies.add(rogue.receive(WAIT));
        }
        assertEquals(4, replies.size());
        assertEquals(AuthResponse.INVALID, replies.get(0));
        assertEquals(
                List.of(
                        new CreateChannelResponse(false),
                        new CreateChannelResponse(false),
                        new CreateChannelResponse(true)),
                replies.subList(1, 4));
        await(() -> gateway.gateway().channelIds().equals(List.of(0, 2, 7)));

        rogue.sendRaw(new byte[] {0x01, 0x00, 0x55, 0x55});
        await(() -> !rogue.isConnected());
        await(() -> gateway.gateway().channelIds().equals(List.of(0, 2)));
        assertTrue(bob.isConnected());
        assertEquals(3, bob.channelList().channels().size());
        CreateRoomResponse created = bob.createRoom("still here", "");
        assertEquals(0, created.result());
    }

    @Test
    void aLinkThatNeverRegistersIsRefusedAndClosedAfterTheTimeout() {
        EncoreClient silent = EncoreClient.builder()
                .registry(ClusterPackets.registry())
                .connect("127.0.0.1", gateway.gateway().linkPort());
        open.add(silent);
        assertEquals(new CreateChannelResponse(false), silent.expect(CreateChannelResponse.class, WAIT));
        await(() -> !silent.isConnected());
        assertEquals(List.of(0, 2), gateway.gateway().channelIds());
    }

    @Test
    void aChannelThatTheGatewayRefusesDoesNotStart() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> channel(ChannelOptions.of(2)));
        assertTrue(e.getMessage().contains("did not accept channel 2"), e.getMessage());
    }
}
