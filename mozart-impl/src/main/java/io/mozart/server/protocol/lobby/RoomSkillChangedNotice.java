package io.mozart.server.protocol.lobby;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.listI32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;
import java.util.List;

/** RoomSkillChanged, S→C event 0x07E9 (spec 02 §6.7). */
public record RoomSkillChangedNotice(int number, List<Integer> skills) implements ServerMessage {
    public static final Codec<RoomSkillChangedNotice> CODEC = of(
            of("number", I32, RoomSkillChangedNotice::number),
            of("skills", listI32(I32), RoomSkillChangedNotice::skills),
            RoomSkillChangedNotice::new);

    public RoomSkillChangedNotice {
        skills = List.copyOf(skills);
    }
}
