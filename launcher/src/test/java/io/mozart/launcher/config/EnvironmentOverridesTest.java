package io.mozart.launcher.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code Section__Key} environment variables, and where they sit among the other layers. */
class EnvironmentOverridesTest {

    @TempDir
    Path app;

    @TempDir
    Path work;

    private ConfigLoader.Loaded load(Map<String, String> env, String... args) {
        return ConfigLoader.load(args, app, work, env);
    }

    @Test
    void doubleUnderscoresSeparateSectionKeyAndChannelIndex() {
        RawConfig raw = EnvironmentOverrides.from(
                Map.of("Server__Port", "15011", "GATEWAY__CHANNELS__0__ID", "3", "http__enabled", "true"));
        assertEquals("15011", raw.value("Server:Port").orElseThrow());
        assertEquals("3", raw.value("Gateway:Channels:0:Id").orElseThrow());
        assertEquals("true", raw.value("Http:Enabled").orElseThrow());
        assertEquals(
                "environment variable Server__Port",
                raw.get("server:port").orElseThrow().origin());
    }

    @Test
    void variablesOutsideTheConfigurationSectionsAreNotRead() {
        RawConfig raw = EnvironmentOverrides.from(Map.of(
                "PATH",
                "/bin",
                "JAVA_TOOL__OPTIONS",
                "x",
                "__Server",
                "1",
                "Server__",
                "2",
                "Server____Port",
                "3",
                "HOME",
                "/root"));
        assertEquals(0, raw.size(), raw::toString);
    }

    @Test
    void precedenceIsDefaultsConfigIniMozartIniEnvironmentCommandLine() throws IOException {
        Files.writeString(
                app.resolve("config.ini"), "[Server]\nPort=1\nMaxConnections=11\n[Http]\nPort=2\n" + "[Db]\nName=C\n");
        Files.writeString(app.resolve("mozart.ini"), "[Server]\nPort=3\nMaxConnections=33\n");
        Map<String, String> env = Map.of(
                "Server__Port",
                "4",
                "SERVER__MAXCONNECTIONS",
                "44",
                "Gateway__Channels__0__Capacity",
                "77",
                "Gateway__Channels__1__Id",
                "5");
        MozartConfig c = load(env, "--Server:Port=5").config();
        assertEquals(5, c.server().port()); // command line > environment
        assertEquals(44, c.server().maxConnections()); // environment > mozart.ini > config.ini
        assertEquals(2, c.http().port()); // config.ini > default
        assertEquals("C", c.database().name()); // config.ini > default
        assertEquals(15000 + 47, c.gateway().port()); // default
        assertEquals(77, c.gateway().channels().get(0).capacity());
        assertEquals(
                List.of(0, 5),
                c.gateway().channels().stream().map(ChannelConfig::id).toList());
    }

    @Test
    void aBadValueFromTheEnvironmentNamesTheKey() {
        ConfigException e = assertThrows(ConfigException.class, () -> load(Map.of("Server__Port", "seventy")));
        assertTrue(e.getMessage().contains("Server:Port"), e.getMessage());
    }

    @Test
    void anUnknownKeyInAKnownSectionIsWarnedAboutWithItsVariable() {
        List<ConfigWarning> warnings = load(Map.of("Server__Prot", "1")).warnings();
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).message().contains("environment variable Server__Prot"), warnings::toString);
    }

    @Test
    void loggingAndMetricsKeysBindAndTheLevelRemembersWhetherItWasSet() {
        MozartConfig defaults = load(Map.of()).config();
        assertEquals(LogLevel.INFO, defaults.logging().level());
        assertEquals(false, defaults.logging().levelConfigured());
        assertEquals(
                work.resolve("logs").resolve("mozart.log"),
                defaults.logging().file().orElseThrow());
        assertEquals(10L * 1024 * 1024, defaults.logging().maxFileSize());
        assertEquals(10, defaults.logging().maxFiles());
        assertEquals(LogFormat.TEXT, defaults.logging().format());
        assertEquals(MetricsConfig.DEFAULTS, defaults.metrics());

        MozartConfig set = load(
                        Map.of("Logging__Level", "Info", "Logging__Format", "json"),
                        "--Logging:File=",
                        "--Logging:MaxFileSize=512kb",
                        "--Logging:MaxFiles=3",
                        "--Metrics:Jmx=false")
                .config();
        assertEquals(true, set.logging().levelConfigured());
        assertTrue(set.logging().file().isEmpty());
        assertEquals(512L * 1024, set.logging().maxFileSize());
        assertEquals(3, set.logging().maxFiles());
        assertEquals(LogFormat.JSON, set.logging().format());
        assertEquals(new MetricsConfig(true, false), set.metrics());

        assertThrows(ConfigException.class, () -> load(Map.of(), "--Logging:MaxFiles=21"));
        assertThrows(ConfigException.class, () -> load(Map.of(), "--Logging:MaxFileSize=10 MiB"));
        assertThrows(ConfigException.class, () -> load(Map.of(), "--Logging:MaxFileSize=0"));
    }
}
