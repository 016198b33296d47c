package io.mozart.server.protocol.lobby;

import static io.mozart.encore.codec.Codecs.BOOL16;
import static io.mozart.encore.codec.Codecs.BOOL8;
import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.U16;
import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Codecs.cstr;
import static io.mozart.encore.codec.Codecs.listI32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;
import java.util.List;
import java.util.Objects;

/** RoomList, S→C response 0x07D3 (spec 02 §5.2): always exactly {@value #ROOM_COUNT} entries ({@code i32} count). */
public record RoomListResponse(List<RoomEntry> rooms) implements ServerMessage {
    /** Number of entries, always. */
    public static final int ROOM_COUNT = 100;

    public static final Codec<RoomListResponse> CODEC =
            of(of("rooms", listI32(RoomEntry.CODEC), RoomListResponse::rooms), RoomListResponse::new);

    public RoomListResponse {
        rooms = List.copyOf(rooms);
        if (rooms.size() != ROOM_COUNT) {
            throw new IllegalArgumentException("room list needs exactly " + ROOM_COUNT + " entries: " + rooms.size());
        }
    }

    public record RoomEntry(
            int number,
            int state,
            String title,
            boolean hasPassword,
            int musicId,
            int difficulty,
            int mode,
            int speed,
            int capacity,
            int userCount,
            int minLevelLimit,
            int maxLevelLimit,
            List<Integer> skills,
            boolean premium,
            int type) {
        /** Maximum size of the title field, terminator included. */
        public static final int TITLE_MAX = 21;
        /** The empty entry for a free room number below the channel capacity (spec 02 §5.2): mode 3, capacity 0. */
        public static final RoomEntry EMPTY =
                new RoomEntry(0, 0, "", false, 0, 0, 3, 1, 0, 0, 0, 0, List.of(), false, 0);
        /** The filler entry beyond a channel capacity below 100 (spec 02 §5.2): mode 0, capacity 8. */
        public static final RoomEntry FILLER =
                new RoomEntry(0, 0, "", false, 0, 0, 0, 1, 8, 0, 0, 0, List.of(), false, 0);

        public static final Codec<RoomEntry> CODEC = of(
                of("number", I32, RoomEntry::number),
                of("state", U8, RoomEntry::state),
                of("title", cstr(TITLE_MAX), RoomEntry::title),
                of("hasPassword", BOOL8, RoomEntry::hasPassword),
                of("musicId", U16, RoomEntry::musicId),
                of("difficulty", U8, RoomEntry::difficulty),
                of("mode", U8, RoomEntry::mode),
                of("speed", U8, RoomEntry::speed),
                of("capacity", U8, RoomEntry::capacity),
                of("userCount", U8, RoomEntry::userCount),
                of("minLevelLimit", U8, RoomEntry::minLevelLimit),
                of("maxLevelLimit", U8, RoomEntry::maxLevelLimit),
                of("skills", listI32(I32), RoomEntry::skills),
                of("premium", BOOL16, RoomEntry::premium),
                of("type", U8, RoomEntry::type),
                RoomEntry::new);

        public RoomEntry {
            Objects.requireNonNull(title, "title");
            skills = List.copyOf(skills);
        }
    }
}
