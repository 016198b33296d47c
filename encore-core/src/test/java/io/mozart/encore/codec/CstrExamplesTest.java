package io.mozart.encore.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

/** The string rules of spec 01 §1.5, as examples. */
class CstrExamplesTest {

    private static String encode(Codec<String> c, String s) {
        ByteBuf b = Unpooled.buffer();
        try {
            c.write(b, s);
            return ByteBufUtil.hexDump(b);
        } finally {
            b.release();
        }
    }

    private static String decode(Codec<String> c, String hex, int expectLeft) {
        ByteBuf b = Unpooled.wrappedBuffer(ByteBufUtil.decodeHexDump(hex));
        try {
            String s = c.read(b);
            assertEquals(expectLeft, b.readableBytes(), "bytes left after the field");
            return s;
        } finally {
            b.release();
        }
    }

    @Test
    void encodeRules() {
        assertEquals("00", encode(Codecs.cstr(), ""));
        assertEquals("", encode(Codecs.cstr(), null));
        assertEquals("61626300", encode(Codecs.cstr(4), "abc"));
        assertEquals("61626300", encode(Codecs.cstr(4), "abcd")); // field full: last byte gives way
        assertEquals("61626300", encode(Codecs.cstr(4), "abcdef")); // cut to M bytes first
        assertEquals("616200", encode(Codecs.cstr(4), "ab\0")); // ends with U+0000: no extra terminator
        assertEquals("c300", encode(Codecs.cstr(2), "é")); // byte-wise cut splits the character
        assertEquals("00", encode(Codecs.cstr(1), "x"));
    }

    @Test
    void decodeRules() {
        assertEquals("", decode(Codecs.cstr(), "", 0)); // no bytes left: "" and no error
        assertEquals("abc", decode(Codecs.cstr(), "6162630058", 1)); // stops at the first 0x00
        assertEquals("abcd", decode(Codecs.cstr(4), "6162636458", 1)); // M bytes without terminator
        assertEquals("\uFFFD", decode(Codecs.cstr(), "ff00", 0)); // malformed UTF-8
        assertEquals("\uFFFD", decode(Codecs.cstr(2), "c300", 0)); // a cut character
        assertEquals("", decode(Codecs.cstr(), "00", 0));
        DecodeException e = assertThrows(DecodeException.class, () -> decode(Codecs.cstr(), "616263", 0));
        assertEquals(3, e.offset());
    }
}
