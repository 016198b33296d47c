package io.mozart.server.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.mozart.api.ChannelOptions;
import io.mozart.api.event.ChatMessage;
import io.mozart.api.event.Subscription;
import io.mozart.client.Bot;
import io.mozart.server.protocol.messaging.AnnouncementResponse;
import io.mozart.server.protocol.messaging.MainRoomAdminMessageResponse;
import io.mozart.server.protocol.messaging.MainRoomUserMessageResponse;
import io.mozart.server.protocol.messaging.ReceiveWhisperNotice;
import io.mozart.server.protocol.messaging.SendMainRoomMessageRequest;
import io.mozart.server.protocol.messaging.SendWhisperRequest;
import io.mozart.server.protocol.messaging.SendWhisperResponse;
import io.mozart.server.protocol.messaging.WaitingUserMessageResponse;
import io.mozart.server.protocol.planet.AuthResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Chat, announcements and whispers (spec 02 §5.10) over real sockets: who receives what. The cast is
 * spread over two channels, a room and the channel-select screen, because the recipient sets are
 * server-wide (spec 02 O7).
 */
class MessagingIT {

    /** Bots of one test: two channels, a lobby, a room, and an authorized bot outside every channel. */
    private record Cast(TestServer server, Bot lobby, Bot master, Bot member, Bot other, Bot planet)
            implements AutoCloseable {

        static Cast start() {
            TestServer server = TestServer.start(b -> b.channels(ChannelOptions.of(0), ChannelOptions.of(1)));
            Bot lobby = server.lobbyBot("lobby");
            Bot master = server.lobbyBot("master");
            Bot member = server.lobbyBot("member");
            Bot other = server.bot().login(server.register("other"), 1);
            Bot planet = server.bot();
            assertEquals(
                    AuthResponse.SUCCESS,
                    planet.authorize(server.register("planet")).result());
            int number = master.createRoom("chat room", "").number();
            member.joinRoom(number, 0, "");
            Cast cast = new Cast(server, lobby, master, member, other, planet);
            cast.all().forEach(Bot::sync);
            return cast;
        }

        List<Bot> all() {
            return List.of(lobby, master, member, other, planet);
        }

        List<Bot> inChannels() {
            return List.of(lobby, master, member, other);
        }

        @Override
        public void close() {
            all().forEach(Bot::close);
            server.close();
        }
    }

    private static byte[] line(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[utf8.length + 1];
        System.arraycopy(utf8, 0, out, 0, utf8.length);
        return out;
    }

    /** Checks what one bot got; callers check the sender first, so its request is known to be handled. */
    private static void assertUserMessage(String sender, byte[] content, List<Object> frames) {
        assertEquals(1, frames.size(), frames::toString);
        MainRoomUserMessageResponse m = assertInstanceOf(MainRoomUserMessageResponse.class, frames.get(0));
        assertEquals(sender, m.sender());
        assertArrayEquals(content, m.content());
    }

    @Test
    void lobbyChatReachesEverySessionOfEveryChannelTheSenderIncluded() {
        try (Cast c = Cast.start()) {
            c.lobby().chat("hello");
            for (Bot b : c.inChannels()) {
                assertUserMessage("lobby", line("hello"), b.sync());
            }
            assertEquals(List.of(), c.planet().sync(), "outside every channel: nothing");

            // The content is relayed byte for byte, even without the client's NUL.
            byte[] raw = {0x41, 0x42, (byte) 0xEA, (byte) 0xB0, (byte) 0x80};
            c.member().send(new SendMainRoomMessageRequest(raw));
            for (Bot b : List.of(c.member(), c.lobby(), c.master(), c.other())) {
                assertUserMessage("member", raw, b.sync());
            }

            // Chat only needs authorization (spec 02 §5.10): a sender outside the channels reaches them all.
            c.planet().chat("from outside");
            assertEquals(List.of(), c.planet().sync());
            for (Bot b : c.inChannels()) {
                assertUserMessage("planet", line("from outside"), b.sync());
            }
        }
    }

    @Test
    void anAdministratorsChatIsAnAdminMessageAndOnlyAdministratorsAnnounce() {
        try (Cast c = Cast.start();
                Bot admin = c.server().bot().login(c.server().register("gm", true), 0)) {
            c.all().forEach(Bot::sync);
            admin.chat("behave");
            for (Bot b : List.of(admin, c.lobby(), c.master(), c.member(), c.other())) {
                List<Object> got = b.sync();
                assertEquals(1, got.size(), got::toString);
                MainRoomAdminMessageResponse m = assertInstanceOf(MainRoomAdminMessageResponse.class, got.get(0));
                assertEquals("gm", m.sender());
                assertArrayEquals(line("behave"), m.content());
            }

            // Spec 02 O8: the reference lets anybody announce. Mozart drops a non-administrator's
            // announcement: no reply, nobody hears it.
            c.lobby().announce("free gems for all");
            for (Bot b : c.all()) {
                assertEquals(List.of(), b.sync());
            }
            assertEquals(List.of(), admin.sync());

            admin.announce("maintenance at noon");
            for (Bot b : List.of(admin, c.lobby(), c.master(), c.member(), c.other())) {
                assertEquals(List.of(new AnnouncementResponse("maintenance at noon")), b.sync());
            }
            assertEquals(List.of(), c.planet().sync());
        }
    }

