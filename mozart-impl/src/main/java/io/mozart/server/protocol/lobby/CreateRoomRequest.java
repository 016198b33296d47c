package io.mozart.server.protocol.lobby;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

/**
 * CreateRoom, C→S request 0x07D4 (spec 02 §5.4).
 *
 * @param title         {@code cstr(22)}
 * @param mode          GameMode {@code u8} (not validated by the reference)
 * @param hasPassword   whether the password applies
 * @param password      {@code cstr(12)}, always present in the frame; ignored when {@code hasPassword} is false
 * @param minLevelLimit {@code u8}, stored and echoed, never enforced
 * @param maxLevelLimit {@code u8}, stored and echoed, never enforced
 * @param premium       {@code bool16}: any non-zero value is true
 */
public record CreateRoomRequest(String title, int mode, boolean hasPassword, String password, int minLevelLimit,
                                int maxLevelLimit, boolean premium) {

    /** Maximum size of the title field, terminator included. */
    public static final int TITLE_MAX = 22;
    /** Maximum size of the password field, terminator included. */
    public static final int PASSWORD_MAX = 12;

    /** Wire codec. */
    public static final Codec<CreateRoomRequest> CODEC = StructCodec.of(
            Field.of("title", Codecs.cstr(TITLE_MAX), CreateRoomRequest::title),
            Field.of("mode", Codecs.U8, CreateRoomRequest::mode),
            Field.of("hasPassword", Codecs.BOOL8, CreateRoomRequest::hasPassword),
            Field.of("password", Codecs.cstr(PASSWORD_MAX), CreateRoomRequest::password),
            Field.of("minLevelLimit", Codecs.U8, CreateRoomRequest::minLevelLimit),
            Field.of("maxLevelLimit", Codecs.U8, CreateRoomRequest::maxLevelLimit),
            Field.of("premium", Codecs.BOOL16, CreateRoomRequest::premium),
            CreateRoomRequest::new);

    /**
     * Validates widths.
     */
    public CreateRoomRequest {
        Check.notNull("title", title);
        Check.u8("mode", mode);
        Check.notNull("password", password);
        Check.u8("minLevelLimit", minLevelLimit);
        Check.u8("maxLevelLimit", maxLevelLimit);
    }

    /** @return the room password to store: the request's password when {@code hasPassword}, else "" */
    public String effectivePassword() {
        return hasPassword ? password : "";
    }
}
