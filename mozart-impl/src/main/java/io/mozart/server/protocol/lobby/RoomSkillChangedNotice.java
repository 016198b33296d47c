package io.mozart.server.protocol.lobby;

import io.mozart.encore.codec.Codec;

import java.util.List;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.listI32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

/**
 * RoomSkillChanged, S→C event 0x07E9 (spec 02 §6.7).
 *
 * @param number room number
 * @param skills skill item ids ({@code i32} count); the master's setting with ids ≤ 0 removed
 */
public record RoomSkillChangedNotice(int number, List<Integer> skills) {
    public static final Codec<RoomSkillChangedNotice> CODEC = of(
            of("number", I32, RoomSkillChangedNotice::number),
            of("skills", listI32(I32), RoomSkillChangedNotice::skills),
            RoomSkillChangedNotice::new);

    public RoomSkillChangedNotice {
        skills = List.copyOf(skills);
    }
}
