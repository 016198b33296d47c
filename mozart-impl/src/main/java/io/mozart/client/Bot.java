package io.mozart.client;

import io.mozart.api.extension.CustomPacket;
import io.mozart.encore.client.EncoreClient;
import io.mozart.encore.codec.Codec;
import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.encore.protocol.PacketType;
import io.mozart.server.extension.CustomPackets;
import io.mozart.server.protocol.MozartProtocol;
import io.mozart.server.protocol.lobby.CharacterInfoResponse;
import io.mozart.server.protocol.lobby.CreateRoomRequest;
import io.mozart.server.protocol.lobby.CreateRoomResponse;
import io.mozart.server.protocol.lobby.GetChannelInfoRequest;
import io.mozart.server.protocol.lobby.GetCharacterInfoRequest;
import io.mozart.server.protocol.lobby.GetGiftMessageListRequest;
import io.mozart.server.protocol.lobby.GetMusicListRequest;
import io.mozart.server.protocol.lobby.GetUserListRequest;
import io.mozart.server.protocol.lobby.GiftMessageListResponse;
import io.mozart.server.protocol.lobby.JoinRoomResponse;
import io.mozart.server.protocol.lobby.JoinWaitingRequest;
import io.mozart.server.protocol.lobby.MusicListResponse;
import io.mozart.server.protocol.lobby.MusicPremiumTimeListNotice;
import io.mozart.server.protocol.lobby.ReadGiftMessageRequest;
import io.mozart.server.protocol.lobby.RoomListResponse;
import io.mozart.server.protocol.lobby.SendMusicListRequest;
import io.mozart.server.protocol.lobby.UserListResponse;
import io.mozart.server.protocol.messaging.AnnounceRequest;
import io.mozart.server.protocol.messaging.SendMainRoomMessageRequest;
import io.mozart.server.protocol.messaging.SendWaitingMessageRequest;
import io.mozart.server.protocol.messaging.SendWhisperRequest;
import io.mozart.server.protocol.messaging.SendWhisperResponse;
import io.mozart.server.protocol.planet.AuthRequest;
import io.mozart.server.protocol.planet.AuthResponse;
import io.mozart.server.protocol.planet.ChannelListResponse;
import io.mozart.server.protocol.planet.ChannelLoginRequest;
import io.mozart.server.protocol.planet.ChannelLoginResponse;
import io.mozart.server.protocol.planet.ChannelLogoutRequest;
import io.mozart.server.protocol.planet.ChannelLogoutResponse;
import io.mozart.server.protocol.planet.Gender;
import io.mozart.server.protocol.planet.GetChannelListRequest;
import io.mozart.server.protocol.planet.LegacyPing;
import io.mozart.server.protocol.planet.TerminateRequest;
import io.mozart.server.protocol.playing.ConfirmMusicLoadedRequest;
import io.mozart.server.protocol.playing.ExitPlayingRequest;
import io.mozart.server.protocol.playing.StartGameNotice;
import io.mozart.server.protocol.playing.StartGameRequest;
import io.mozart.server.protocol.playing.SubmitScoreRequest;
import io.mozart.server.protocol.playing.UpdateGameStatsRequest;
import io.mozart.server.protocol.ranking.GetMusicPlayRankingRequest;
import io.mozart.server.protocol.ranking.GetMusicScoreListRequest;
import io.mozart.server.protocol.ranking.MusicPlayRankingResponse;
import io.mozart.server.protocol.ranking.MusicScoreListResponse;
import io.mozart.server.protocol.waiting.ExitWaitingRequest;
import io.mozart.server.protocol.waiting.ExitWaitingResponse;
import io.mozart.server.protocol.waiting.ReadyRequest;
import io.mozart.server.protocol.waiting.SetRoomMusicRequest;
import io.mozart.server.protocol.waiting.SetRoomTeamRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A scripted game client that speaks the protocol with the server's own records: for integration
 * tests, the load tool and anyone who wants to poke a running server. Each step sends what the real
 * client sends and waits for what it receives. Not thread-safe: one thread drives one bot.
 */
public final class Bot implements AutoCloseable {

    /** How long a step waits for the server by default. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private static final PacketRegistry REGISTRY = MozartProtocol.registry();

    private final EncoreClient client;
    private final Duration timeout;

    private Bot(EncoreClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    /**
     * Connects to a server.
     *
     * @param host the host
     * @param port the port
     * @return the bot
     */
    public static Bot connect(String host, int port) {
        return new Bot(EncoreClient.connect(host, port, REGISTRY), DEFAULT_TIMEOUT);
    }

