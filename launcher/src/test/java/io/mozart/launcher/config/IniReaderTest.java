package io.mozart.launcher.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IniReaderTest {

    @Test
    void sectionsPrefixKeysAndSectionsMayContainColons() {
        final RawConfig raw = IniReader.parse("""
                [Server]
                Port=15010
                [Gateway:Channels:0]
                Id = 7
                """, "t.ini");
        assertEquals(Map.of("Server:Port", "15010", "Gateway:Channels:0:Id", "7"), raw.asMap());
        assertEquals(
                "t.ini line 4", raw.get("gateway:channels:0:id").orElseThrow().origin());
    }

    @Test
    void keysOutsideAnySectionHaveNoPrefix() {
        assertEquals(
                Map.of("Server:Port", "1"),
                IniReader.parse("Server:Port=1", "t").asMap());
    }

    @Test
    void commentLinesStartWithSemicolonHashOrSlash() {
        final RawConfig raw = IniReader.parse("""
                ; a comment
                # another
                // and another
                   ;indented comment
                [S]

                K=v
                """, "t");
        assertEquals(Map.of("S:K", "v"), raw.asMap());
    }

    @Test
    void noInlineComments() {
        assertEquals(
                "1 ; x", IniReader.parse("[S]\nPort=1 ; x", "t").value("S:Port").orElseThrow());
    }

    @Test
    void valueSplitsAtFirstEqualsAndIsTrimmed() {
        final RawConfig raw = IniReader.parse("[Db]\n  Url  =  Data Source=O2JAM.db  ", "t");
        assertEquals("Data Source=O2JAM.db", raw.value("Db:Url").orElseThrow());
    }

    @Test
    void doubleQuotesAroundTheValueAreRemoved() {
        final RawConfig raw = IniReader.parse("""
                [Metadata]
                MusicList="OJNList.dat"
                AlbumList=" spaced "
                ItemData=""
                Lone="
                Inner=a"b"
                Half="abc
                """, "t");
        assertEquals("OJNList.dat", raw.value("Metadata:MusicList").orElseThrow());
        assertEquals(" spaced ", raw.value("Metadata:AlbumList").orElseThrow());
        assertEquals("", raw.value("Metadata:ItemData").orElseThrow());
        assertEquals("\"", raw.value("Metadata:Lone").orElseThrow());
        assertEquals("a\"b\"", raw.value("Metadata:Inner").orElseThrow());
        assertEquals("\"abc", raw.value("Metadata:Half").orElseThrow());
    }

    @Test
    void emptyValueIsKept() {
        assertEquals("", IniReader.parse("[S]\nK=", "t").value("S:K").orElseThrow());
    }

    @Test
    void keysAreCaseInsensitive() {
        final RawConfig raw = IniReader.parse("[server]\nPORT=1", "t");
        assertEquals("1", raw.value("Server:Port").orElseThrow());
        assertEquals("server:PORT", raw.get("SERVER:port").orElseThrow().key());
    }

    @Test
    void duplicateKeyInAnyCaseIsFatal() {
        final ConfigException e = assertThrows(
                ConfigException.class, () -> IniReader.parse("[Server]\nPort=1\n[SERVER]\nport=2", "my.ini"));
        assertEquals("SERVER:port", e.key().orElseThrow());
        assertTrue(e.getMessage().contains("my.ini line 4"), e.getMessage());
    }

    @Test
    void lineWithoutEqualsIsFatal() {
        final ConfigException e =
                assertThrows(ConfigException.class, () -> IniReader.parse("[Server]\nPort 15010\n", "my.ini"));
        assertTrue(e.getMessage().contains("my.ini line 2"), e.getMessage());
        assertTrue(e.key().isEmpty());
    }

    @Test
    void emptyKeyIsFatal() {
        final ConfigException e = assertThrows(ConfigException.class, () -> IniReader.parse("[S]\n=v", "x"));
        assertTrue(e.getMessage().contains("x line 2"), e.getMessage());
    }

    @Test
    void unterminatedSectionLineIsAKeyValueLineOrAnError() {
        assertThrows(ConfigException.class, () -> IniReader.parse("[Server\nPort=1", "t"));
    }

    @Test
    void crlfCrAndByteOrderMarkAreHandled(@TempDir Path dir) throws Exception {
        final Path file = dir.resolve("config.ini");
        Files.write(file, "\uFEFF[Server]\r\nPort=1\rAddress=::1\r\n".getBytes(StandardCharsets.UTF_8));
        final RawConfig raw = IniReader.read(file);
        assertEquals(Map.of("Server:Port", "1", "Server:Address", "::1"), raw.asMap());
        assertEquals(file + " line 3", raw.get("Server:Address").orElseThrow().origin());
    }

    @Test
    void nonUtf8FileIsAnError(@TempDir Path dir) throws Exception {
        final Path file = dir.resolve("config.ini");
        Files.write(file, new byte[] {'[', 'S', ']', '\n', 'K', '=', (byte) 0xC3, (byte) 0x28});
        final ConfigException e = assertThrows(ConfigException.class, () -> IniReader.read(file));
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    }

    @Test
    void utf8ValuesSurvive() {
        assertEquals(
                "음악.dat",
                IniReader.parse("[Metadata]\nMusicList=음악.dat", "t")
                        .value("Metadata:MusicList")
                        .orElseThrow());
    }
}
