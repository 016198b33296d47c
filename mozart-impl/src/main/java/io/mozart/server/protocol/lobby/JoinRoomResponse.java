package io.mozart.server.protocol.lobby;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.DecodeException;
import io.mozart.encore.codec.EncodeException;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;
import io.mozart.server.protocol.common.EquipBlock;
import io.netty.buffer.ByteBuf;

import java.util.List;

/**
 * JoinRoom, S→C response 0x0BBB (spec 02 §5.5). Wrong password: {@code 08 00 BB 0B FD FF FF FF};
 * full: {@code 08 00 BB 0B FA FF FF FF}.
 *
 * @param result JoinResult, a {@code u32} on the wire carried as a signed {@code int}
 * @param info   the room snapshot; present exactly when {@code result} is {@link #SUCCESS}
 */
public record JoinRoomResponse(int result, RoomInfo info) {

    /** JoinResult Success. */
    public static final int SUCCESS = 0;
    /** JoinResult GenericError (0xFFFFFFFF), not produced by the reference. */
    public static final int GENERIC_ERROR = -1;
    /** JoinResult InvalidMode (0xFFFFFFFE), not produced by the reference. */
    public static final int INVALID_MODE = -2;
    /** JoinResult InvalidPassword (0xFFFFFFFD). */
    public static final int INVALID_PASSWORD = -3;
    /** JoinResult InProgress (0xFFFFFFFB), not produced by the reference. */
    public static final int IN_PROGRESS = -5;
    /** JoinResult Full (0xFFFFFFFA). */
    public static final int FULL = -6;
    /** JoinResult NoPass (0xFFFFFFF9), not produced by the reference. */
    public static final int NO_PASS = -7;

    /** Wire codec. */
    public static final Codec<JoinRoomResponse> CODEC = StructCodec.of(
            Field.of("result", Codecs.I32, JoinRoomResponse::result),
            Field.of("info", RoomInfo.CODEC.optional(), JoinRoomResponse::info),
            JoinRoomResponse::new);

    /**
     * Enforces the shape: success ⇔ info present.
     */
    public JoinRoomResponse {
        if ((result == SUCCESS) != (info != null)) {
            throw new IllegalArgumentException("room info must be present exactly on success (result " + result + ")");
        }
    }

    /**
     * @param result a non-zero JoinResult
     * @return the failure reply
     */
    public static JoinRoomResponse failure(int result) {
        return new JoinRoomResponse(result, null);
    }

    /**
     * @param info the room snapshot
     * @return the success reply
     */
    public static JoinRoomResponse success(RoomInfo info) {
        return new JoinRoomResponse(SUCCESS, Check.notNull("info", info));
    }

    /**
     * The room snapshot a joiner receives.
     *
     * @param index      joiner's own slot index (0…7), {@code u8}
     * @param team       joiner's RoomTeam {@code u8}
     * @param title      full room title
     * @param musicId    {@code u16}
     * @param arena      {@code i32} (spec 02 §2.2)
     * @param mode       GameMode {@code u8}
     * @param difficulty Difficulty {@code u8}
     * @param speed      GameSpeed {@code u8}
     * @param userCount  members including the joiner
     * @param slots      exactly 7: the 8 slots minus the joiner's own, ascending slot index, no count
     * @param skills     room skill item ids ({@code i32} count)
     * @param premium    room premium flag, {@code bool16}
     */
    public record RoomInfo(int index, int team, String title, int musicId, int arena, int mode, int difficulty,
                           int speed, int userCount, List<SlotInfo> slots, List<Integer> skills, boolean premium) {

        /** Number of slot records on the wire. */
        public static final int SLOT_COUNT = 7;

        /** Wire codec. */
        public static final Codec<RoomInfo> CODEC = StructCodec.of(
                Field.of("index", Codecs.U8, RoomInfo::index),
                Field.of("team", Codecs.U8, RoomInfo::team),
                Field.of("title", Codecs.cstr(), RoomInfo::title),
                Field.of("musicId", Codecs.U16, RoomInfo::musicId),
                Field.of("arena", Codecs.I32, RoomInfo::arena),
                Field.of("mode", Codecs.U8, RoomInfo::mode),
                Field.of("difficulty", Codecs.U8, RoomInfo::difficulty),
                Field.of("speed", Codecs.U8, RoomInfo::speed),
                Field.of("userCount", Codecs.I32, RoomInfo::userCount),
                Field.of("slots", Codecs.fixedList(SlotInfo.CODEC, SLOT_COUNT), RoomInfo::slots),
                Field.of("skills", Codecs.listI32(Codecs.I32), RoomInfo::skills),
                Field.of("premium", Codecs.BOOL16, RoomInfo::premium),
                RoomInfo::new);

        /**
         * Validates widths and the slot count.
         */
        public RoomInfo {
            Check.u8("index", index);
            Check.u8("team", team);
            Check.notNull("title", title);
            Check.u16("musicId", musicId);
            Check.u8("mode", mode);
            Check.u8("difficulty", difficulty);
            Check.u8("speed", speed);
            slots = List.copyOf(slots);
            if (slots.size() != SLOT_COUNT) {
                throw new IllegalArgumentException("room info needs exactly " + SLOT_COUNT + " slots");
            }
            skills = List.copyOf(skills);
        }
    }