    /**
     * Connects to a server with extra bindings: every O2JamO2 message plus the custom packets of
     * {@code custom} (a custom binding replaces Mozart's binding of the same opcode), so that the bot can
     * {@link #send} and {@link #expect} an embedder's or plugin's records.
     *
     * @param host   the host
     * @param port   the port
     * @param custom the custom bindings
     * @return the bot
     */
    public static Bot connect(String host, int port, PacketRegistry custom) {
        PacketRegistry.Builder b = PacketRegistry.builder().include(REGISTRY);
        for (PacketType<?> t : custom.types()) {
            PacketType<?> sameClass = REGISTRY.contains(t.type()) ? REGISTRY.byClass(t.type()) : null;
            if (sameClass != null) {
                b.unregister(sameClass.opcode());
            }
            b.unregister(t.opcode());
            register(b, t);
        }
        return new Bot(EncoreClient.connect(host, port, b.build()), DEFAULT_TIMEOUT);
    }

    /**
     * Connects to a server that also speaks the given typed custom packets (requests and replies alike).
     *
     * @param host    the host
     * @param port    the port
     * @param packets the custom packets
     * @return the bot
     */
    public static Bot connect(String host, int port, CustomPacket<?>... packets) {
        PacketRegistry.Builder b = PacketRegistry.builder();
        for (CustomPacket<?> p : packets) {
            register(b, p);
        }
        return connect(host, port, b.build());
    }

    private static <T> void register(PacketRegistry.Builder b, PacketType<T> t) {
        b.register(t.opcode(), t.type(), t.codec());
    }

    private static <T> void register(PacketRegistry.Builder b, CustomPacket<T> p) {
        Codec<T> codec = CustomPackets.templateOf(p.codec());
        b.register(p.opcode(), p.type(), codec);
    }

    /** @return the client registry (every O2JamO2 message) */
    public static PacketRegistry registry() {
        return REGISTRY;
    }

    /** @return the underlying client */
    public EncoreClient client() {
        return client;
    }

    /**
     * Sends one message.
     *
     * @param packet a registered record
     */
    public void send(Object packet) {
        client.send(packet);
    }

    /**
     * Waits for the next message, which must be of the given type.
     *
     * @param type the expected class
     * @param <T>  its type
     * @return the message
     */
    public <T> T expect(Class<T> type) {
        return client.expect(type, timeout);
    }

    /**
     * Waits for the next message of the given type, skipping any other (notices about other players
     * interleave with replies on a busy server).
     *
     * @param type the awaited class
     * @param <T>  its type
     * @return the message
     */
    public <T> T await(Class<T> type) {
        while (true) {
            Object o = receiveOrFail();
            if (type.isInstance(o)) {
                return type.cast(o);
            }
        }
    }

    /**
     * @param wait how long to wait
     * @return the next message, or {@code null} when nothing arrives in time
     */
    public Object receive(Duration wait) {
        return client.receive(wait);
    }

    /**
     * Collects everything that arrives until the line has been quiet for the given time.
     *
     * @param quiet the quiet period
     * @return the messages, in arrival order
     */
    public List<Object> drain(Duration quiet) {
        return client.drain(quiet);
    }

    /**
     * Authorize 0x03E8 with a login token.
     *
     * @param token the token from {@code user:authorize} or the HTTP API
     * @return the server's answer
     */
    public AuthResponse authorize(String token) {
        send(new AuthRequest(0, token, Gender.MALE, 1, "mozart-bot"));
        return expect(AuthResponse.class);
    }

    /** @return the channel list */
    public ChannelListResponse channelList() {
        send(GetChannelListRequest.INSTANCE);
        return expect(ChannelListResponse.class);
    }

    /**
     * ChannelLogin 0x03EC.
     *
     * @param serverId  the planet id ({@code Gateway:Id})
     * @param channelId the channel
     * @return the answer (a ChannelLoginResponse, or an AuthResponse for a duplicate login)
     */
    public Object channelLogin(int serverId, int channelId) {
        send(new ChannelLoginRequest((short) serverId, (short) channelId));
        return receiveOrFail();
    }

    /**
     * Authorizes and enters a channel, failing unless both succeed.
     *
     * @param token     the login token
     * @param channelId the channel
     * @return this bot
     */
    public Bot login(String token, int channelId) {
        AuthResponse auth = authorize(token);
        if (auth.result() != AuthResponse.SUCCESS) {
            throw new IllegalStateException("authorize failed: " + auth);
        }
        Object reply = channelLogin(0, channelId);
        if (!(reply instanceof ChannelLoginResponse r) || r.result() != ChannelLoginResponse.SUCCESS) {
            throw new IllegalStateException("channel login failed: " + reply);
        }
        return this;
    }

