package io.mozart.server.protocol.planet;

import static io.mozart.encore.codec.Codecs.BOOL16;
import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.U32;
import static io.mozart.encore.codec.Codecs.cstr;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;
import io.mozart.server.protocol.ServerMessage;
import java.time.Duration;
import java.util.Objects;

/** Authorize, S→C response 0x03E9 (spec 01 §4.2). */
public record AuthResponse(int result, PassInfo passInfo) implements ServerMessage {
    public static final int SUCCESS = 0;
    /** AuthResult InvalidLogin (0xFFFFFFFF). */
    public static final int INVALID_LOGIN = -1;
    /** AuthResult AlreadyConnected (0xFFFFFFFE). */
    public static final int ALREADY_CONNECTED = -2;
    /** AuthResult RegionError (0xFFFFFFFD), never sent by the reference. */
    public static final int REGION_ERROR = -3;
    /** AuthResult UnauthorizedPc (0xFFFFFFFC), never sent by the reference. */
    public static final int UNAUTHORIZED_PC = -4;
    /** AuthResult Banned (0xFFFFFFFB), never sent by the reference. */
    public static final int BANNED = -5;
    /** AuthResult TimeExceeded (0xFFFFFFFA), never sent by the reference. */
    public static final int TIME_EXCEEDED = -6;
    /** AuthResult DatabaseError (0xFFFFFF9B). */
    public static final int DATABASE_ERROR = -101;
    /** The reply to an unauthorized session (payload {@code E9 03 FF FF FF FF}). */
    public static final AuthResponse INVALID = new AuthResponse(INVALID_LOGIN, null);

    public static final Codec<AuthResponse> CODEC = StructCodec.of(
            Field.of("result", I32, AuthResponse::result),
            Field.of("passInfo", PassInfo.CODEC.optional(), AuthResponse::passInfo),
            AuthResponse::new);

    public AuthResponse {
        if ((result == SUCCESS) != (passInfo != null)) {
            throw new IllegalArgumentException("pass info must be present exactly on success (result " + result + ")");
        }
    }

    public static AuthResponse failure(int result) {
        return new AuthResponse(result, null);
    }

    public static AuthResponse success(PassInfo passInfo) {
        return new AuthResponse(SUCCESS, Objects.requireNonNull(passInfo, "passInfo"));
    }

    /** The success tail of AuthResponse (fields 2–6 of spec 01 §4.2). */
    public record PassInfo(
            long freePassType,
            String freePassText,
            int freePassSeconds,
            boolean starterPassActive,
            String starterPassText) {
        public static final Codec<PassInfo> CODEC = StructCodec.of(
                Field.of("freePassType", U32, PassInfo::freePassType),
                Field.of("freePassText", cstr(), PassInfo::freePassText),
                Field.of("freePassSeconds", I32, PassInfo::freePassSeconds),
                Field.of("starterPassActive", BOOL16, PassInfo::starterPassActive),
                Field.of("starterPassText", cstr().optional(), PassInfo::starterPassText),
                PassInfo::new);

        public PassInfo {
            Objects.requireNonNull(freePassText, "freePassText");
            if (starterPassActive != (starterPassText != null)) {
                throw new IllegalArgumentException("starter pass text must be present exactly when active");
            }
        }
        /** Builds the pass info from durations with the spec's text and seconds rules. */
        public static PassInfo of(long freePassType, Duration freePassRemaining, Duration starterRemaining) {
            return new PassInfo(
                    freePassType,
                    DurationText.passText(freePassRemaining),
                    ExpirySeconds.toWire(freePassRemaining),
                    starterRemaining != null,
                    starterRemaining == null ? null : DurationText.passText(starterRemaining));
        }
    }
}
