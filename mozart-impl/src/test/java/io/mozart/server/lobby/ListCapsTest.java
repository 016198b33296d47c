package io.mozart.server.lobby;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.encore.pipeline.Frames;
import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.ClientFrames;
import io.mozart.server.protocol.ProtocolFrames;
import io.mozart.server.protocol.common.MusicPremiumEntry;
import io.mozart.server.protocol.lobby.LobbyPackets;
import io.mozart.server.protocol.lobby.MusicPremiumTimeListNotice;
import io.mozart.server.protocol.lobby.UserListResponse;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one-frame caps of the lobby lists match what the codecs really write (protocol README rule 4). */
class ListCapsTest {

    private static final PacketRegistry REGISTRY = ProtocolFrames.registry(LobbyPackets::register);

    /** Encodes a frame the way the server does, which refuses a payload over one frame. */
    private static int frameLength(Object packet) {
        ByteBuf frame = Frames.encode(REGISTRY, ByteBufAllocator.DEFAULT, packet);
        try {
            return frame.readableBytes();
        } finally {
            frame.release();
        }
    }

    /** Opcode + body, as the limits count it. */
    private static int payload(Object packet) {
        return frameLength(packet) - 2;
    }

    @Test
    void userEntrySizeIsTheEncodedSize() {
        for (String nick : List.of("", "a", "twenty-characters-xx", "한글닉")) {
            UserListResponse one = new UserListResponse(List.of(new UserListResponse.UserEntry(7, nick, nick, 3)));
            UserListResponse none = new UserListResponse(List.of());
            int entry = ProtocolFrames.frame(REGISTRY, one).length - ProtocolFrames.frame(REGISTRY, none).length;
            assertEquals(entry, LobbyHandlers.userEntrySize(nick), nick);
        }
    }

    @Test
    void aUserListFilledToTheBudgetFitsOneFrameAndARelay() {
        // The handler's budget: the largest client message (ClientFrames) minus opcode and count.
        String nick = "twenty-characters-xx";
        int per = LobbyHandlers.userEntrySize(nick);
        int fit = (ClientFrames.MAX_PAYLOAD - 2 - 4) / per;
        List<UserListResponse.UserEntry> users =
                new ArrayList<>(Collections.nCopies(fit, new UserListResponse.UserEntry(1, nick, nick, 1)));
        assertEquals(2 + 4 + fit * per, payload(new UserListResponse(users)));
        users.add(new UserListResponse.UserEntry(1, nick, nick, 1));
        assertTrue(payload(new UserListResponse(users)) > ClientFrames.MAX_PAYLOAD, "one more would not fit");
    }

    @Test
    void thePremiumTimeCapIsTheLargestListThatFits() {
        List<MusicPremiumEntry> entries =
                new ArrayList<>(Collections.nCopies(LobbyHandlers.MAX_PREMIUM_ENTRIES, MusicPremiumEntry.unlimited(1)));
        // opcode, i32 count, 7 bytes each: 6 + 7 * 4674 = 32724 <= 32730, the largest relayable client message
        assertEquals(4674, LobbyHandlers.MAX_PREMIUM_ENTRIES);
        assertEquals(32724, payload(new MusicPremiumTimeListNotice(entries)));
        entries.add(MusicPremiumEntry.unlimited(1));
        assertTrue(payload(new MusicPremiumTimeListNotice(entries)) > ClientFrames.MAX_PAYLOAD);
    }
}
