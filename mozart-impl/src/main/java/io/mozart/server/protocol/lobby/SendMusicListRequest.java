package io.mozart.server.protocol.lobby;

import static io.mozart.encore.codec.Codecs.U16;
import static io.mozart.encore.codec.Codecs.list;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs.CountPrefix;
import io.mozart.server.protocol.ClientMessage;
import java.util.List;

/** SendMusicList, C→S request 0x07E8 (spec 02 §5.7). */
public record SendMusicListRequest(List<Integer> musicIds) implements ClientMessage {
    /** Largest number of ids kept. */
    public static final int MAX_IDS = 65535;

    public static final Codec<SendMusicListRequest> CODEC = of(
            of("musicIds", list(CountPrefix.I32, U16, 0, MAX_IDS), SendMusicListRequest::musicIds),
            SendMusicListRequest::new);

    public SendMusicListRequest {
        musicIds = List.copyOf(musicIds);
    }
}
