package io.mozart.launcher.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.api.AuthMode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path app;

    @TempDir
    Path work;

    private void write(String name, String text) throws IOException {
        Files.writeString(app.resolve(name), text);
    }

    private ConfigLoader.Loaded load(String... args) {
        return ConfigLoader.load(args, app, work);
    }

    @Test
    void zeroConfigStartsFullModeOnLoopbackWithOneChannelAndSqliteInWorkingDirectory() {
        final ConfigLoader.Loaded loaded = load();
        final MozartConfig c = loaded.config();
        assertEquals(ServerMode.FULL, c.server().mode());
        assertEquals("127.0.0.1", c.server().address());
        assertEquals(15010, c.server().port());
        assertEquals(1, c.gateway().channels().size());
        assertEquals(0, c.gateway().channels().get(0).id());
        assertEquals(
                "jdbc:sqlite:" + work.toAbsolutePath().normalize().resolve("O2JAM.db"),
                c.database().jdbc().orElseThrow().url());
        assertEquals(false, c.http().enabled());
        assertEquals(List.of(), loaded.remainingArgs());
        assertEquals(List.of(), loaded.warnings());
        assertEquals(List.of(), loaded.filesRead());
        assertTrue(Files.notExists(work.resolve("O2JAM.db")), "loading must not create the database");
    }

    @Test
    void eachLayerOverridesTheOneBelow() throws IOException {
        write("config.ini", "[Server]\nPort=1\nMaxConnections=11\n[Http]\nPort=2\n");
        write("mozart.ini", "[server]\nport=3\n[Db]\nName=M\n");
        final ConfigLoader.Loaded loaded = load("--Server:Port=5", "--Http:Enabled=true");
        final MozartConfig c = loaded.config();
        assertEquals(5, c.server().port()); // command line > mozart.ini > config.ini > default
        assertEquals(11, c.server().maxConnections()); // config.ini > default
        assertEquals(2, c.http().port()); // config.ini > default
        assertEquals("M", c.database().name()); // mozart.ini > default
        assertEquals(true, c.http().enabled()); // command line > default
        assertEquals(4096, c.server().packetBufferSize()); // default
        assertEquals(List.of(app.resolve("config.ini"), app.resolve("mozart.ini")), loaded.filesRead());
        assertEquals(3, load().config().server().port()); // mozart.ini > config.ini
    }

    @Test
    void mozartIniAloneWorks() throws IOException {
        write("mozart.ini", "[Server]\nPort=4\n");
        assertEquals(4, load().config().server().port());
    }

    @Test
    void filesAreReadFromTheApplicationDirectoryNotTheWorkingDirectory() throws IOException {
        Files.writeString(work.resolve("config.ini"), "[Server]\nPort=9\n");
        assertEquals(15010, load().config().server().port());
    }

    @Test
    void channelIndicesMergeAcrossSources() throws IOException {
        write("config.ini", "[Gateway:Channels:1]\nId=5\nCapacity=20\n");
        final List<ChannelConfig> channels = load("--Gateway:Channels:1:Capacity=50", "--Gateway:Channels:2:Id=7")
                .config()
                .gateway()
                .channels();
        assertEquals(List.of(0, 5, 7), channels.stream().map(ChannelConfig::id).toList());
        assertEquals(50, channels.get(1).capacity());
    }

    @Test
    void overridesAfterACommandWordApplyAndTheCommandRemains() {
        final ConfigLoader.Loaded loaded = load("user:register", "bob", "pw", "--Db:Driver=Memory", "--admin");
        assertEquals(DatabaseDriver.MEMORY, loaded.config().database().driver());
        assertEquals(List.of("user:register", "bob", "pw", "--admin"), loaded.remainingArgs());
        final ConfigLoader.Loaded before = load("--Db:Driver=Memory", "db:migrate");
        assertEquals(DatabaseDriver.MEMORY, before.config().database().driver());
        assertEquals(List.of("db:migrate"), before.remainingArgs());
    }

    @Test
    void badValueInAFileNamesKeyAndLine() throws IOException {
        write("config.ini", "[Server]\nMode=Full\nPort=abc\n");
        final ConfigException e = assertThrows(ConfigException.class, this::load);
        assertEquals("Server:Port", e.key().orElseThrow());
        assertTrue(e.getMessage().contains(app.resolve("config.ini") + " line 3"), e.getMessage());
    }

    @Test
    void badValueOnTheCommandLineNamesTheKey() {
        final ConfigException e = assertThrows(ConfigException.class, () -> load("--Http:Port=99999"));
        assertEquals("Http:Port", e.key().orElseThrow());
        assertTrue(e.getMessage().contains("command line"), e.getMessage());
    }

    @Test
    void malformedFileStopsLoading() throws IOException {
        write("mozart.ini", "[Server]\nPort\n");
        assertThrows(ConfigException.class, this::load);
    }

    @Test
    void unknownKeysFromFilesAreWarnings() throws IOException {
        write("config.ini", "[Server]\nPrt=1\n");
        final ConfigLoader.Loaded loaded = load("--Foo:Bar=2");
        assertEquals(
                List.of("Server:Prt", "Foo:Bar"),
                loaded.warnings().stream().map(ConfigWarning::key).toList());
    }

    @Test
    void referenceEnvironmentIniIsNotReadButWarnedAbout() throws IOException {
        Files.writeString(work.resolve(ConfigLoader.REFERENCE_ENVIRONMENT_INI), "[Server]\nPort=7\n");
        final ConfigLoader.Loaded loaded = load();
        assertEquals(15010, loaded.config().server().port());
        assertEquals(
                List.of(ConfigLoader.REFERENCE_ENVIRONMENT_INI),
                loaded.warnings().stream().map(ConfigWarning::key).toList());
    }

    @Test
    void shippedReferenceConfigIniLoadsUnchanged() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/reference/config.ini")) {
            Files.copy(in, app.resolve("config.ini"));
        }
        final ConfigLoader.Loaded loaded = load();
        assertEquals(List.of(), loaded.warnings());
        final MozartConfig c = loaded.config();
        final Path w = work.toAbsolutePath().normalize();
        assertEquals(new ServerConfig(ServerMode.FULL, "127.0.0.1", 15010, 1000, 4096), c.server());
        assertEquals(new HttpConfig(false, "127.0.0.1", 15000), c.http());
        assertEquals(DatabaseDriver.SQLITE, c.database().driver());
        assertEquals("O2JAM", c.database().name());
        assertEquals(
                "jdbc:sqlite:" + w.resolve("O2JAM.db"),
                c.database().jdbc().orElseThrow().url());
        assertTrue(c.database().minBatchSize().isEmpty()
                && c.database().maxBatchSize().isEmpty()
                && c.database().commandTimeout().isEmpty());
        assertEquals(
                new MetadataConfig(w.resolve("OJNList.dat"), w.resolve("AlbumList.ojs"), w.resolve("Itemdata.dat")),
                c.metadata());
        assertEquals(new GameConfig(true, 10, Duration.ofSeconds(60), true), c.game());
        assertEquals(new AuthConfig(AuthMode.DEFAULT, Duration.ZERO, false), c.auth());
        assertEquals(0, c.gateway().id());
        assertEquals("127.0.0.1", c.gateway().address());
        assertEquals(15047, c.gateway().port());
        assertEquals(Duration.ofSeconds(30), c.gateway().timeout());
        assertEquals(
                List.of(0, 1, 2, 3, 4, 9),
                c.gateway().channels().stream().map(ChannelConfig::id).toList());
        assertEquals(
                new ChannelConfig(
                        0, 0, 100, 1.5f, 3.0f, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                c.gateway().channels().get(0));
        assertEquals(
                new ChannelConfig(
                        5, 9, 100, 1.0f, 1.0f, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                c.gateway().channels().get(5));
    }

    @Test
    void shippedConfigInChannelModeFailsLikeTheReference() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/reference/config.ini")) {
            Files.copy(in, app.resolve("config.ini"));
        }
        final ConfigException e = assertThrows(ConfigException.class, () -> load("--Server:Mode=Channel"));
        assertEquals("Gateway:Channels", e.key().orElseThrow());
    }

    @Test
    void applicationDirectoryFallsBackForClassDirectories() {
        // Test classes are loaded from target/test-classes, a directory, not a jar.
        assertEquals(work, ConfigLoader.applicationDirectory(ConfigLoaderTest.class, work));
    }

    @Test
    void applicationDirectoryIsTheJarsDirectoryForAJar() {
        // JUnit's own classes come from a jar in the local repository.
        final Path dir = ConfigLoader.applicationDirectory(Test.class, work);
        assertTrue(Files.isDirectory(dir) && !dir.equals(work), dir.toString());
        try (var files = Files.list(dir)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().endsWith(".jar")));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
