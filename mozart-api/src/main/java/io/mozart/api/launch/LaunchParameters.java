package io.mozart.api.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The 19 OTwo.exe launch fields (spec 06 §2.6.1). Each is written as its length (2 decimal digits)
 * followed by the text; fields longer than 99 characters are refused because the client's parser
 * cannot read a 3-digit length.
 *
 * @param ftpAddresses   field 0
 * @param ftpPort        field 1
 * @param ftpPath1       field 2
 * @param ftpPath2       field 3
 * @param gameVersion    field 4
 * @param userIndexId    field 5: user id
 * @param username       field 6: the session token (the client sends it back as its login token)
 * @param password       field 7
 * @param level          field 8
 * @param gender         field 9: 1 male, 2 otherwise
 * @param token          field 10: the user id again
 * @param email          field 11
 * @param gatewayAddress field 12
 * @param gatewayPort    field 13
 * @param pcRoom         field 14
 * @param homeUrl        field 15
 * @param rank           field 16
 * @param noticeUrl      field 17
 * @param membership     field 18
 */
public record LaunchParameters(
        String ftpAddresses,
        String ftpPort,
        String ftpPath1,
        String ftpPath2,
        String gameVersion,
        String userIndexId,
        String username,
        String password,
        String level,
        String gender,
        String token,
        String email,
        String gatewayAddress,
        String gatewayPort,
        String pcRoom,
        String homeUrl,
        String rank,
        String noticeUrl,
        String membership) {

    /** Number of fields. */
    public static final int FIELDS = 19;

    /** Validates. */
    public LaunchParameters {
        for (final String f : List.of(
                ftpAddresses,
                ftpPort,
                ftpPath1,
                ftpPath2,
                gameVersion,
                userIndexId,
                username,
                password,
                level,
                gender,
                token,
                email,
                gatewayAddress,
                gatewayPort,
                pcRoom,
                homeUrl,
                rank,
                noticeUrl,
                membership)) {
            Objects.requireNonNull(f, "launch field");
            if (f.length() > 99) {
                throw new IllegalArgumentException("launch field longer than 99 characters");
            }
        }
    }

    /**
     * The values the server puts in for a session (reference defaults elsewhere).
     *
     * @param userId         user id
     * @param sessionToken   login token
     * @param level          user level
     * @param male           whether the character is male
     * @param rank           the rank field, see {@link #rankField(int, int)}
     * @param gatewayAddress gateway address
     * @param gatewayPort    gateway port
     * @return the parameters
     */
    public static LaunchParameters forSession(
            int userId,
            String sessionToken,
            int level,
            boolean male,
            String rank,
            String gatewayAddress,
            int gatewayPort) {
        return new LaunchParameters(
                "127.0.0.1|127.0.0.1",
                "21",
                "O2Jam",
                "O2Jam",
                "8.05",
                Integer.toString(userId),
                sessionToken,
                "1234567890",
                Integer.toString(level),
                male ? "1" : "2",
                Integer.toString(userId),
                "user@mail.domain",
                gatewayAddress,
                Integer.toString(gatewayPort),
                "-1",
                "o2jam.nopp.co.kr",
                rank,
                "http://o2jam.nopp.co.kr/client/bbs_patch_notice_nopp.html",
                "O2JAM");
    }

    /**
     * @param ranking          the user's ranking (0 = unranked)
     * @param activeFreePass   the active free-pass type (0 = none)
     * @return {@code -ranking} (or {@code -999999} when unranked) with an active free pass, else the ranking
     */
    public static String rankField(int ranking, int activeFreePass) {
        if (activeFreePass != 0) {
            return ranking > 0 ? Integer.toString(-ranking) : "-999999";
        }
        return Integer.toString(ranking);
    }

    /**
     * @return the fields in order
     */
    public List<String> fields() {
        return List.of(
                ftpAddresses,
                ftpPort,
                ftpPath1,
                ftpPath2,
                gameVersion,
                userIndexId,
                username,
                password,
                level,
                gender,
                token,
                email,
                gatewayAddress,
                gatewayPort,
                pcRoom,
                homeUrl,
                rank,
                noticeUrl,
                membership);
    }

    /**
     * @return the plaintext launch string
     */
    public String encode() {
        final StringBuilder sb = new StringBuilder();
        for (final String f : fields()) {
            if (f.length() < 10) {
                sb.append('0');
            }
            sb.append(f.length()).append(f);
        }
        return sb.toString();
    }

    /**
     * @return the encrypted launch string (the first OTwo.exe argument)
     */
    public String encrypt() {
        return LaunchCipher.encrypt(encode());
    }

    /**
     * @param plaintext a plaintext launch string
     * @return the parameters
     * @throws IllegalArgumentException when the data runs out or a length is not 2 digits
     */
    public static LaunchParameters decode(String plaintext) {
        final List<String> f = new ArrayList<>(FIELDS);
        int pos = 0;
        for (int i = 0; i < FIELDS; i++) {
            if (pos + 2 > plaintext.length()) {
                throw new IllegalArgumentException("launch string ends before field " + i);
            }
            final String digits = plaintext.substring(pos, pos + 2);
            if (!Character.isDigit(digits.charAt(0)) || !Character.isDigit(digits.charAt(1))) {
                throw new IllegalArgumentException("bad length of field " + i + ": '" + digits + "'");
            }
            final int len = Integer.parseInt(digits);
            pos += 2;
            if (pos + len > plaintext.length()) {
                throw new IllegalArgumentException("launch string ends inside field " + i);
            }
            f.add(plaintext.substring(pos, pos + len));
            pos += len;
        }
        return new LaunchParameters(
                f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5), f.get(6), f.get(7), f.get(8), f.get(9),
                f.get(10), f.get(11), f.get(12), f.get(13), f.get(14), f.get(15), f.get(16), f.get(17), f.get(18));
    }

    /**
     * @param cipher an encrypted launch string
     * @return the parameters
     */
    public static LaunchParameters decrypt(String cipher) {
        return decode(LaunchCipher.decrypt(cipher));
    }
}
