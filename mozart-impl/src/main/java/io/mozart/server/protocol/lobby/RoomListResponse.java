package io.mozart.server.protocol.lobby;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

import java.util.List;

/**
 * RoomList, S→C response 0x07D3 (spec 02 §5.2): always exactly {@value #ROOM_COUNT} entries
 * ({@code i32} count). An all-empty list is a 2308-byte frame.
 *
 * @param rooms the entries, index = room number
 */
public record RoomListResponse(List<RoomEntry> rooms) {

    /** Number of entries, always. */
    public static final int ROOM_COUNT = 100;

    /** Wire codec. */
    public static final Codec<RoomListResponse> CODEC = StructCodec.of(
            Field.of("rooms", Codecs.listI32(RoomEntry.CODEC), RoomListResponse::rooms),
            RoomListResponse::new);

    /**
     * Enforces exactly 100 entries.
     */
    public RoomListResponse {
        rooms = List.copyOf(rooms);
        if (rooms.size() != ROOM_COUNT) {
            throw new IllegalArgumentException("room list needs exactly " + ROOM_COUNT + " entries: " + rooms.size());
        }
    }

    /**
     * One room-list entry.
     *
     * @param number        room number; 0 in empty entries
     * @param state         RoomState {@code u8}: 0 no room, 1 Waiting, 2 Playing
     * @param title         {@code cstr(21)}: longer titles are cut to 20 bytes on the wire
     * @param hasPassword   password non-empty
     * @param musicId       {@code u16}
     * @param difficulty    Difficulty {@code u8}
     * @param mode          GameMode {@code u8}; 3 in empty entries
     * @param speed         GameSpeed {@code u8}
     * @param capacity      non-locked slot count, {@code u8}
     * @param userCount     member count, {@code u8}
     * @param minLevelLimit {@code u8}
     * @param maxLevelLimit {@code u8}
     * @param skills        room skill item ids ({@code i32} count)
     * @param premium       {@code bool16}; the reference always sends false here
     * @param type          room decoration type {@code u8}
     */
    public record RoomEntry(int number, int state, String title, boolean hasPassword, int musicId, int difficulty,
                            int mode, int speed, int capacity, int userCount, int minLevelLimit, int maxLevelLimit,
                            List<Integer> skills, boolean premium, int type) {

        /** Maximum size of the title field, terminator included. */
        public static final int TITLE_MAX = 21;

        /**
         * The empty entry for a free room number below the channel capacity (spec 02 §5.2): mode 3, capacity 0.
         * 23 bytes: {@code 00 00 00 00 00 00 00 00 00 00 03 01 00 00 00 00 00 00 00 00 00 00 00}.
         */
        public static final RoomEntry EMPTY = new RoomEntry(0, 0, "", false, 0, 0, 3, 1, 0, 0, 0, 0, List.of(),
                false, 0);

        /**
         * The filler entry beyond a channel capacity below 100 (spec 02 §5.2): mode 0, capacity 8.
         * {@code 00 00 00 00 00 00 00 00 00 00 00 01 08 00 00 00 00 00 00 00 00 00 00}.
         */
        public static final RoomEntry FILLER = new RoomEntry(0, 0, "", false, 0, 0, 0, 1, 8, 0, 0, 0, List.of(),
                false, 0);

        /** Wire codec. */
        public static final Codec<RoomEntry> CODEC = StructCodec.of(
                Field.of("number", Codecs.I32, RoomEntry::number),
                Field.of("state", Codecs.U8, RoomEntry::state),
                Field.of("title", Codecs.cstr(TITLE_MAX), RoomEntry::title),
                Field.of("hasPassword", Codecs.BOOL8, RoomEntry::hasPassword),
                Field.of("musicId", Codecs.U16, RoomEntry::musicId),
                Field.of("difficulty", Codecs.U8, RoomEntry::difficulty),
                Field.of("mode", Codecs.U8, RoomEntry::mode),
                Field.of("speed", Codecs.U8, RoomEntry::speed),
                Field.of("capacity", Codecs.U8, RoomEntry::capacity),
                Field.of("userCount", Codecs.U8, RoomEntry::userCount),
                Field.of("minLevelLimit", Codecs.U8, RoomEntry::minLevelLimit),
                Field.of("maxLevelLimit", Codecs.U8, RoomEntry::maxLevelLimit),
                Field.of("skills", Codecs.listI32(Codecs.I32), RoomEntry::skills),
                Field.of("premium", Codecs.BOOL16, RoomEntry::premium),
                Field.of("type", Codecs.U8, RoomEntry::type),
                RoomEntry::new);

        /**
         * Validates widths and copies.
         */
        public RoomEntry {
            Check.u8("state", state);
            Check.notNull("title", title);
            Check.u16("musicId", musicId);
            Check.u8("difficulty", difficulty);
            Check.u8("mode", mode);
            Check.u8("speed", speed);
            Check.u8("capacity", capacity);
            Check.u8("userCount", userCount);
            Check.u8("minLevelLimit", minLevelLimit);
            Check.u8("maxLevelLimit", maxLevelLimit);
            skills = List.copyOf(skills);
            Check.u8("type", type);
        }
    }
}
