package io.mozart.server.protocol.waiting;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.list;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs.CountPrefix;
import io.mozart.server.protocol.ServerMessage;
import java.util.List;
import java.util.Objects;

/** WaitingSkillChanged, S→C 0x0FB8 (spec 03 §5.11), to ROOM. The skills seed is not sent here. */
public record WaitingSkillChangedNotice(List<Integer> skills) implements ServerMessage {
    public static final Codec<WaitingSkillChangedNotice> CODEC = of(
            of(
                    "skills",
                    list(CountPrefix.I32, I32, 0, SetRoomSkillRequest.MAX_SKILLS),
                    WaitingSkillChangedNotice::skills),
            WaitingSkillChangedNotice::new);

    public WaitingSkillChangedNotice {
        Objects.requireNonNull(skills, "skills");
        if (skills.size() > SetRoomSkillRequest.MAX_SKILLS) {
            throw new IllegalArgumentException("at most " + SetRoomSkillRequest.MAX_SKILLS + " skills");
        }
        skills = List.copyOf(skills);
    }
}
