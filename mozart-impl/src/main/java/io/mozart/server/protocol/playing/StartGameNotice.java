package io.mozart.server.protocol.playing;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ServerMessage;

/** StartGame event/response, S→C 0x0FAB (spec 03 §7, 04 §4). */
public record StartGameNotice(int result, Integer skillsSeed) implements ServerMessage {
    public static final Codec<StartGameNotice> CODEC = of(
            of("result", I32, StartGameNotice::result),
            of("skillsSeed", I32.optional(), StartGameNotice::skillsSeed),
            StartGameNotice::new);

    public StartGameNotice {
        if ((result == 0) != (skillsSeed != null)) {
            throw new IllegalArgumentException("skillsSeed must be present exactly when result is Success (0)");
        }
    }

    public static StartGameNotice success(int skillsSeed) {
        return new StartGameNotice(0, skillsSeed);
    }

    public static StartGameNotice failure(StartResult result) {
        if (result == StartResult.SUCCESS || result == StartResult.UNKNOWN) {
            throw new IllegalArgumentException("not a failure result: " + result);
        }
        return new StartGameNotice(result.wire(), null);
    }

    public StartResult startResult() {
        return StartResult.fromWire(result);
    }
}
