package io.mozart.launcher.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sets one {@code Section:Key} in an INI file the way a person would edit it: the key's line is replaced in place,
 * or added at the end of its section, or the section is appended; every other line, comment and blank stays as it
 * was. The desktop window remembers its choices in {@code mozart.ini} with it. The file is written to a temporary
 * file next to it and moved over it, so a crash never leaves half a file.
 */
public final class IniWriter {

    private IniWriter() {}

    /**
     * @param file  the INI file (created when missing)
     * @param key   {@code Section:Key} (one colon)
     * @param value the value, written as it is
     * @throws IOException when the file cannot be read or written
     */
    public static void set(Path file, String key, String value) throws IOException {
        final int colon = key.lastIndexOf(':');
        if (colon <= 0 || colon == key.length() - 1 || value.contains("\n") || value.contains("\r")) {
            throw new IllegalArgumentException("not a Section:Key with a one-line value: " + key);
        }
        final String section = key.substring(0, colon);
        final String name = key.substring(colon + 1);
        final List<String> lines = Files.isRegularFile(file)
                ? new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8))
                : new ArrayList<>();
        if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
            lines.set(0, lines.get(0).substring(1));
        }
        final String line = name + "=" + value;
        String current = "";
        int sectionEnd = -1;
        boolean done = false;
        for (int i = 0; i < lines.size() && !done; i++) {
            final String text = lines.get(i).strip();
            if (text.startsWith("[") && text.endsWith("]")) {
                if (same(current, section)) {
                    sectionEnd = lastContent(lines, i);
                }
                current = text.substring(1, text.length() - 1).strip();
                continue;
            }
            final int eq = text.indexOf('=');
            if (eq > 0
                    && !comment(text)
                    && same(current, section)
                    && same(text.substring(0, eq).strip(), name)) {
                lines.set(i, line);
                done = true;
            }
        }
        if (!done) {
            if (same(current, section) && sectionEnd < 0) {
                sectionEnd = lastContent(lines, lines.size());
            }
            if (sectionEnd >= 0) {
                lines.add(sectionEnd, line);
            } else {
                if (!lines.isEmpty() && !lines.get(lines.size() - 1).isBlank()) {
                    lines.add("");
                }
                lines.add("[" + section + "]");
                lines.add(line);
            }
        }
        final Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        final Path temporary = absolute.resolveSibling(absolute.getFileName() + ".tmp");
        Files.write(temporary, lines, StandardCharsets.UTF_8);
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static int lastContent(List<String> lines, int before) {
        int end = before;
        while (end > 0 && lines.get(end - 1).isBlank()) {
            end--;
        }
        return end;
    }

    private static boolean comment(String text) {
        return text.startsWith(";") || text.startsWith("#") || text.startsWith("/");
    }

    private static boolean same(String a, String b) {
        return a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }
}
