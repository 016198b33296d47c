package io.mozart.server.protocol.lobby;

import static io.mozart.encore.codec.Codecs.BOOL16;
import static io.mozart.encore.codec.Codecs.BOOL8;
import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.U16;
import static io.mozart.encore.codec.Codecs.U32;
import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Codecs.cstr;
import static io.mozart.encore.codec.Codecs.fixedList;
import static io.mozart.encore.codec.Codecs.listI32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.EncodeException;
import io.mozart.server.protocol.ServerMessage;
import io.mozart.server.protocol.common.EquipBlock;
import io.mozart.server.protocol.common.Wire;
import io.netty.buffer.ByteBuf;
import java.util.List;
import java.util.Objects;

/** JoinRoom, S→C response 0x0BBB (spec 02 §5.5). */
public record JoinRoomResponse(int result, RoomInfo info) implements ServerMessage {
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

    public static final Codec<JoinRoomResponse> CODEC = of(
            of("result", I32, JoinRoomResponse::result),
            of("info", RoomInfo.CODEC.optional(), JoinRoomResponse::info),
            JoinRoomResponse::new);

    public JoinRoomResponse {
        if ((result == SUCCESS) != (info != null)) {
            throw new IllegalArgumentException("room info must be present exactly on success (result " + result + ")");
        }
    }

    public static JoinRoomResponse failure(int result) {
        return new JoinRoomResponse(result, null);
    }

    public static JoinRoomResponse success(RoomInfo info) {
        return new JoinRoomResponse(SUCCESS, info);
    }

    /** The room snapshot a joiner receives. */
    public record RoomInfo(
            int index,
            int team,
            String title,
            int musicId,
            int arena,
            int mode,
            int difficulty,
            int speed,
            int userCount,
            List<SlotInfo> slots,
            List<Integer> skills,
            boolean premium) {
        public static final int SLOT_COUNT = 7;
        public static final Codec<RoomInfo> CODEC = of(
                of("index", U8, RoomInfo::index),
                of("team", U8, RoomInfo::team),
                of("title", cstr(), RoomInfo::title),
                of("musicId", U16, RoomInfo::musicId),
                of("arena", I32, RoomInfo::arena),
                of("mode", U8, RoomInfo::mode),
                of("difficulty", U8, RoomInfo::difficulty),
                of("speed", U8, RoomInfo::speed),
                of("userCount", I32, RoomInfo::userCount),
                of("slots", fixedList(SlotInfo.CODEC, SLOT_COUNT), RoomInfo::slots),
                of("skills", listI32(I32), RoomInfo::skills),
                of("premium", BOOL16, RoomInfo::premium),
                RoomInfo::new);

        public RoomInfo {
            Objects.requireNonNull(title, "title");
            slots = List.copyOf(slots);
            if (slots.size() != SLOT_COUNT) {
                throw new IllegalArgumentException("room info needs exactly " + SLOT_COUNT + " slots");
            }
            skills = List.copyOf(skills);
        }
    }

    /** One slot: 5 bytes, plus the member record when occupied. */
    public record SlotInfo(int index, int state, MemberInfo member) {
        /** RoomSlotState Unoccupied (vacant). */
        public static final int VACANT = 0;

        public static final int OCCUPIED = 1;
        public static final int LOCKED = 2;

        /** Hand-written: the member record follows only when {@code state} is {@link #OCCUPIED}. */
        public static final Codec<SlotInfo> CODEC = new Codec<>() {
            @Override
            public SlotInfo read(ByteBuf in) {
                int index = Wire.read(in, "index", U8);
                int state = Wire.read(in, "state", I32);
                MemberInfo member = null;
                if (state == OCCUPIED) {
                    member = Wire.read(in, "member", MemberInfo.CODEC);
                }
                return new SlotInfo(index, state, member);
            }

            @Override
            public void write(ByteBuf out, SlotInfo value) {
                if (value == null) {
                    throw new EncodeException("slot is null");
                }
                Wire.write(out, "index", U8, value.index);
                Wire.write(out, "state", I32, value.state);
                if (value.member != null) {
                    Wire.write(out, "member", MemberInfo.CODEC, value.member);
                }
            }
        };

        public SlotInfo {
            if ((state == OCCUPIED) != (member != null)) {
                throw new IllegalArgumentException("member must be present exactly when the slot is occupied");
            }
        }

        public static SlotInfo vacant(int index) {
            return new SlotInfo(index, VACANT, null);
        }

        public static SlotInfo locked(int index) {
            return new SlotInfo(index, LOCKED, null);
        }

        public static SlotInfo occupied(int index, MemberInfo member) {
            return new SlotInfo(index, OCCUPIED, member);
        }
    }

    public record MemberInfo(
            String nickname,
            int level,
            int gender,
            int gem,
            boolean isRoomMaster,
            int team,
            boolean ready,
            int musicState,
            EquipBlock equipment,
            List<Integer> musicIds,
            int cashPoint,
            long freePass,
            int playingState,
            boolean isAdministrator) {
        public static final Codec<MemberInfo> CODEC = of(
                of("nickname", cstr(), MemberInfo::nickname),
                of("level", I32, MemberInfo::level),
                of("gender", U8, MemberInfo::gender),
                of("gem", I32, MemberInfo::gem),
                of("isRoomMaster", BOOL8, MemberInfo::isRoomMaster),
                of("team", U8, MemberInfo::team),
                of("ready", BOOL8, MemberInfo::ready),
                of("musicState", U8, MemberInfo::musicState),
                of("equipment", EquipBlock.CODEC, MemberInfo::equipment),
                of("musicIds", listI32(U16), MemberInfo::musicIds),
                of("cashPoint", I32, MemberInfo::cashPoint),
                of("freePass", U32, MemberInfo::freePass),
                of("playingState", U8, MemberInfo::playingState),
                of("isAdministrator", BOOL8, MemberInfo::isAdministrator),
                MemberInfo::new);

        public MemberInfo {
            Objects.requireNonNull(nickname, "nickname");
            Objects.requireNonNull(equipment, "equipment");
            musicIds = List.copyOf(musicIds);
        }
    }
}