    @Test
    void aWhisperReachesOnlyItsTarget() {
        try (Cast c = Cast.start()) {
            // Across channels, into a room.
            assertEquals(
                    List.of(SendWhisperResponse.delivered("other", "psst")),
                    c.member().whisper("other", "psst"));
            assertEquals(
                    List.of(new ReceiveWhisperNotice("member", "psst")),
                    c.other().sync());
            for (Bot b : List.of(c.lobby(), c.master(), c.planet())) {
                assertEquals(List.of(), b.sync());
            }

            // Nobody with that nickname (exact, case-sensitive): "not online", nobody hears it.
            assertEquals(
                    List.of(SendWhisperResponse.notOnline("nobody")), c.lobby().whisper("nobody", "hi"));
            assertEquals(
                    List.of(SendWhisperResponse.notOnline("OTHER")), c.lobby().whisper("OTHER", "hi"));
            // Only sessions in a channel are searched.
            assertEquals(
                    List.of(SendWhisperResponse.notOnline("planet")), c.lobby().whisper("planet", "hi"));
            for (Bot b : c.all()) {
                assertEquals(List.of(), b.sync());
            }

            // Whispering oneself works: the whisper arrives before the response.
            assertEquals(
                    List.of(new ReceiveWhisperNotice("lobby", "me"), SendWhisperResponse.delivered("lobby", "me")),
                    c.lobby().whisper("lobby", "me"));
        }
    }

    @Test
    void roomChatStaysInTheRoom() {
        try (Cast c = Cast.start()) {
            c.member().roomChat("gg");
            for (Bot b : List.of(c.member(), c.master())) {
                List<Object> got = b.sync();
                assertEquals(1, got.size(), got::toString);
                WaitingUserMessageResponse m = assertInstanceOf(WaitingUserMessageResponse.class, got.get(0));
                assertEquals("member", m.sender());
                assertArrayEquals(line("gg"), m.content());
                assertEquals(1, m.memberId(), "the sender's slot");
            }
            for (Bot b : List.of(c.lobby(), c.other(), c.planet())) {
                assertEquals(List.of(), b.sync());
            }
            // Outside a room the request is dropped.
            c.lobby().roomChat("anyone?");
            for (Bot b : c.all()) {
                assertEquals(List.of(), b.sync());
            }
        }
    }

    @Test
    void chatEventsSeeEveryLineAndACancelledLineIsNotSent() {
        try (Cast c = Cast.start()) {
            List<ChatMessage> seen = new CopyOnWriteArrayList<>();
            try (Subscription s = c.server().server().events().on(ChatMessage.class, e -> {
                seen.add(e);
                if (e.text().contains("darn")) {
                    e.cancel("language");
                }
            })) {
                c.lobby().chat("darn it");
                c.lobby().whisper("member", "darn");
                for (Bot b : c.all()) {
                    assertEquals(List.of(), b.sync(), "a cancelled line reaches nobody");
                }
                c.lobby().chat("nice");
                for (Bot b : c.inChannels()) {
                    assertUserMessage("lobby", line("nice"), b.sync());
                }
            }
            List<String> texts = new ArrayList<>();
            for (ChatMessage e : seen) {
                texts.add(e.scope() + ":" + e.senderNickname() + ":" + e.text());
            }
            assertEquals(List.of("LOBBY:lobby:darn it", "WHISPER:lobby:darn", "LOBBY:lobby:nice"), texts);
        }
    }

    @Test
    void anUnauthorizedSessionGetsInvalidLoginForChat() {
        try (TestServer server = TestServer.start();
                Bot stranger = server.bot();
                Bot lobby = server.lobbyBot("l")) {
            stranger.chat("hi");
            assertEquals(List.of(AuthResponse.INVALID), stranger.sync());
            stranger.send(new SendWhisperRequest("l", "hi"));
            assertEquals(List.of(AuthResponse.INVALID), stranger.sync());
            stranger.announce("hi");
            assertEquals(List.of(AuthResponse.INVALID), stranger.sync());
            assertEquals(List.of(), lobby.sync());
        }
    }
}
