package io.mozart.server.auth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.api.AuthMode;
import io.mozart.api.launch.LaunchCipher;
import io.mozart.api.launch.LaunchParameters;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Spec 06 Appendix B test vectors and properties of the auth primitives. */
class AuthVectorsTest {

    private static final String LAUNCH_PLAIN = "19127.0.0.1|127.0.0.1022105O2Jam05O2Jam048.05011320123456789ABCDEF"
            + "0123456789ABCDEF10123456789001101101116user@mail.domain09127.0.0.1051501002-116o2jam.nopp.co.kr0105"
            + "7http://o2jam.nopp.co.kr/client/bbs_patch_notice_nopp.html05O2JAM";

    private static final String LAUNCH_CIPHER = "008D4000E85000E4C100AF9C00AF9C0021C400E85000E4C100AF9C00AF9C"
            + "00B70500B96E00B705003F1600BF7500ADFE001B2000C4C100C5F30099F4005BBD00384F00F70800774100E0C4005FB30019"
            + "2000583200637E001ABB00983300667200369B005FB300192000583200637E001ABB00983300667200369B00B70500E85000"
            + "30FF00E3CD008DF9001A68005FB300B705007741005FB3007741001422005B8200B23E003C0900C06800E5FE00775500AF02"
            + "005965001AA200859500384F00384F0096B8001B2000ED6E005FB30051200034E300774100C00800FAC700ADFE007205000B"
            + "8200746300E32E0014D900036000B7050087CB004E1700923E00B6A000D83F00FAC700ADFE007205000B8200746300E32E00"
            + "14D9004DEA00531C00DAD600E812000BB30002CC00CC050028B40097B600012400980A00CEC4004D5F00C2AA00AE6F000029"
            + "001D99002970003F1600BF7500EFDC";

    @Test
    void pbkdf2Vector() {
        final byte[] salt = new byte[16];
        for (int i = 0; i < 16; i++) {
            salt[i] = (byte) i;
        }
        final byte[] stored = Pbkdf2PasswordHasher.hash("password", salt);
        assertEquals(
                "000102030405060708090A0B0C0D0E0F" + "EB6C81535592203C092B158F8D3909672362A6F5DBD00D9828044CBAA8B252E9",
                HexFormat.of().withUpperCase().formatHex(stored));
        final Pbkdf2PasswordHasher h = new Pbkdf2PasswordHasher();
        assertTrue(h.verify("password", stored));
        assertFalse(h.verify("Password", stored));
        assertFalse(h.verify("password", java.util.Arrays.copyOf(stored, 47)));
    }

    @Test
    void pbkdf2MatchesJceForAsciiAndHandlesEmptyPassword() throws Exception {
        final byte[] salt = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        final byte[] jce = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec("hunter2".toCharArray(), salt, 1000, 512))
                .getEncoded();
        assertArrayEquals(jce, Pbkdf2PasswordHasher.derive("hunter2".getBytes(StandardCharsets.UTF_8), salt, 1000, 64));
        final Pbkdf2PasswordHasher h = new Pbkdf2PasswordHasher();
        assertTrue(h.verify("", h.hash("")));
        assertTrue(h.verify("비밀번호", h.hash("비밀번호")));
    }

    @Test
    void rsaBlockVectors() {
        assertEquals("009833", LaunchCipher.encrypt("AB"));
        assertEquals("00967A", LaunchCipher.encrypt("A"));
        assertEquals("AB", LaunchCipher.decrypt("009833"));
        assertEquals("A", LaunchCipher.decrypt("00967a"));
        assertThrows(IllegalArgumentException.class, () -> LaunchCipher.decrypt("00983"));
    }

    @Test
    void launchStringVector() {
        final LaunchParameters p = LaunchParameters.forSession(
                1, "0123456789ABCDEF0123456789ABCDEF", 1, true, LaunchParameters.rankField(0, 0), "127.0.0.1", 15010);
        assertEquals(230, LAUNCH_PLAIN.length());
        assertEquals(LAUNCH_PLAIN, p.encode());
        assertEquals(690, LAUNCH_CIPHER.length());
        assertEquals(LAUNCH_CIPHER, p.encrypt());
        assertEquals(p, LaunchParameters.decrypt(LAUNCH_CIPHER));
        assertEquals(p, LaunchParameters.decode(LAUNCH_PLAIN));
        assertThrows(IllegalArgumentException.class, () -> LaunchParameters.decode(LAUNCH_PLAIN.substring(0, 200)));
    }

    @Test
    void rankField() {
        assertEquals("7", LaunchParameters.rankField(7, 0));
        assertEquals("-7", LaunchParameters.rankField(7, 1));
        assertEquals("-999999", LaunchParameters.rankField(0, 32));
    }

    @Test
    void tokens() {
        final String t = Tokens.newToken();
        assertTrue(t.matches("[0-9A-F]{32}"));
        assertTrue(Tokens.isGuid(t));
        assertTrue(Tokens.isGuid("3f2504e0-4f89-41d3-9a0c-0305e82c3301"));
        assertTrue(Tokens.isGuid("{3F2504E0-4F89-41D3-9A0C-0305E82C3301}"));
        assertTrue(Tokens.isGuid("(3F2504E0-4F89-41D3-9A0C-0305E82C3301)"));
        assertFalse(Tokens.isGuid("{3F2504E0-4F89-41D3-9A0C-0305E82C3301)"));
        assertFalse(Tokens.isGuid("user:password"));
        assertEquals(AuthMode.FOREIGN, AuthMode.parse("GAMANIA"));
        assertEquals(AuthMode.FOREIGN, AuthMode.parse("9you"));
        assertEquals(AuthMode.DEFAULT, AuthMode.parse("default"));
    }

    @Property(tries = 300)
    void cipherRoundTrips(@ForAll @StringLength(max = 60) String text) {
        final String clean = text.replace("\0", "");
        final String c = LaunchCipher.encrypt(clean);
        assertEquals(0, c.length() % 6);
        assertEquals(
                clean.getBytes(StandardCharsets.UTF_8).length,
                LaunchCipher.decrypt(c).getBytes(StandardCharsets.UTF_8).length);
        if (clean.chars().noneMatch(c2 -> Character.isSurrogate((char) c2))) {
            assertEquals(clean, LaunchCipher.decrypt(c));
        }
    }

    @Property(tries = 200)
    void launchParametersRoundTrip(
            @ForAll @IntRange(min = 1) int userId,
            @ForAll @IntRange(min = 0, max = 100) int level,
            @ForAll @StringLength(max = 99) String address) {
        final LaunchParameters p = LaunchParameters.forSession(
                userId,
                Tokens.newToken(),
                level,
                level % 2 == 0,
                LaunchParameters.rankField(level, level % 3),
                address,
                15010);
        assertEquals(p, LaunchParameters.decode(p.encode()));
    }
}
