package io.mozart.examples.plugin;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;

/** Client → server 0x7D00: "what time is it?", empty body. Not an O2JamO2 opcode. */
public record ServerTimeRequest() {

    /** The one value. */
    public static final ServerTimeRequest INSTANCE = new ServerTimeRequest();
    /** Empty body. */
    public static final Codec<ServerTimeRequest> CODEC = Codecs.unit(INSTANCE);
}
