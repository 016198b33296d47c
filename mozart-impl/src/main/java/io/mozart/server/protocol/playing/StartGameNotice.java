package io.mozart.server.protocol.playing;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.DecodeException;
import io.mozart.encore.codec.EncodeException;
import io.netty.buffer.ByteBuf;

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
    /** Wire codec (hand-written: the seed's presence depends on the result). */
    public static final Codec<StartGameNotice> CODEC = new Codec<>() {
        @Override
        public StartGameNotice read(ByteBuf in) {
            if (in.readableBytes() < 4) {
                throw DecodeException.at(in.readerIndex(), "needs 4 bytes, " + in.readableBytes() + " left")
                        .within("result");
            }
            int result = in.readIntLE();
            if (result != 0) {
                return new StartGameNotice(result, null);
            }
            if (in.readableBytes() < 4) {
                throw DecodeException.at(in.readerIndex(), "needs 4 bytes, " + in.readableBytes() + " left")
                        .within("skillsSeed");
            }
            return new StartGameNotice(0, in.readIntLE());
        }

        @Override
        public void write(ByteBuf out, StartGameNotice value) {
            if (value == null) {
                throw new EncodeException("required record is null");
            }
            out.writeIntLE(value.result);
            if (value.result == 0) {
                out.writeIntLE(value.skillsSeed);
            }
        }
    };

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
