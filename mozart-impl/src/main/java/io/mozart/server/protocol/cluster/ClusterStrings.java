package io.mozart.server.protocol.cluster;

import io.mozart.encore.codec.Codec;

import static io.mozart.encore.codec.Codecs.cstr;

/** String widths of the internal link (spec 06 §7.2, 01 §3.5–3.6). */
final class ClusterStrings {

    /**
     * {@code S128}: at most 127 UTF-8 bytes plus the terminator; a reader stops at the terminator or after 128
     * bytes. 01 §3.5 also gives GetChannelStats (201), GrantSession (202) and RevokeSession (203) this width,
     * where 06 §7.3 writes unbounded {@code S}; the values are 36-char GUIDs and 32-hex tokens, so the bytes are
     * the same either way, and the bounded width keeps a link peer from sending 64 KiB ids.
     */
    static final Codec<String> S128 = cstr(128);

    private ClusterStrings() {
    }
}
