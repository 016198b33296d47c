package io.mozart.launcher.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandLineOverridesTest {

    @Test
    void allSpecForms() {
        final CommandLineOverrides.Split split = CommandLineOverrides.split(
                "--Server:Port=1", "/Http:Port=2", "Db:Name=x", "--Gateway:Id", "3", "/Auth:Mode", "Foreign");
        assertEquals(
                Map.of("Server:Port", "1", "Http:Port", "2", "Db:Name", "x", "Gateway:Id", "3", "Auth:Mode", "Foreign"),
                split.overrides().asMap());
        assertEquals(List.of(), split.remaining());
        assertEquals(
                CommandLineOverrides.ORIGIN,
                split.overrides().get("server:port").orElseThrow().origin());
    }

    @Test
    void valueKeepsFurtherEqualsSignsAndMayBeEmpty() {
        final CommandLineOverrides.Split split = CommandLineOverrides.split("--Db:Url=Data Source=a.db", "--Db:Name=");
        assertEquals("Data Source=a.db", split.overrides().value("Db:Url").orElseThrow());
        assertEquals("", split.overrides().value("Db:Name").orElseThrow());
    }

    @Test
    void laterOccurrencesOverrideEarlierOnesInAnyCase() {
        final CommandLineOverrides.Split split = CommandLineOverrides.split("--Server:Port=1", "--SERVER:PORT=2");
        assertEquals("2", split.overrides().value("Server:Port").orElseThrow());
        assertEquals(1, split.overrides().size());
    }

    @Test
    void overridesBeforeAndAfterTheCommandWord() {
        final CommandLineOverrides.Split split = CommandLineOverrides.split(
                "--Db:Driver=Memory",
                "user:register",
                "alice",
                "--Db:Name=T",
                "secret",
                "--gender",
                "Female",
                "--admin",
                "--Gateway:Channels:0:Capacity",
                "5");
        assertEquals(List.of("user:register", "alice", "secret", "--gender", "Female", "--admin"), split.remaining());
        assertEquals(
                Map.of("Db:Driver", "Memory", "Db:Name", "T", "Gateway:Channels:0:Capacity", "5"),
                split.overrides().asMap());
    }

    @Test
    void commandOptionsAndPositionalsAreLeftAlone() {
        final List<String> args = List.of(
                "ranking:upsert",
                "--count=5",
                "--count",
                "7",
                "-h",
                "-?",
                "--help",
                "--version",
                "metadata:import",
                "/opt/o2jam",
                "C:\\Games\\O2Jam",
                "user:deposit",
                "a=b",
                "x");
        final CommandLineOverrides.Split split = CommandLineOverrides.split(args);
        assertEquals(args, split.remaining());
        assertEquals(0, split.overrides().size());
    }

    @Test
    void doubleDashEndsOverrides() {
        final CommandLineOverrides.Split split = CommandLineOverrides.split(
                "--Server:Port=1", "user:register", "--", "bob", "pass:word=x", "--Server:Port=2");
        assertEquals("1", split.overrides().value("Server:Port").orElseThrow());
        assertEquals(List.of("user:register", "--", "bob", "pass:word=x", "--Server:Port=2"), split.remaining());
    }

    @Test
    void singleDashOverrideIsAnError() {
        final ConfigException e =
                assertThrows(ConfigException.class, () -> CommandLineOverrides.split("-Server:Port=1"));
        assertEquals("Server:Port", e.key().orElseThrow());
        assertTrue(e.getMessage().contains("--Server:Port=1"), e.getMessage());
    }

    @Test
    void spaceFormWithoutValueIsAnError() {
        final ConfigException e =
                assertThrows(ConfigException.class, () -> CommandLineOverrides.split("version", "--Server:Port"));
        assertEquals("Server:Port", e.key().orElseThrow());
    }

    @Test
    void spaceFormTakesTheNextArgumentWhateverItIs() {
        final CommandLineOverrides.Split split = CommandLineOverrides.split("--Db:Url", "--x", "tail");
        assertEquals("--x", split.overrides().value("Db:Url").orElseThrow());
        assertEquals(List.of("tail"), split.remaining());
    }
}