    /**
     * The replies to GetCharacterInfo 0x07D0, in order.
     *
     * @param gifts unread gift messages, or null
     * @param info character info
     * @param premium premium-time list
     */
    public record CharacterInfoReplies(
            GiftMessageListResponse gifts, CharacterInfoResponse info, MusicPremiumTimeListNotice premium) {}

    /** @return the (up to three) replies to GetCharacterInfo */
    public CharacterInfoReplies characterInfo() {
        send(GetCharacterInfoRequest.INSTANCE);
        Object first = receiveOrFail();
        GiftMessageListResponse gifts = null;
        if (first instanceof GiftMessageListResponse g) {
            gifts = g;
            first = receiveOrFail();
        }
        if (!(first instanceof CharacterInfoResponse info)) {
            throw new IllegalStateException("expected CharacterInfoResponse, got " + first);
        }
        return new CharacterInfoReplies(gifts, info, expect(MusicPremiumTimeListNotice.class));
    }

    /**
     * The two replies to GetChannelInfo 0x07D2.
     *
     * @param users user list
     * @param rooms room list
     */
    public record ChannelInfo(UserListResponse users, RoomListResponse rooms) {}

    /** @return the user and room lists */
    public ChannelInfo channelInfo() {
        send(GetChannelInfoRequest.INSTANCE);
        return new ChannelInfo(expect(UserListResponse.class), expect(RoomListResponse.class));
    }

    /**
     * SendMusicList 0x07E8 (no reply).
     *
     * @param musicIds installed music ids
     */
    public void sendMusicList(List<Integer> musicIds) {
        send(new SendMusicListRequest(musicIds));
    }

    // ---- Lobby, messaging and ranking steps (spec 01 §4, 02 §4–§5) ----

    /**
     * A barrier: sends LegacyPing 0x1770 and returns everything that arrived before its answer. Every
     * frame the server queued for this connection before it handled the ping (replies and notices caused
     * by other clients' earlier requests alike) comes first, because one connection's frames leave in the
     * order they were queued. So after another client's request has been answered, {@code sync()} here
     * shows exactly what that request sent to this client, without waiting for a quiet period.
     *
     * @return the frames that preceded the ping's answer, in arrival order
     */
    public List<Object> sync() {
        send(LegacyPing.INSTANCE);
        List<Object> before = new ArrayList<>();
        while (true) {
            Object o = receiveOrFail();
            if (o instanceof LegacyPing) {
                return before;
            }
            before.add(o);
        }
    }

    /**
     * Collects frames until one of the given type arrives.
     *
     * @param type the awaited class
     * @return the frames in arrival order, the awaited one last
     */
    public List<Object> until(Class<?> type) {
        List<Object> out = new ArrayList<>();
        while (true) {
            Object o = receiveOrFail();
            out.add(o);
            if (type.isInstance(o)) {
                return out;
            }
        }
    }

    /** @return the user list 0x07DB of this bot's channel */
    public UserListResponse userList() {
        send(GetUserListRequest.INSTANCE);
        return expect(UserListResponse.class);
    }

    /**
     * ChannelLogout 0x07E5: leaves the room (if any) and the channel.
     *
     * @return the frames up to and including ChannelLogoutResponse (a RoomRemoved may precede it)
     */
    public List<Object> channelLogout() {
        send(ChannelLogoutRequest.INSTANCE);
        return until(ChannelLogoutResponse.class);
    }

    /** @return the channel's music list 0x0FBF */
    public MusicListResponse musicList() {
        send(GetMusicListRequest.INSTANCE);
        return expect(MusicListResponse.class);
    }

    /** @return the play ranking 0x07EC */
    public MusicPlayRankingResponse playRanking() {
        send(GetMusicPlayRankingRequest.INSTANCE);
        return expect(MusicPlayRankingResponse.class);
    }

    /** @return this player's best scores 0x07EF */
    public MusicScoreListResponse scoreList() {
        send(GetMusicScoreListRequest.INSTANCE);
        return expect(MusicScoreListResponse.class);
    }

    /** @return the unread gift messages 0x139A */
    public GiftMessageListResponse giftMessages() {
        send(GetGiftMessageListRequest.INSTANCE);
        return expect(GiftMessageListResponse.class);
    }

    /**
     * ReadGiftMessage 0x139B (no reply).
     *
     * @param messageId the message id
     */
    public void readGiftMessage(int messageId) {
        send(new ReadGiftMessageRequest(messageId));
    }

    /**
     * SendMainRoomMessage 0x07DC with the text and its NUL, as the client sends it (no reply; everyone
     * in every channel gets the message, this bot included).
     *
     * @param text the chat line
     */
    public void chat(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        send(new SendMainRoomMessageRequest(Arrays.copyOf(utf8, utf8.length + 1)));
    }