    /**
     * One slot: 5 bytes, plus the member record when occupied.
     *
     * @param index  slot index, {@code u8}
     * @param state  RoomSlotState {@code i32}: 0 vacant, 1 occupied, 2 locked
     * @param member the occupant; present exactly when {@code state} is {@link #OCCUPIED}
     */
    public record SlotInfo(int index, int state, MemberInfo member) {

        /** RoomSlotState Unoccupied (vacant). */
        public static final int VACANT = 0;
        /** RoomSlotState Occupied. */
        public static final int OCCUPIED = 1;
        /** RoomSlotState Locked. */
        public static final int LOCKED = 2;

        /**
         * Wire codec. Hand-written because the member record's presence depends on {@code state}
         * and further slots follow it.
         */
        public static final Codec<SlotInfo> CODEC = new Codec<>() {
            @Override
            public SlotInfo read(ByteBuf in) {
                int index;
                int state;
                try {
                    index = Codecs.U8.read(in);
                } catch (DecodeException e) {
                    throw e.within("index");
                }
                try {
                    state = Codecs.I32.read(in);
                } catch (DecodeException e) {
                    throw e.within("state");
                }
                MemberInfo member = null;
                if (state == OCCUPIED) {
                    try {
                        member = MemberInfo.CODEC.read(in);
                    } catch (DecodeException e) {
                        throw e.within("member");
                    }
                }
                return new SlotInfo(index, state, member);
            }

            @Override
            public void write(ByteBuf out, SlotInfo value) {
                if (value == null) {
                    throw new EncodeException("slot is null");
                }
                out.writeByte(value.index);
                out.writeIntLE(value.state);
                if (value.member != null) {
                    try {
                        MemberInfo.CODEC.write(out, value.member);
                    } catch (EncodeException e) {
                        throw e.within("member");
                    }
                }
            }
        };

        /**
         * Enforces the shape: occupied ⇔ member present.
         */
        public SlotInfo {
            Check.u8("index", index);
            if ((state == OCCUPIED) != (member != null)) {
                throw new IllegalArgumentException("member must be present exactly when the slot is occupied");
            }
        }

        /**
         * @param index slot index
         * @return a vacant slot
         */
        public static SlotInfo vacant(int index) {
            return new SlotInfo(index, VACANT, null);
        }

        /**
         * @param index slot index
         * @return a locked slot
         */
        public static SlotInfo locked(int index) {
            return new SlotInfo(index, LOCKED, null);
        }

        /**
         * @param index  slot index
         * @param member the occupant
         * @return an occupied slot
         */
        public static SlotInfo occupied(int index, MemberInfo member) {
            return new SlotInfo(index, OCCUPIED, Check.notNull("member", member));
        }
    }

    /**
     * An occupant of a slot.
     *
     * @param nickname        nickname
     * @param level           level
     * @param gender          Gender {@code u8}
     * @param gem             gem
     * @param isRoomMaster    master flag
     * @param team            RoomTeam {@code u8}
     * @param ready           ready flag
     * @param musicState      MusicState {@code u8}
     * @param equipment       equipped items
     * @param musicIds        the member's reported installed-music list, verbatim ({@code i32} count of {@code u16})
     * @param cashPoint       cash points
     * @param freePass        FreePassType {@code u32}: active pass type, 0 if none or expired
     * @param playingState    PlayingState {@code u8}
     * @param isAdministrator administrator flag
     */
    public record MemberInfo(String nickname, int level, int gender, int gem, boolean isRoomMaster, int team,
                             boolean ready, int musicState, EquipBlock equipment, List<Integer> musicIds,
                             int cashPoint, long freePass, int playingState, boolean isAdministrator) {

        /** Wire codec. */
        public static final Codec<MemberInfo> CODEC = StructCodec.of(
                Field.of("nickname", Codecs.cstr(), MemberInfo::nickname),
                Field.of("level", Codecs.I32, MemberInfo::level),
                Field.of("gender", Codecs.U8, MemberInfo::gender),
                Field.of("gem", Codecs.I32, MemberInfo::gem),
                Field.of("isRoomMaster", Codecs.BOOL8, MemberInfo::isRoomMaster),
                Field.of("team", Codecs.U8, MemberInfo::team),
                Field.of("ready", Codecs.BOOL8, MemberInfo::ready),
                Field.of("musicState", Codecs.U8, MemberInfo::musicState),
                Field.of("equipment", EquipBlock.CODEC, MemberInfo::equipment),
                Field.of("musicIds", Codecs.listI32(Codecs.U16), MemberInfo::musicIds),
                Field.of("cashPoint", Codecs.I32, MemberInfo::cashPoint),
                Field.of("freePass", Codecs.U32, MemberInfo::freePass),
                Field.of("playingState", Codecs.U8, MemberInfo::playingState),
                Field.of("isAdministrator", Codecs.BOOL8, MemberInfo::isAdministrator),
                MemberInfo::new);

        /**
         * Validates widths and copies.
         */
        public MemberInfo {
            Check.notNull("nickname", nickname);
            Check.u8("gender", gender);
            Check.u8("team", team);
            Check.u8("musicState", musicState);
            Check.notNull("equipment", equipment);
            musicIds = List.copyOf(musicIds);
            for (int id : musicIds) {
                Check.u16("musicIds[]", id);
            }
            Check.u32("freePass", freePass);
            Check.u8("playingState", playingState);
        }
    }
}
