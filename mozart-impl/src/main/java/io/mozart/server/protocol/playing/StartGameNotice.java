package io.mozart.server.protocol.playing;

import io.mozart.encore.codec.Codec;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

/**
 * StartGame event/response, S→C 0x0FAB (spec 03 §7, 04 §4).
 *
 * <p>Wire: {@code u32 result}, then {@code i32 skillsSeed} <em>only</em> when result is 0 (Success): 12-byte
 * frame on success, 8-byte frame for every failure. Failures go to the master only, success to the room.
 *
 * @param result     StartResult as a signed int (0 Success, 1 NotReady, 2 TeamUnbalanced,
 *                   3 InsufficientPlayers, 4 GenericError, -1 = 0xFFFFFFFF None)
 * @param skillsSeed the room's skills seed; non-null exactly when {@code result == 0}
 */
public record StartGameNotice(int result, Integer skillsSeed) {
    public static final Codec<StartGameNotice> CODEC = of(
            of("result", I32, StartGameNotice::result),
            of("skillsSeed", I32.optional(), StartGameNotice::skillsSeed),
            StartGameNotice::new);

    public StartGameNotice {
        if ((result == 0) != (skillsSeed != null)) {
            throw new IllegalArgumentException("skillsSeed must be present exactly when result is Success (0)");
        }
    }

    /**
     * @param skillsSeed the room's skills seed
     * @return the success event (broadcast to the room)
     */
    public static StartGameNotice success(int skillsSeed) {
        return new StartGameNotice(0, skillsSeed);
    }

    /**
     * @param result a failure result (not {@link StartResult#SUCCESS} or {@link StartResult#UNKNOWN})
     * @return the failure reply (to the master only)
     */
    public static StartGameNotice failure(StartResult result) {
        if (result == StartResult.SUCCESS || result == StartResult.UNKNOWN) {
            throw new IllegalArgumentException("not a failure result: " + result);
        }
        return new StartGameNotice(result.wire(), null);
    }

    /** @return the result as an enum */
    public StartResult startResult() {
        return StartResult.fromWire(result);
    }
}
