package io.mozart.server.protocol.lobby;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.U16;
import static io.mozart.encore.codec.Codecs.listI16;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientFrames;
import io.mozart.server.protocol.ServerMessage;
import java.util.List;

/** MusicList, S→C response 0x0FBF (spec 02 §5.8): the music-list file; refuses more than {@link #MAX_ENTRIES} (O12). */
public record MusicListResponse(List<MusicInfo> music) implements ServerMessage {
    /** Largest list whose opcode, i16 count and 16-byte entries stay within {@link ClientFrames#MAX_PAYLOAD}. */
    public static final int MAX_ENTRIES = (ClientFrames.MAX_PAYLOAD - 2 - 2) / MusicInfo.SIZE;

    public static final Codec<MusicListResponse> CODEC =
            of(of("music", listI16(MusicInfo.CODEC), MusicListResponse::music), MusicListResponse::new);

    public MusicListResponse {
        music = List.copyOf(music);
        if (music.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException(
                    "music list of " + music.size() + " entries exceeds one frame (" + MAX_ENTRIES + ")");
        }
    }

    /** One music (16 bytes). */
    public record MusicInfo(int id, int noteCountEx, int noteCountNx, int noteCountHx, int priceO2Cash, int priceGem) {
        public static final int SIZE = 16;
        public static final Codec<MusicInfo> CODEC = of(
                of("id", U16, MusicInfo::id),
                of("noteCountEx", U16, MusicInfo::noteCountEx),
                of("noteCountNx", U16, MusicInfo::noteCountNx),
                of("noteCountHx", U16, MusicInfo::noteCountHx),
                of("priceO2Cash", I32, MusicInfo::priceO2Cash),
                of("priceGem", I32, MusicInfo::priceGem),
                MusicInfo::new);
    }
}
