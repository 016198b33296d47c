package io.mozart.server.protocol.lobby;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.ProtocolFrames;
import io.mozart.server.protocol.RecordCodecProperties;
import io.mozart.server.protocol.common.GiftItemEntry;
import io.mozart.server.protocol.common.GiftMusicEntry;
import io.mozart.server.protocol.common.MusicPremiumEntry;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.OptionalInt;
import net.jqwik.api.Arbitrary;

/** The shared record properties ({@link RecordCodecProperties}) for the lobby area, with its spec sizes. */
class LobbyRoundTripProperties extends RecordCodecProperties {

    private static final PacketRegistry REGISTRY = ProtocolFrames.registry(LobbyPackets::register);

    @Override
    protected PacketRegistry registry() {
        return REGISTRY;
    }

    @Override
    protected Map<Class<?>, Arbitrary<?>> arbitraries() {
        return LobbyArbitraries.all();
    }

    /** Sizes the spec fixes or gives a formula for (02 §4–§6, 03 §5.17). */
    @Override
    protected OptionalInt expectedBodySize(Object p) {
        if (p instanceof GetCharacterInfoRequest
                || p instanceof GetChannelInfoRequest
                || p instanceof GetUserListRequest
                || p instanceof GetMusicListRequest
                || p instanceof GetGiftMessageListRequest) {
            return OptionalInt.of(0);
        }
        if (p instanceof MusicLoadedNotice) {
            return OptionalInt.of(2);
        }
        if (p instanceof RoomRemovedNotice || p instanceof ReadGiftMessageRequest) {
            return OptionalInt.of(4);
        }
        if (p instanceof RoomStateChangedNotice) {
            return OptionalInt.of(5);
        }
        if (p instanceof RoomParameterChangedNotice) {
            return OptionalInt.of(8);
        }
        if (p instanceof RoomUserCountChangedNotice) {
            return OptionalInt.of(9);
        }
        if (p instanceof RoomSkillChangedNotice n) {
            return OptionalInt.of(8 + 4 * n.skills().size());
        }
        if (p instanceof MusicListResponse r) {
            return OptionalInt.of(
                    2 + MusicListResponse.MusicInfo.SIZE * r.music().size());
        }
        if (p instanceof MusicPremiumTimeListNotice n) {
            return OptionalInt.of(4 + MusicPremiumEntry.SIZE * n.entries().size());
        }
        if (p instanceof SendMusicListRequest r) {
            return OptionalInt.of(4 + 2 * r.musicIds().size());
        }
        if (p instanceof CreateRoomResponse r) {
            return OptionalInt.of(r.number() == null ? 4 : 10);
        }
        if (p instanceof JoinRoomResponse r && r.info() == null) {
            return OptionalInt.of(4);
        }
        if (p instanceof UserJoinWaitingNotice n) {
            return OptionalInt.of(92 + utf8(n.nickname()) + 2 * n.musicIds().size());
        }
        if (p instanceof RoomListResponse r) {
            int size = 4;
            for (RoomListResponse.RoomEntry e : r.rooms()) {
                size += 23 + utf8(e.title()) + 4 * e.skills().size();
            }
            return OptionalInt.of(size);
        }
        if (p instanceof CharacterInfoResponse c) {
            int gifts = 0;
            for (GiftItemEntry g : c.itemGiftBox()) {
                gifts += 9 + utf8(g.sender());
            }
            for (GiftMusicEntry g : c.musicGiftBox()) {
                gifts += 9 + utf8(g.sender());
            }
            return OptionalInt.of(4
                    + utf8(c.nickname())
                    + 1
                    + 1
                    + 36
                    + 1
                    + 64
                    + 4
                    + 4 * c.inventory().size()
                    + 4
                    + 2
                    + 2
                    + gifts
                    + 12
                    + 4
                    + 8 * c.attributiveItems().size()
                    + 4);
        }
        return OptionalInt.empty();
    }

    private static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
