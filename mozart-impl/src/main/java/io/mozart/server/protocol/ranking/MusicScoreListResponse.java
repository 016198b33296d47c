package io.mozart.server.protocol.ranking;

import static io.mozart.encore.codec.Codecs.U16;
import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Codecs.listRemaining;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.DecodeException;
import io.mozart.encore.codec.EncodeException;
import io.mozart.server.protocol.ClientFrames;
import io.mozart.server.protocol.ServerMessage;
import io.mozart.server.protocol.common.Wire;
import io.netty.buffer.ByteBuf;
import java.util.List;

/** MusicScoreList, S→C response 0x07EF (spec 02 §5.11): 20-byte entries with <b>no count</b>. */
public record MusicScoreListResponse(List<ScoreEntry> entries) implements ServerMessage {
    /** Largest list whose opcode and 20-byte entries stay within {@link ClientFrames#MAX_PAYLOAD}. */
    public static final int MAX_ENTRIES = (ClientFrames.MAX_PAYLOAD - 2) / ScoreEntry.SIZE;

    public static final Codec<MusicScoreListResponse> CODEC = of(
            of("entries", listRemaining(ScoreEntry.CODEC), MusicScoreListResponse::entries),
            MusicScoreListResponse::new);

    public MusicScoreListResponse {
        entries = List.copyOf(entries);
        if (entries.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException("score list of " + entries.size() + " entries exceeds one frame");
        }
    }

    /** Best scores of one music (20 bytes). The two padding fields are written as 0 and ignored on decode. */
    public record ScoreEntry(int musicId, int scoreEx, int scoreNx, int scoreHx, int rankEx, int rankNx, int rankHx) {
        public static final int SIZE = 20;
        /** Wire codec, hand-written for the two padding fields that are not record components. */
        public static final Codec<ScoreEntry> CODEC = new Codec<>() {
            @Override
            public ScoreEntry read(ByteBuf in) {
                if (in.readableBytes() < SIZE) {
                    throw DecodeException.at(
                            in.readerIndex(), "needs " + SIZE + " bytes, " + in.readableBytes() + " left");
                }
                int musicId = in.readUnsignedShortLE();
                in.skipBytes(2);
                int ex = in.readIntLE();
                int nx = in.readIntLE();
                int hx = in.readIntLE();
                int rankEx = in.readUnsignedByte();
                int rankNx = in.readUnsignedByte();
                int rankHx = in.readUnsignedByte();
                in.skipBytes(1);
                return new ScoreEntry(musicId, ex, nx, hx, rankEx, rankNx, rankHx);
            }

            @Override
            public void write(ByteBuf out, ScoreEntry value) {
                if (value == null) {
                    throw new EncodeException("required record is null");
                }
                Wire.write(out, "musicId", U16, value.musicId);
                out.writeShortLE(0);
                out.writeIntLE(value.scoreEx);
                out.writeIntLE(value.scoreNx);
                out.writeIntLE(value.scoreHx);
                Wire.write(out, "rankEx", U8, value.rankEx);
                Wire.write(out, "rankNx", U8, value.rankNx);
                Wire.write(out, "rankHx", U8, value.rankHx);
                out.writeByte(0);
            }
        };
    }
}