    /**
     * SendWaitingMessage 0x0BC3 with the text and its NUL (no reply; the room gets it).
     *
     * @param text the chat line
     */
    public void roomChat(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        send(new SendWaitingMessageRequest(Arrays.copyOf(utf8, utf8.length + 1)));
    }

    /**
     * Announce 0x07DF (no reply).
     *
     * @param text the announcement
     */
    public void announce(String text) {
        send(new AnnounceRequest(text));
    }

    /**
     * SendWhisper 0x07E1.
     *
     * @param recipient the target nickname
     * @param text      the message
     * @return the frames up to and including the SendWhisper response (a whisper to oneself arrives first)
     */
    public List<Object> whisper(String recipient, String text) {
        send(new SendWhisperRequest(recipient, text));
        return until(SendWhisperResponse.class);
    }

    /** Terminate 0xFFF0: the server closes the connection without a reply. */
    public void terminate() {
        send(TerminateRequest.INSTANCE);
    }

    /**
     * CreateRoom 0x07D4. Notices that arrive before the response are skipped.
     *
     * @param title    the title
     * @param password the password, empty for none
     * @return the response
     */
    public CreateRoomResponse createRoom(String title, String password) {
        send(new CreateRoomRequest(title, 1, !password.isEmpty(), password, 0, 0, false));
        return await(CreateRoomResponse.class);
    }

    /**
     * JoinWaiting 0x0BBA. Notices that arrive before the response are skipped.
     *
     * @param number     the room number
     * @param musicState the music state to report
     * @param password   the password
     * @return the response
     */
    public JoinRoomResponse joinRoom(int number, int musicState, String password) {
        send(new JoinWaitingRequest(number, musicState, password));
        return await(JoinRoomResponse.class);
    }

    /** Ready 0x0FA8: toggles this member's ready flag (the room answers with UserReadyStateChanged). */
    public void ready() {
        send(ReadyRequest.INSTANCE);
    }

    /**
     * SetRoomTeam 0x0FA4.
     *
     * @param team 0..7
     */
    public void team(int team) {
        send(new SetRoomTeamRequest(team));
    }

    /**
     * SetRoomMusic 0x0FA0 (master).
     *
     * @param musicId    music id
     * @param difficulty 0 EX .. 3 RX
     * @param speed      game speed
     */
    public void music(int musicId, int difficulty, int speed) {
        send(new SetRoomMusicRequest(musicId, difficulty, speed));
    }

    /**
     * StartGame 0x0FAA (master); waits for the StartGame answer, skipping other notices.
     *
     * @return the answer (success, or the refusal)
     */
    public StartGameNotice startGame() {
        send(StartGameRequest.INSTANCE);
        return await(StartGameNotice.class);
    }

    /** ConfirmMusicLoaded 0x0FAC (no direct answer; the room gets MusicLoaded). */
    public void musicLoaded() {
        send(new ConfirmMusicLoadedRequest(0));
    }

    /**
     * UpdateGameStats 0x0FAE.
     *
     * @param type  0 life, 1 jam
     * @param value life or jam combo
     * @param score current score
     */
    public void stats(int type, int value, long score) {
        send(new UpdateGameStatsRequest(type, value, 0, score, 0));
    }

    /**
     * SubmitScore 0x0FB0 with a simple run: every judged note is cool or good.
     *
     * @param cool  cool count
     * @param good  good count
     * @param miss  miss count
     * @param score score
     * @param life  remaining life (0 = failed)
     */
    public void submit(int cool, int good, int miss, long score, int life) {
        send(new SubmitScoreRequest(cool, good, 0, miss, cool + good, 0, 0, score, life, 1, 0));
    }

    /**
     * SubmitScore 0x0FB0 with every field given.
     *
     * @param request the request
     */
    public void submit(SubmitScoreRequest request) {
        send(request);
    }

    /** ExitPlaying 0x0FB5: leaves the result screen (or quits the song) and stays in the room. */
    public void exitPlaying() {
        send(ExitPlayingRequest.INSTANCE);
    }

    /**
     * ExitWaiting 0x0BBD: leaves the room; waits for the answer.
     *
     * @param exitType 0 normal, 1 penalized
     * @return the answer
     */
    public ExitWaitingResponse exitRoom(int exitType) {
        send(new ExitWaitingRequest(exitType));
        return await(ExitWaitingResponse.class);
    }

    private Object receiveOrFail() {
        Object o = client.receive(timeout);
        if (o == null) {
            throw new IllegalStateException("no reply within " + timeout);
        }
        return o;
    }

    /** @return whether the connection is open */
    public boolean isConnected() {
        return client.isConnected();
    }

    @Override
    public void close() {
        client.close();
    }
}
