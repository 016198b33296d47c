package io.mozart.server.protocol.planet;

import static io.mozart.encore.codec.Codecs.DEFAULT_STRING_MAX;
import static io.mozart.encore.codec.Codecs.cstr;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.EncodeException;
import io.netty.buffer.ByteBuf;
import java.util.Locale;

/** The gender-code field codec of AuthRequest (spec 01 §1.8); Mozart can also encode it (divergence). */
public final class GenderCode {
    private static final Codec<String> TEXT = cstr(DEFAULT_STRING_MAX);

    public static final Codec<Gender> CODEC = new Codec<>() {
        @Override
        public Gender read(ByteBuf in) {
            return parse(TEXT.read(in));
        }

        @Override
        public void write(ByteBuf out, Gender value) {
            TEXT.write(out, format(value));
        }
    };

    private GenderCode() {}

    /** @return the gender it means (never null) */
    public static Gender parse(String code) {
        return switch (code == null ? "" : code.toLowerCase(Locale.ROOT)) {
            case "m", "1" -> Gender.MALE;
            case "f", "0" -> Gender.FEMALE;
            default -> Gender.ANY;
        };
    }

    /** @return the code Mozart writes for it */
    public static String format(Gender gender) {
        if (gender == null) {
            throw new EncodeException("gender is null");
        }
        return switch (gender) {
            case MALE -> "1";
            case FEMALE -> "0";
            case ANY -> "";
        };
    }
}
