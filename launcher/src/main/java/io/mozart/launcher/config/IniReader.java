package io.mozart.launcher.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the INI dialect of spec 06 §4.2 into a flat {@link RawConfig}.
 *
 * <ul>
 *   <li>every line is trimmed; empty lines and lines starting with {@code ;}, {@code #} or {@code /} are
 *       comments;</li>
 *   <li>{@code [Section]} sets the key prefix; the section may itself contain colons
 *       ({@code [Gateway:Channels:0]} → keys {@code Gateway:Channels:0:<key>});</li>
 *   <li>{@code key=value} splits at the first {@code =}; key and value are trimmed, and a value wrapped in
 *       double quotes loses them ({@code MusicList="OJNList.dat"} → {@code OJNList.dat});</li>
 *   <li>there are no inline comments ({@code Port=1 ; x} has the value {@code 1 ; x});</li>
 *   <li>a line without {@code =}, an empty key, or a key defined twice (any case) is a fatal format
 *       error.</li>
 * </ul>
 * Files are UTF-8; a leading byte-order mark is skipped.
 */
public final class IniReader {

    private IniReader() {}

    /**
     * Reads a file.
     *
     * @param file the file
     * @return its keys, each with origin {@code <file name> line <n>}
     * @throws ConfigException if the file cannot be read, is not UTF-8, or breaks a rule above
     */
    public static RawConfig read(Path file) {
        final String text;
        try {
            final byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException(null, file + ": not valid UTF-8 text", e);
        } catch (IOException e) {
            throw new ConfigException(null, file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return parse(text, file.toString());
    }

    /**
     * Parses INI text.
     *
     * @param text   the file content
     * @param source name used in origins and messages (usually the file path)
     * @return the keys in file order
     * @throws ConfigException on a line without {@code =}, an empty key, or a duplicate key
     */
    public static RawConfig parse(String text, String source) {
        final RawConfig.Builder builder = RawConfig.builder();
        final String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        final String[] lines = content.split("\r\n|\n|\r", -1);
        String prefix = "";
        for (int i = 0; i < lines.length; i++) {
            final String origin = source + " line " + (i + 1);
            final String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith(";") || line.startsWith("#") || line.startsWith("/")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                prefix = line.substring(1, line.length() - 1).strip() + ":";
                continue;
            }
            final int separator = line.indexOf('=');
            if (separator < 0) {
                throw new ConfigException(
                        null, origin + ": expected 'key=value' or '[Section]' but found '" + line + "'");
            }
            final String name = line.substring(0, separator).strip();
            if (name.isEmpty()) {
                throw new ConfigException(null, origin + ": the line '" + line + "' has no key before '='");
            }
            final String key = prefix + name;
            String value = line.substring(separator + 1).strip();
            if (value.length() > 1 && value.charAt(0) == '"' && value.charAt(value.length() - 1) == '"') {
                value = value.substring(1, value.length() - 1);
            }
            if (builder.contains(key)) {
                throw new ConfigException(key, origin + ": the key '" + key + "' is defined twice");
            }
            builder.put(key, value, origin);
        }
        return builder.build();
    }
}
