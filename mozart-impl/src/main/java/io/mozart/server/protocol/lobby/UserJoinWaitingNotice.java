package io.mozart.server.protocol.lobby;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;
import io.mozart.server.protocol.common.EquipBlock;

import java.util.List;

/**
 * UserJoinWaiting, S→C event 0x0BBC (spec 02 §5.5, 03 §5.17), sent to the other room members when a
 * session joins. Body size = 92 + UTF-8 length of the nickname + 2 × number of music ids.
 * Unlike {@link JoinRoomResponse.MemberInfo} it starts with {@code memberId} and has no master flag.
 *
 * @param memberId        joiner's slot index, {@code u8}
 * @param nickname        nickname
 * @param level           level
 * @param gender          Gender {@code u8}
 * @param gem             gem
 * @param team            RoomTeam {@code u8}
 * @param ready           always false for a fresh joiner
 * @param musicState      MusicState {@code u8}; the reference always sends 0 here (oddity O6)
 * @param equipment       equipped items
 * @param musicIds        verbatim installed-music list ({@code i32} count of {@code u16})
 * @param cashPoint       cash points
 * @param freePass        FreePassType {@code u32}
 * @param playingState    PlayingState {@code u8}: 0, or 2 when joining a Playing room
 * @param isAdministrator administrator flag
 */
public record UserJoinWaitingNotice(int memberId, String nickname, int level, int gender, int gem, int team,
                                    boolean ready, int musicState, EquipBlock equipment, List<Integer> musicIds,
                                    int cashPoint, long freePass, int playingState, boolean isAdministrator) {

    /** Wire codec. */
    public static final Codec<UserJoinWaitingNotice> CODEC = StructCodec.of(
            Field.of("memberId", Codecs.U8, UserJoinWaitingNotice::memberId),
            Field.of("nickname", Codecs.cstr(), UserJoinWaitingNotice::nickname),
            Field.of("level", Codecs.I32, UserJoinWaitingNotice::level),
            Field.of("gender", Codecs.U8, UserJoinWaitingNotice::gender),
            Field.of("gem", Codecs.I32, UserJoinWaitingNotice::gem),
            Field.of("team", Codecs.U8, UserJoinWaitingNotice::team),
            Field.of("ready", Codecs.BOOL8, UserJoinWaitingNotice::ready),
            Field.of("musicState", Codecs.U8, UserJoinWaitingNotice::musicState),
            Field.of("equipment", EquipBlock.CODEC, UserJoinWaitingNotice::equipment),
            Field.of("musicIds", Codecs.listI32(Codecs.U16), UserJoinWaitingNotice::musicIds),
            Field.of("cashPoint", Codecs.I32, UserJoinWaitingNotice::cashPoint),
            Field.of("freePass", Codecs.U32, UserJoinWaitingNotice::freePass),
            Field.of("playingState", Codecs.U8, UserJoinWaitingNotice::playingState),
            Field.of("isAdministrator", Codecs.BOOL8, UserJoinWaitingNotice::isAdministrator),
            UserJoinWaitingNotice::new);

    /**
     * Validates widths and copies.
     */
    public UserJoinWaitingNotice {
        Check.u8("memberId", memberId);
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
