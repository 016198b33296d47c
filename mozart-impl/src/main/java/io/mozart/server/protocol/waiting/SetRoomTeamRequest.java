package io.mozart.server.protocol.waiting;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * SetRoomTeam, C→S 0x0FA4 (spec 03 §5.8). Any member. The team travels as an {@code i32} but must fit
 * 0–255 (the reference converts it to its byte-wide enum); any other value is a decode error, so the request
 * is dropped. Values 8–255 decode although only 0–7 (A–H) are named.
 *
 * @param team team number 0..255
 */
public record SetRoomTeamRequest(int team) {

    /** Wire codec. */
    public static final Codec<SetRoomTeamRequest> CODEC = StructCodec.of(
            Field.of("team", Codecs.I32, SetRoomTeamRequest::team),
            SetRoomTeamRequest::new);

    /**
     * Validates the range (a violation while decoding becomes a decode error).
     *
     * @param team team number
     */
    public SetRoomTeamRequest {
        WaitingChecks.u8("team", team);
    }
}
