package io.mozart.server.protocol.waiting;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.list;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs.CountPrefix;
import io.mozart.server.protocol.ClientMessage;
import java.util.List;
import java.util.Objects;

/** SetRoomSkill, C→S 0x0FB7 (spec 03 §5.11). */
public record SetRoomSkillRequest(List<Integer> skills) implements ClientMessage {
    public static final int MAX_SKILLS = 3;
    public static final Codec<SetRoomSkillRequest> CODEC = of(
            of(
                    "skills",
                    list(CountPrefix.I32, I32, 0, MAX_SKILLS).map(l -> l.isEmpty() ? List.of(0) : l, l -> l),
                    SetRoomSkillRequest::skills),
            SetRoomSkillRequest::new);

    public SetRoomSkillRequest {
        Objects.requireNonNull(skills, "skills");
        if (skills.isEmpty() || skills.size() > MAX_SKILLS) {
            throw new IllegalArgumentException("skills needs 1.." + MAX_SKILLS + " ids, got " + skills.size());
        }
        skills = List.copyOf(skills);
    }
    /** @return the ids that are {@code > 0}, in order (0 to 3 of them; duplicates kept) */
    public List<Integer> effectiveSkills() {
        return skills.stream().filter(id -> id > 0).toList();
    }
}
