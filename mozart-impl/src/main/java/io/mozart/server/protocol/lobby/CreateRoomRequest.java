package io.mozart.server.protocol.lobby;

import static io.mozart.encore.codec.Codecs.BOOL16;
import static io.mozart.encore.codec.Codecs.BOOL8;
import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Codecs.cstr;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;
import java.util.Objects;

/** CreateRoom, C→S request 0x07D4 (spec 02 §5.4); the level limits are echoed, never enforced. */
public record CreateRoomRequest(
        String title,
        int mode,
        boolean hasPassword,
        String password,
        int minLevelLimit,
        int maxLevelLimit,
        boolean premium)
        implements ClientMessage {
    /** Maximum size of the title field, terminator included. */
    public static final int TITLE_MAX = 22;
    /** Maximum size of the password field, terminator included. */
    public static final int PASSWORD_MAX = 12;

    public static final Codec<CreateRoomRequest> CODEC = of(
            of("title", cstr(TITLE_MAX), CreateRoomRequest::title),
            of("mode", U8, CreateRoomRequest::mode),
            of("hasPassword", BOOL8, CreateRoomRequest::hasPassword),
            of("password", cstr(PASSWORD_MAX), CreateRoomRequest::password),
            of("minLevelLimit", U8, CreateRoomRequest::minLevelLimit),
            of("maxLevelLimit", U8, CreateRoomRequest::maxLevelLimit),
            of("premium", BOOL16, CreateRoomRequest::premium),
            CreateRoomRequest::new);

    public CreateRoomRequest {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(password, "password");
    }

    /** @return the room password to store: the request's password when {@code hasPassword}, else "" */
    public String effectivePassword() {
        return hasPassword ? password : "";
    }
}
