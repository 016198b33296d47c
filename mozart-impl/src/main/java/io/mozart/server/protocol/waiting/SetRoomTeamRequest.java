package io.mozart.server.protocol.waiting;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;
import io.mozart.server.protocol.common.Ranges;

/** SetRoomTeam, C→S 0x0FA4 (spec 03 §5.8); a team outside 0–255 is a decode error. */
public record SetRoomTeamRequest(int team) implements ClientMessage {
    public static final Codec<SetRoomTeamRequest> CODEC =
            of(of("team", I32, SetRoomTeamRequest::team), SetRoomTeamRequest::new);

    public SetRoomTeamRequest {
        Ranges.u8("team", team);
    }
}
