package io.mozart.server.protocol.cluster;

import static io.mozart.encore.codec.Codecs.cstr;

import io.mozart.encore.codec.Codec;

/** String widths of the internal link (spec 06 §7.2, 01 §3.5–3.6). */
final class ClusterStrings {
    /** {@code S128}: at most 127 UTF-8 bytes plus the terminator (01 §3.5; width choice: 06 §7.3). */
    static final Codec<String> S128 = cstr(128);

    private ClusterStrings() {}
}
