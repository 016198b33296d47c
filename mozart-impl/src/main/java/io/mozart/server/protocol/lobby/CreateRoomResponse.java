package io.mozart.server.protocol.lobby;

import io.mozart.encore.codec.Codec;

import static io.mozart.encore.codec.Codecs.BOOL16;
import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

/**
 * CreateRoom, S→C response 0x07D6 (spec 02 §5.4). Success room 0, not premium:
 * {@code 0E 00 D6 07 00 00 00 00 00 00 00 00 00 00}; channel full: {@code 08 00 D6 07 01 00 00 00}.
 *
 * @param result  CreateResult {@code i32}: 0 Success, 1 ChannelFull
 * @param number  the new room number; present exactly on success
 * @param premium echo of the request's premium flag ({@code bool16}); present exactly on success
 */
public record CreateRoomResponse(int result, Integer number, Boolean premium) {
    /** CreateResult Success. */
    public static final int SUCCESS = 0;
    /** CreateResult ChannelFull. */
    public static final int CHANNEL_FULL = 1;
    /** The channel-full reply. */
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

    /**
     * @param number  the new room number
     * @param premium the request's premium flag
     * @return the success reply
     */
    public static CreateRoomResponse success(int number, boolean premium) {
        return new CreateRoomResponse(SUCCESS, number, premium);
    }
}
