package io.mozart.server.protocol.waiting;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.common.Ranges;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

/**
 * SetRoomTeam, C→S 0x0FA4 (spec 03 §5.8). Any member. The team travels as an {@code i32} but must fit
 * 0–255 (the reference converts it to its byte-wide enum); any other value is a decode error, so the request
 * is dropped. Values 8–255 decode although only 0–7 (A–H) are named.
 *
 * @param team team number 0..255
 */
public record SetRoomTeamRequest(int team) {
    public static final Codec<SetRoomTeamRequest> CODEC =
            of(of("team", I32, SetRoomTeamRequest::team), SetRoomTeamRequest::new);

    public SetRoomTeamRequest {
        Ranges.u8("team", team);
    }
}
