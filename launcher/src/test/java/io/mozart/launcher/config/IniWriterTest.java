package io.mozart.launcher.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Setting one key in mozart.ini the way a person would edit it. */
class IniWriterTest {

    @TempDir
    Path dir;

    private String set(String before, String key, String value) throws Exception {
        final Path file = dir.resolve("mozart.ini");
        if (before != null) {
            Files.writeString(file, before, StandardCharsets.UTF_8);
        }
        IniWriter.set(file, key, value);
        final String after = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(value, IniReader.read(file).value(key).orElseThrow(), after);
        return after;
    }

    @Test
    void createsTheFile() throws Exception {
        assertEquals("[Server]\nAddress=0.0.0.0\n", set(null, "Server:Address", "0.0.0.0"));
    }

    @Test
    void replacesTheKeyInPlaceInAnyCaseKeepingEverythingElse() throws Exception {
        assertEquals(
                "; mine\n[server]\nPort=16000\nAddress=0.0.0.0\n\n[Db]\nDriver=Memory\n",
                set(
                        "; mine\n[server]\nPort=16000\n address = 127.0.0.1\n\n[Db]\nDriver=Memory\n",
                        "Server:Address",
                        "0.0.0.0"));
    }

    @Test
    void addsTheKeyAtTheEndOfItsSection() throws Exception {
        assertEquals(
                "[Server]\nPort=16000\nAddress=0.0.0.0\n\n[Db]\nDriver=Memory\n",
                set("[Server]\nPort=16000\n\n[Db]\nDriver=Memory\n", "Server:Address", "0.0.0.0"));
        assertEquals("[Db]\nDriver=Memory\nName=x\n", set("[Db]\nDriver=Memory\n", "Db:Name", "x"));
    }

    @Test
    void appendsTheSectionAndLeavesCommentedKeysAlone() throws Exception {
        assertEquals(
                "[Db]\n;Address=1.2.3.4\n\n[Window]\nClientFolder=C:\\O2Jam\n",
                set("[Db]\n;Address=1.2.3.4\n", "Window:ClientFolder", "C:\\O2Jam"));
    }
}
