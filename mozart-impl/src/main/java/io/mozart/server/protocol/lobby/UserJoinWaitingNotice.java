package io.mozart.server.protocol.lobby;

import static io.mozart.encore.codec.Codecs.BOOL8;
import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.U16;
import static io.mozart.encore.codec.Codecs.U32;
import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Codecs.cstr;
import static io.mozart.encore.codec.Codecs.listI32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;
import io.mozart.server.protocol.common.EquipBlock;
import java.util.List;
import java.util.Objects;

/** UserJoinWaiting, S→C event 0x0BBC (spec 02 §5.5, 03 §5.17), sent to the other room members when a session joins. */
public record UserJoinWaitingNotice(
        int memberId,
        String nickname,
        int level,
        int gender,
        int gem,
        int team,
        boolean ready,
        int musicState,
        EquipBlock equipment,
        List<Integer> musicIds,
        int cashPoint,
        long freePass,
        int playingState,
        boolean isAdministrator)
        implements ServerMessage {
    public static final Codec<UserJoinWaitingNotice> CODEC = of(
            of("memberId", U8, UserJoinWaitingNotice::memberId),
            of("nickname", cstr(), UserJoinWaitingNotice::nickname),
            of("level", I32, UserJoinWaitingNotice::level),
            of("gender", U8, UserJoinWaitingNotice::gender),
            of("gem", I32, UserJoinWaitingNotice::gem),
            of("team", U8, UserJoinWaitingNotice::team),
            of("ready", BOOL8, UserJoinWaitingNotice::ready),
            of("musicState", U8, UserJoinWaitingNotice::musicState),
            of("equipment", EquipBlock.CODEC, UserJoinWaitingNotice::equipment),
            of("musicIds", listI32(U16), UserJoinWaitingNotice::musicIds),
            of("cashPoint", I32, UserJoinWaitingNotice::cashPoint),
            of("freePass", U32, UserJoinWaitingNotice::freePass),
            of("playingState", U8, UserJoinWaitingNotice::playingState),
            of("isAdministrator", BOOL8, UserJoinWaitingNotice::isAdministrator),
            UserJoinWaitingNotice::new);

    public UserJoinWaitingNotice {
        Objects.requireNonNull(nickname, "nickname");
        Objects.requireNonNull(equipment, "equipment");
        musicIds = List.copyOf(musicIds);
    }
}
