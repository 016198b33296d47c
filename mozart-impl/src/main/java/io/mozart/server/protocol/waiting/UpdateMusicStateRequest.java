package io.mozart.server.protocol.waiting;

import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import io.mozart.server.protocol.ClientMessage;

/** UpdateMusicState, C→S 0x0FB9 (spec 03 §5.12): the sender reports its own music state. */
public record UpdateMusicStateRequest(int state) implements ClientMessage {
    public static final Codec<UpdateMusicStateRequest> CODEC =
            of(of("state", U8, UpdateMusicStateRequest::state), UpdateMusicStateRequest::new);

    public MusicState musicState() {
        return MusicState.fromWire(state);
    }
}
