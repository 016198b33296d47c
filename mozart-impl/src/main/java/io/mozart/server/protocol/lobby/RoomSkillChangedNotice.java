package io.mozart.server.protocol.lobby;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

import java.util.List;

/**
 * RoomSkillChanged, S→C event 0x07E9 (spec 02 §6.7).
 *
 * @param number room number
 * @param skills skill item ids ({@code i32} count); the master's setting with ids ≤ 0 removed
 */
public record RoomSkillChangedNotice(int number, List<Integer> skills) {

    /** Wire codec. */
    public static final Codec<RoomSkillChangedNotice> CODEC = StructCodec.of(
            Field.of("number", Codecs.I32, RoomSkillChangedNotice::number),
            Field.of("skills", Codecs.listI32(Codecs.I32), RoomSkillChangedNotice::skills),
            RoomSkillChangedNotice::new);

    /**
     * Copies the list.
     */
    public RoomSkillChangedNotice {
        skills = List.copyOf(skills);
    }
}
