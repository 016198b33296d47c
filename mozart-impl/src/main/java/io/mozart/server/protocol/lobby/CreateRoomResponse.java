package io.mozart.server.protocol.lobby;

import static io.mozart.encore.codec.Codecs.BOOL16;
import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;

/** CreateRoom, S→C response 0x07D6 (spec 02 §5.4). */
public record CreateRoomResponse(int result, Integer number, Boolean premium) implements ServerMessage {
    public static final int SUCCESS = 0;
    public static final int CHANNEL_FULL = 1;
    public static final CreateRoomResponse FULL = new CreateRoomResponse(CHANNEL_FULL, null, null);
    public static final Codec<CreateRoomResponse> CODEC = of(
            of("result", I32, CreateRoomResponse::result),
            of("number", I32.optional(), CreateRoomResponse::number),
            of("premium", BOOL16.optional(), CreateRoomResponse::premium),
            CreateRoomResponse::new);

    public CreateRoomResponse {
        boolean success = result == SUCCESS;
        if (success != (number != null) || success != (premium != null)) {
            throw new IllegalArgumentException("number and premium must be present exactly on success");
        }
    }

    public static CreateRoomResponse success(int number, boolean premium) {
        return new CreateRoomResponse(SUCCESS, number, premium);
    }
}
