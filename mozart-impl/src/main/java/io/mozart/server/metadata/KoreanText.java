package io.mozart.server.metadata;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text in Korean metadata files (item names and descriptions, album names).
 *
 * <p>The spec names EUC-KR (code page 51949). We decode and encode with {@code x-windows-949}
 * (CP949, "Unified Hangul Code"): it is a strict superset of EUC-KR, so every valid EUC-KR byte
 * sequence decodes to exactly the same characters, and the 8,822 Hangul syllables that EUC-KR lacks
 * (files authored on Korean Windows may contain them) decode to the real syllable instead of
 * {@code ?}. Invalid sequences become {@code ?}, as in the reference. Writing never produces bytes
 * outside CP949; a character CP949 cannot express is an error rather than a silent {@code ?}.
 */
public final class KoreanText {

    /** The charset used for item and album text. */
    public static final Charset CHARSET = Charset.forName("x-windows-949");

    private KoreanText() {}

    /**
     * @param bytes raw bytes
     * @return the text; invalid sequences become {@code ?}
     */
    public static String decode(byte[] bytes) {
        CharsetDecoder decoder = CHARSET.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith("?");
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("replacing decoder failed", e);
        }
    }

    /**
     * @param text text to write
     * @return its CP949 bytes
     * @throws IllegalArgumentException when a character has no CP949 encoding
     */
    public static byte[] encode(String text) {
        CharsetEncoder encoder = CHARSET.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer out = encoder.encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[out.remaining()];
            out.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not expressible in CP949/EUC-KR: " + text, e);
        }
    }

    /**
     * @param text a text
     * @return whether {@link #encode(String)} accepts it
     */
    public static boolean encodable(String text) {
        return CHARSET.newEncoder().canEncode(text);
    }

    /** Decodes up to the first NUL (or the whole array). */
    static String decodeNulTerminated(byte[] bytes) {
        int end = 0;
        while (end < bytes.length && bytes[end] != 0) {
            end++;
        }
        return decode(java.util.Arrays.copyOf(bytes, end));
    }

    /** Decodes as UTF-8 (invalid sequences replaced) and strips leading and trailing NUL characters. */
    static String utf8TrimNul(byte[] bytes) {
        return trimNul(new String(bytes, StandardCharsets.UTF_8));
    }

    /** @return the text without its leading and trailing NUL characters */
    static String trimNul(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '\0') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '\0') {
            end--;
        }
        return s.substring(start, end);
    }
}
