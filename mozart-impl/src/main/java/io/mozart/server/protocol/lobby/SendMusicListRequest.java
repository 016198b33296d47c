package io.mozart.server.protocol.lobby;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

import java.util.List;

/**
 * SendMusicList, C→S request 0x07E8 (spec 02 §5.7): the client's installed music as {@code u16} ids with
 * the flag nibble included (spec 02 §2.3). Elements beyond {@value #MAX_IDS} are read and discarded.
 *
 * @param musicIds the ids, verbatim and in order
 */
public record SendMusicListRequest(List<Integer> musicIds) {

    /** Largest number of ids kept. */
    public static final int MAX_IDS = 65535;

    /** Wire codec. */
    public static final Codec<SendMusicListRequest> CODEC = StructCodec.of(
            Field.of("musicIds", Codecs.list(Codecs.CountPrefix.I32, Codecs.U16, 0, MAX_IDS),
                    SendMusicListRequest::musicIds),
            SendMusicListRequest::new);

    /**
     * Validates and copies.
     */
    public SendMusicListRequest {
        musicIds = List.copyOf(musicIds);
        for (int id : musicIds) {
            Check.u16("musicIds[]", id);
        }
    }
}
