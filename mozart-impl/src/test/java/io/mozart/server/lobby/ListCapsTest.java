package io.mozart.server.lobby;

import io.mozart.encore.codec.EncodeException;
import io.mozart.encore.pipeline.FrameDecoder;
import io.mozart.encore.pipeline.Frames;
import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.LobbyFrames;
import io.mozart.server.protocol.common.MusicPremiumEntry;
import io.mozart.server.protocol.lobby.LobbyPackets;
import io.mozart.server.protocol.lobby.MusicPremiumTimeListNotice;
import io.mozart.server.protocol.lobby.UserListResponse;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The one-frame caps of the lobby lists match what the codecs really write (protocol README rule 4). */
class ListCapsTest {

    private static final PacketRegistry REGISTRY = LobbyFrames.registry(LobbyPackets::register);

    /** Encodes a frame the way the server does, which refuses a payload over one frame. */
    private static int frameLength(Object packet) {
        ByteBuf frame = Frames.encode(REGISTRY, ByteBufAllocator.DEFAULT, packet);
        try {
            return frame.readableBytes();
        } finally {
            frame.release();
        }
    }

    @Test
    void userEntrySizeIsTheEncodedSize() {
        for (String nick : List.of("", "a", "twenty-characters-xx", "한글닉")) {
            UserListResponse one = new UserListResponse(List.of(new UserListResponse.UserEntry(7, nick, nick, 3)));
            UserListResponse none = new UserListResponse(List.of());
            int entry = LobbyFrames.frame(REGISTRY, one).length - LobbyFrames.frame(REGISTRY, none).length;
            assertEquals(entry, LobbyHandlers.userEntrySize(nick), nick);
        }
    }

    @Test
    void aUserListFilledToTheBudgetFitsOneFrame() {
        // The handler's budget: the frame's payload limit minus opcode and count.
        String nick = "twenty-characters-xx";
        int per = LobbyHandlers.userEntrySize(nick);
        int fit = (FrameDecoder.MAX_FRAME_LENGTH - 2 - 2 - 4) / per;
        List<UserListResponse.UserEntry> users = new ArrayList<>(
                Collections.nCopies(fit, new UserListResponse.UserEntry(1, nick, nick, 1)));
        assertEquals(8 + fit * per, frameLength(new UserListResponse(users)));
        users.add(new UserListResponse.UserEntry(1, nick, nick, 1));
        assertThrows(EncodeException.class, () -> frameLength(new UserListResponse(users)));
    }

    @Test
    void thePremiumTimeCapIsTheLargestListThatFits() {
        List<MusicPremiumEntry> entries = new ArrayList<>(
                Collections.nCopies(LobbyHandlers.MAX_PREMIUM_ENTRIES, MusicPremiumEntry.unlimited(1)));
        assertEquals(32761, frameLength(new MusicPremiumTimeListNotice(entries)));
        entries.add(MusicPremiumEntry.unlimited(1));
        assertThrows(EncodeException.class, () -> frameLength(new MusicPremiumTimeListNotice(entries)));
    }
}
