package io.mozart.launcher.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.api.AuthMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConfigBinderTest {

    private static final Path WORK = Path.of("/srv/o2jam").toAbsolutePath();

    private static ConfigBinder.Result bind(String... pairs) {
        return ConfigBinder.bind(ConfigDefaults.builtIn().overriddenBy(RawConfig.of("test", pairs)), WORK);
    }

    private static MozartConfig config(String... pairs) {
        return bind(pairs).config();
    }

    private static ConfigException failure(String... pairs) {
        return assertThrows(ConfigException.class, () -> bind(pairs));
    }

    static Stream<Arguments> everyKey() {
        return Stream.of(
                row("Server:Mode", "gateway", c -> c.server().mode(), ServerMode.GATEWAY),
                row("Server:Mode", "CHANNEL", c -> c.server().mode(), ServerMode.CHANNEL),
                row("Server:Address", "0.0.0.0", c -> c.server().address(), "0.0.0.0"),
                row("Server:Address", " ::1 ", c -> c.server().address(), "::1"),
                row("Server:Port", "0", c -> c.server().port(), 0),
                row("Server:Port", "+65535", c -> c.server().port(), 65535),
                row("Server:MaxConnections", "2147483647", c -> c.server().maxConnections(), Integer.MAX_VALUE),
                row("Server:PacketBufferSize", "1", c -> c.server().packetBufferSize(), 1),
                row("Server:ConnectionLimit", "0", c -> c.server().connectionLimit(), 0),
                row(
                        "Server:ConnectionsPerAddress",
                        "3",
                        c -> c.server().limits().perAddress(),
                        3),
                row("Server:HandshakeTimeout", "5", c -> c.server().limits().handshakeTimeout(), Duration.ofSeconds(5)),
                row("Server:IdleTimeout", "0", c -> c.server().limits().idleTimeout(), Duration.ZERO),
                row("Server:WriteTimeout", "15", c -> c.server().limits().writeTimeout(), Duration.ofSeconds(15)),
                row("Server:SendQueueLimit", "64", c -> c.server().limits().sendQueueBytes(), 64L * 1024),
                row(
                        "Server:TotalSendQueueLimit",
                        "512",
                        c -> c.server().limits().totalSendQueueBytes(),
                        512L * 1024 * 1024),
                row(
                        "Server:PublicAddress",
                        " 192.168.1.20 ",
                        c -> c.server().publicAddress(),
                        Optional.of("192.168.1.20")),
                row("Server:PublicAddress", "", c -> c.server().publicAddress(), Optional.empty()),
                row("Window:ClientFolder", "C:\\O2Jam", c -> c.server().mode(), ServerMode.FULL),
                row("Http:Enabled", "TRUE", c -> c.http().enabled(), true),
                row("Http:Address", "192.168.0.10", c -> c.http().address(), "192.168.0.10"),
                row("Http:Port", "8080", c -> c.http().port(), 8080),
                row("Db:Driver", "memory", c -> c.database().driver(), DatabaseDriver.MEMORY),
                row("Db:Driver", "SQLITE", c -> c.database().driver(), DatabaseDriver.SQLITE),
                row("Db:Name", "Other", c -> c.database().name(), "Other"),
                row(
                        "Db:Url",
                        "Data Source=db/x.db",
                        c -> c.database().jdbc().orElseThrow().url(),
                        "jdbc:sqlite:" + WORK.resolve("db/x.db")),
                row(
                        "Db:Url",
                        "jdbc:sqlite:/abs/y.db",
                        c -> c.database().jdbc().orElseThrow().url(),
                        "jdbc:sqlite:" + Path.of("/abs/y.db").toAbsolutePath()),
                row(
                        "Db:Url",
                        "Data Source=:memory:",
                        c -> c.database().jdbc().orElseThrow().url(),
                        "jdbc:sqlite::memory:"),
                row("Db:MinBatchSize", "2", c -> c.database().minBatchSize(), OptionalInt.of(2)),
                row("Db:MaxBatchSize", "100", c -> c.database().maxBatchSize(), OptionalInt.of(100)),
                row("Db:MaxBatchSize", "", c -> c.database().maxBatchSize(), OptionalInt.empty()),
                row("Db:CommandTimeout", "30", c -> c.database().commandTimeout(), Optional.of(Duration.ofSeconds(30))),
                row(
                        "Metadata:MusicList",
                        "music/OJNList.dat",
                        c -> c.metadata().musicList(),
                        WORK.resolve("music/OJNList.dat")),
                row(
                        "Metadata:AlbumList",
                        "/abs/AlbumList.ojs",
                        c -> c.metadata().albumList(),
                        WORK.resolve("/abs/AlbumList.ojs")),
                row(
                        "Metadata:ItemData",
                        "../Itemdata.dat",
                        c -> c.metadata().itemData(),
                        WORK.resolve("../Itemdata.dat").normalize()),
                row("Game:AllowSoloInVersus", "False", c -> c.game().allowSoloInVersus(), false),
                row("Game:SingleModeRewardLevelLimit", "-3", c -> c.game().singleModeRewardLevelLimit(), -3),
                row("Game:MusicLoadTimeout", "90", c -> c.game().musicLoadTimeout(), Duration.ofSeconds(90)),
                row("Game:MusicLoadTimeout", "0", c -> c.game().musicLoadTimeoutEnabled(), false),
                row("Game:MusicLoadTimeout", "-5", c -> c.game().musicLoadTimeout(), Duration.ZERO),
                row("Game:FreeMusic", "false", c -> c.game().freeMusic(), false),
                row("Auth:Mode", "foreign", c -> c.auth().mode(), AuthMode.FOREIGN),
                row("Auth:Mode", "9you", c -> c.auth().mode(), AuthMode.FOREIGN),
                row("Auth:Mode", "gamania", c -> c.auth().mode(), AuthMode.FOREIGN),
                row("Auth:SessionExpiry", "0", c -> c.auth().sessionsExpire(), false),
                row("Auth:SessionExpiry", "15", c -> c.auth().sessionExpiry(), Duration.ofMinutes(15)),
                row("Auth:RevokeOnStartup", "false", c -> c.auth().revokeOnStartup(), false),
                row("Gateway:Id", "32767", c -> c.gateway().id(), 32767),
                row("Gateway:Address", "10.0.0.2", c -> c.gateway().address(), "10.0.0.2"),
                row("Gateway:Port", "16000", c -> c.gateway().port(), 16000),
                row("Gateway:Timeout", "5", c -> c.gateway().timeout(), Duration.ofSeconds(5)),
                row("Gateway:HeartbeatInterval", "0", c -> c.gateway().heartbeatInterval(), Duration.ZERO),
                row("Gateway:HeartbeatTimeout", "60", c -> c.gateway().heartbeatTimeout(), Duration.ofSeconds(60)),
                row("Gateway:ReconnectDelay", "2", c -> c.gateway().reconnectDelay(), Duration.ofSeconds(2)),
                row("Logging:Level", "debug", MozartConfig::logLevel, LogLevel.DEBUG),
                row("Logging:Level", "OFF", MozartConfig::logLevel, LogLevel.OFF),
                row(
                        "Logging:File",
                        "log/server.txt",
                        c -> c.logging().file(),
                        Optional.of(
                                WORK.resolve("log/server.txt").toAbsolutePath().normalize())),
                row("Logging:File", "", c -> c.logging().file(), Optional.empty()),
                row("Logging:MaxFileSize", "2048", c -> c.logging().maxFileSize(), 2048L),
                row("Logging:MaxFileSize", "1gb", c -> c.logging().maxFileSize(), 1024L * 1024 * 1024),
                row("Logging:MaxFiles", "20", c -> c.logging().maxFiles(), 20),
                row("Logging:Format", "JSON", c -> c.logging().format(), LogFormat.JSON),
                row("Metrics:Enabled", "false", c -> c.metrics().enabled(), false),
                row("Metrics:Jmx", "False", c -> c.metrics().jmx(), false),
                row(
                        "Gateway:Channels:0:Id",
                        "9",
                        c -> c.gateway().channels().get(0).id(),
                        9),
                row(
                        "Gateway:Channels:0:Capacity",
                        "0",
                        c -> c.gateway().channels().get(0).capacity(),
                        0),
                row(
                        "Gateway:Channels:0:Gem",
                        "1.1",
                        c -> c.gateway().channels().get(0).gem(),
                        1.1f),
                row(
                        "Gateway:Channels:0:Exp",
                        "3",
                        c -> c.gateway().channels().get(0).exp(),
                        3.0f),
                row(
                        "Gateway:Channels:0:Exp",
                        ".5e1",
                        c -> c.gateway().channels().get(0).exp(),
                        5.0f),
                row(
                        "Gateway:Channels:0:MusicList",
                        "ch0/OJNList.dat",
                        c -> c.gateway().channels().get(0).musicList(),
                        Optional.of(WORK.resolve("ch0/OJNList.dat"))),
                row(
                        "Gateway:Channels:0:AlbumList",
                        "a.ojs",
                        c -> c.gateway().channels().get(0).albumList(),
                        Optional.of(WORK.resolve("a.ojs"))),
                row(
                        "Gateway:Channels:0:ItemData",
                        "",
                        c -> c.gateway().channels().get(0).itemData(),
                        Optional.empty()),
                row(
                        "Gateway:Channels:0:FreeMusic",
                        "false",
                        c -> c.gateway().channels().get(0).freeMusic(),
                        Optional.of(false)),
                row(
                        "gateway:channels:0:freemusic",
                        "True",
                        c -> c.gateway().channels().get(0).freeMusic(),
                        Optional.of(true)),
                row("Auth:HashIterations", "10000", c -> c.security().hashIterations(), 10_000),
                row("Auth:MinPasswordLength", "8", c -> c.security().minPasswordLength(), 8),
                row("Game:ChatPerMinute", "0", c -> c.security().chatPerMinute(), 0),
                row("Game:ChatBurst", "3", c -> c.security().chatBurst(), 3),
                row("Http:Threads", "4", c -> c.security().http().threads(), 4),
                row("Http:BodyTimeout", "30", c -> c.security().http().bodyTimeout(), Duration.ofSeconds(30)),
                row("Http:IpPerMinute", "0", c -> c.security().http().ipPerMinute(), 0),
                row("Http:IpBurst", "50", c -> c.security().http().ipBurst(), 50),
                row("Http:AccountPerMinute", "0", c -> c.security().http().accountPerMinute(), 0),
                row("Http:AccountBurst", "2", c -> c.security().http().accountBurst(), 2),
                row("Db:Synchronous", "normal", c -> c.security().synchronous(), SqliteSynchronous.NORMAL));
    }

    private static Arguments row(String key, String value, Function<MozartConfig, Object> get, Object expected) {
        return Arguments.of(key, value, get, expected);
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("everyKey")
    void everyKeyParses(String key, String value, Function<MozartConfig, Object> get, Object expected) {
        final ConfigBinder.Result result = bind(key, value);
        assertEquals(expected, get.apply(result.config()));
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void securityDefaultsAreTheSafeOnes() {
        final MozartConfig c = ConfigBinder.bind(ConfigDefaults.builtIn(), WORK).config();
        assertEquals(600_000, c.security().hashIterations(), "OWASP's PBKDF2-HMAC-SHA256 count");
        assertEquals(6, c.security().minPasswordLength());
        assertEquals(SqliteSynchronous.FULL, c.security().synchronous());
        assertEquals(SecurityConfig.defaults(), c.security());
        assertEquals(
                c.security().options(),
                io.mozart.launcher.ServerLauncher.options(c).security());
    }

    @Test
    void everyKnownKeyIsCoveredByTheTable() {
        final List<String> covered =
                everyKey().map(a -> RawConfig.normalize((String) a.get()[0])).toList();
        for (final String key : ConfigBinder.KEYS) {
            assertTrue(covered.contains(RawConfig.normalize(key)), key);
        }
        for (final String key : ConfigBinder.CHANNEL_KEYS) {
            assertTrue(covered.contains(RawConfig.normalize("Gateway:Channels:0:" + key)), key);
        }
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of("Server:Mode", "Cluster"),
                Arguments.of("Server:Mode", "1"),
                Arguments.of("Server:Address", "localhost"),
                Arguments.of("Server:PublicAddress", "0.0.0.0"),
                Arguments.of("Server:PublicAddress", "::"),
                Arguments.of("Server:PublicAddress", "o2jam.example"),
                Arguments.of("Server:Address", "256.0.0.1"),
                Arguments.of("Server:Address", "127.1"),
                Arguments.of("Server:Port", "abc"),
                Arguments.of("Server:Port", "65536"),
                Arguments.of("Server:Port", "-1"),
                Arguments.of("Server:Port", "99999999999999999999999"),
                Arguments.of("Server:Port", ""),
                Arguments.of("Server:MaxConnections", "0"),
                Arguments.of("Server:MaxConnections", "2147483648"),
                Arguments.of("Server:PacketBufferSize", "0"),
                Arguments.of("Server:PacketBufferSize", "4k"),
                Arguments.of("Server:ConnectionLimit", "-1"),
                Arguments.of("Server:ConnectionsPerAddress", "many"),
                Arguments.of("Server:HandshakeTimeout", "-1"),
                Arguments.of("Server:SendQueueLimit", "63"),
                Arguments.of("Server:SendQueueLimit", "1048577"),
                Arguments.of("Server:TotalSendQueueLimit", "-1"),
                Arguments.of("Http:Enabled", "1"),
                Arguments.of("Http:Enabled", "yes"),
                Arguments.of("Http:Address", "example.org"),
                Arguments.of("Http:Port", "70000"),
                Arguments.of("Db:Driver", "SqlServer"),
                Arguments.of("Db:Driver", "MongoDb"),
                Arguments.of("Db:Driver", "Couchbase"),
                Arguments.of("Db:Driver", "Oracle"),
                Arguments.of("Db:Url", "Mode=Memory"),
                Arguments.of("Db:Url", "jdbc:mysql://h/db"),
                Arguments.of("Db:MinBatchSize", "0"),
                Arguments.of("Db:MaxBatchSize", "x"),
                Arguments.of("Db:CommandTimeout", "-1"),
                Arguments.of("Metadata:MusicList", ""),
                Arguments.of("Metadata:ItemData", "  "),
                Arguments.of("Game:AllowSoloInVersus", "0"),
                Arguments.of("Game:SingleModeRewardLevelLimit", "1.5"),
                Arguments.of("Game:MusicLoadTimeout", "sixty"),
                Arguments.of("Game:FreeMusic", "on"),
                Arguments.of("Auth:Mode", "Ldap"),
                Arguments.of("Auth:SessionExpiry", "-1"),
                Arguments.of("Auth:RevokeOnStartup", "no"),
                Arguments.of("Gateway:Id", "-1"),
                Arguments.of("Gateway:Id", "32768"),
                Arguments.of("Gateway:Address", "gateway.local"),
                Arguments.of("Gateway:Port", "65536"),
                Arguments.of("Gateway:Timeout", "0"),
                Arguments.of("Gateway:HeartbeatInterval", "-1"),
                Arguments.of("Gateway:HeartbeatTimeout", "5"),
                Arguments.of("Gateway:ReconnectDelay", "0"),
                Arguments.of("Logging:Level", "verbose"),
                Arguments.of("Logging:MaxFileSize", "ten"),
                Arguments.of("Logging:MaxFileSize", "10TB"),
                Arguments.of("Logging:MaxFiles", "0"),
                Arguments.of("Logging:Format", "xml"),
                Arguments.of("Metrics:Enabled", "yes"),
                Arguments.of("Gateway:Channels:0:Id", "x"),
                Arguments.of("Gateway:Channels:0:Id", "-1"),
                Arguments.of("Gateway:Channels:0:Id", "2519"),
                Arguments.of("Gateway:Channels:0:Capacity", "-1"),
                Arguments.of("Gateway:Channels:0:Gem", "1,5"),
                Arguments.of("Gateway:Channels:0:Gem", "-0.5"),
                Arguments.of("Gateway:Channels:0:Exp", "NaN"),
                Arguments.of("Gateway:Channels:0:Exp", "Infinity"),
                Arguments.of("Gateway:Channels:0:Exp", "1e39"),
                Arguments.of("Gateway:Channels:0:FreeMusic", "1"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("badValues")
    void badValueNamesTheKey(String key, String value) {
        final ConfigException e = failure(key, value);
        assertEquals(RawConfig.normalize(key), RawConfig.normalize(e.key().orElseThrow()), e.getMessage());
        assertTrue(e.getMessage().startsWith(key), e.getMessage());
        assertTrue(e.getMessage().contains("'" + value + "'"), e.getMessage());
        assertTrue(e.getMessage().contains("(test)"), e.getMessage());
    }

    @Test
    void builtInDefaultsAreTheZeroConfigServer() {
        final ConfigBinder.Result result = ConfigBinder.bind(ConfigDefaults.builtIn(), WORK);
        final MozartConfig c = result.config();
        assertEquals(List.of(), result.warnings());
        assertEquals(new ServerConfig(ServerMode.FULL, "127.0.0.1", 15010, 1000, 4096), c.server());
        assertEquals(new HttpConfig(false, "127.0.0.1", 15000), c.http());
        assertEquals(DatabaseDriver.SQLITE, c.database().driver());
        assertEquals("O2JAM", c.database().name());
        assertEquals("Data Source=O2JAM.db", c.database().url());
        assertEquals(
                "jdbc:sqlite:" + WORK.resolve("O2JAM.db"),
                c.database().jdbc().orElseThrow().url());
        assertEquals(OptionalInt.empty(), c.database().minBatchSize());
        assertEquals(Optional.empty(), c.database().commandTimeout());
        assertEquals(
                new MetadataConfig(
                        WORK.resolve("OJNList.dat"), WORK.resolve("AlbumList.ojs"), WORK.resolve("Itemdata.dat")),
                c.metadata());
        assertEquals(new GameConfig(true, 10, Duration.ofSeconds(60), true), c.game());
        assertEquals(new AuthConfig(AuthMode.DEFAULT, Duration.ofMinutes(5), true), c.auth());
        assertEquals(0, c.gateway().id());
        assertEquals("127.0.0.1", c.gateway().address());
        assertEquals(15047, c.gateway().port());
        assertEquals(Duration.ofSeconds(30), c.gateway().timeout());
        assertEquals(
                List.of(new ChannelConfig(
                        0, 0, 100, 1.0f, 1.0f, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())),
                c.gateway().channels());
    }

    @Test
    void channelArrayInIndexOrderWithDefaults() {
        final MozartConfig c = config(
                "Gateway:Channels:2:Id",
                "9",
                "Gateway:Channels:1:Id",
                "4",
                "Gateway:Channels:1:Gem",
                "2.5",
                "Gateway:Channels:10:Id",
                "7",
                "Gateway:Channels:3:Id",
                "1",
                "Gateway:Channels:4:Id",
                "2",
                "Gateway:Channels:5:Id",
                "3",
                "Gateway:Channels:6:Id",
                "5",
                "Gateway:Channels:7:Id",
                "6",
                "Gateway:Channels:8:Id",
                "8",
                "Gateway:Channels:9:Id",
                "10");
        final List<ChannelConfig> channels = c.gateway().channels();
        assertEquals(11, channels.size());
        assertEquals(
                List.of(0, 4, 9, 1, 2, 3, 5, 6, 8, 10, 7),
                channels.stream().map(ChannelConfig::id).toList());
        assertEquals(
                List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
                channels.stream().map(ChannelConfig::index).toList());
        assertEquals(2.5f, channels.get(1).gem());
        assertEquals(1.0f, channels.get(1).exp());
        assertEquals(100, channels.get(2).capacity());
    }

    @Test
    void channelInheritsGlobalMetadataAndFreeMusic() {
        final MozartConfig c = config("Gateway:Channels:0:ItemData", "ch/Itemdata.dat", "Game:FreeMusic", "false");
        final ChannelConfig channel = c.gateway().channels().get(0);
        assertEquals(WORK.resolve("OJNList.dat"), channel.musicList(c.metadata()));
        assertEquals(WORK.resolve("ch/Itemdata.dat"), channel.itemData(c.metadata()));
        assertEquals(false, channel.freeMusic(c.game()));
    }

    @Test
    void gapInChannelIndicesNamesTheMissingIndex() {
        final ConfigException e = failure("Gateway:Channels:1:Id", "1", "Gateway:Channels:3:Id", "3");
        assertEquals("Gateway:Channels:2", e.key().orElseThrow());
        assertTrue(e.getMessage().contains("no gaps"), e.getMessage());
    }

    @Test
    void missingChannelIdNamesTheKey() {
        final ConfigException e = failure("Gateway:Channels:1:Capacity", "50");
        assertEquals("Gateway:Channels:1:Id", e.key().orElseThrow());
    }

    @Test
    void nonNumericOrPaddedIndexNamesTheKey() {
        assertEquals(
                "Gateway:Channels:one:Id",
                failure("Gateway:Channels:one:Id", "1").key().orElseThrow());
        assertEquals(
                "Gateway:Channels:01:Id",
                failure("Gateway:Channels:01:Id", "1").key().orElseThrow());
        assertEquals(
                "Gateway:Channels:-1:Id",
                failure("Gateway:Channels:-1:Id", "1").key().orElseThrow());
    }

    @Test
    void duplicateChannelIdIsRejected() {
        final ConfigException e = failure("Gateway:Channels:1:Id", "0");
        assertEquals("Gateway:Channels:1:Id", e.key().orElseThrow());
    }

    @Test
    void channelModeNeedsExactlyOneChannel() {
        assertEquals(1, config("Server:Mode", "Channel").gateway().channels().size());
        final ConfigException e = failure("Server:Mode", "Channel", "Gateway:Channels:1:Id", "1");
        assertEquals("Gateway:Channels", e.key().orElseThrow());
    }

    @Test
    void gatewayPortZeroOnlyAllowedInFullMode() {
        assertEquals(0, config("Gateway:Port", "0").gateway().port());
        assertEquals(
                "Gateway:Port",
                failure("Server:Mode", "Gateway", "Gateway:Port", "0").key().orElseThrow());
        assertEquals(
                "Gateway:Port",
                failure("Server:Mode", "Channel", "Gateway:Port", "0").key().orElseThrow());
    }

    @Test
    void maxBatchBelowMinIsRejected() {
        assertEquals(
                "Db:MaxBatchSize",
                failure("Db:MinBatchSize", "10", "Db:MaxBatchSize", "5").key().orElseThrow());
    }

    @Test
    void unknownKeysAreWarningsNamingTheKey() {
        final ConfigBinder.Result result = bind(
                "Server:Prot",
                "1",
                "Score:Gem",
                "2",
                "Auth:RevokeOnStartp",
                "x",
                "Gateway:Channels:0:Name",
                "n",
                "Gateway:Channels:0",
                "y",
                "Logging:LogLevel:Default",
                "Debug");
        assertEquals(
                List.of(
                        "Server:Prot",
                        "Score:Gem",
                        "Auth:RevokeOnStartp",
                        "Gateway:Channels:0:Name",
                        "Gateway:Channels:0",
                        "Logging:LogLevel:Default"),
                result.warnings().stream().map(ConfigWarning::key).toList());
        for (final ConfigWarning warning : result.warnings()) {
            assertTrue(warning.message().contains("'" + warning.key() + "'"), warning.message());
            assertTrue(warning.message().contains("(test)"), warning.message());
        }
    }

    @Test
    void serverConnectionStrings() {
        final JdbcTarget pg = config(
                        "Db:Driver",
                        "Postgres",
                        "Db:Url",
                        "Host=db.local;Port=6543;Database=o2 jam;Username=o2;Password='p;w'")
                .database()
                .jdbc()
                .orElseThrow();
        assertEquals("jdbc:postgresql://db.local:6543/o2%20jam", pg.url());
        assertEquals(Optional.of("o2"), pg.user());
        assertEquals(Optional.of("p;w"), pg.password());
        assertTrue(!pg.toString().contains("p;w"));
        final JdbcTarget my = config("Db:Driver", "MySql", "Db:Url", "Server=10.0.0.5; Database=O2JAM; Uid=root; Pwd=x")
                .database()
                .jdbc()
                .orElseThrow();
        assertEquals("jdbc:mysql://10.0.0.5:3306/O2JAM", my.url());
        assertEquals(Optional.of("root"), my.user());
        final JdbcTarget jdbc = config("Db:Driver", "Postgres", "Db:Url", "jdbc:postgresql://h/db?user=u")
                .database()
                .jdbc()
                .orElseThrow();
        assertEquals("jdbc:postgresql://h/db?user=u", jdbc.url());
        assertEquals(
                "Db:Url",
                failure("Db:Driver", "Postgres", "Db:Url", "Database=x").key().orElseThrow());
        final JdbcTarget schema = config(
                        "Db:Driver",
                        "Postgres",
                        "Db:Url",
                        "Server=127.0.0.1;Database=mozart;User Id=m;Search Path=o2 jam")
                .database()
                .jdbc()
                .orElseThrow();
        assertEquals("jdbc:postgresql://127.0.0.1:5432/mozart?currentSchema=o2%20jam", schema.url());
        assertEquals(Optional.of("m"), schema.user());
        assertEquals(Optional.empty(), schema.password());
        assertEquals(
                "Db:Url",
                failure("Db:Driver", "MySql", "Db:Url", "Server=h;Port=x;Database=d")
                        .key()
                        .orElseThrow());
    }

    @Test
    void mySqlConnectionStringOfTheReference() {
        final JdbcTarget my = config(
                        "Db:Driver",
                        "MySql",
                        "Db:Url",
                        "Server=db.local;Port=3307;Database=O2JAM;User=o2;Password='p;w'")
                .database()
                .jdbc()
                .orElseThrow();
        assertEquals("jdbc:mysql://db.local:3307/O2JAM", my.url());
        assertEquals(Optional.of("o2"), my.user());
        assertEquals(Optional.of("p;w"), my.password());
        assertTrue(!my.toString().contains("p;w"));
        final JdbcTarget defaults = config("Db:Driver", "MySql", "Db:Url", "server=::1;database=o2 jam;user id=u")
                .database()
                .jdbc()
                .orElseThrow();
        assertEquals("jdbc:mysql://[::1]:3306/o2%20jam", defaults.url());
        assertEquals(Optional.of("u"), defaults.user());
        assertEquals(Optional.empty(), defaults.password());
        assertEquals(
                "jdbc:mysql://h:3306/db?useSSL=false",
                config("Db:Driver", "MySql", "Db:Url", "jdbc:mysql://h:3306/db?useSSL=false")
                        .database()
                        .jdbc()
                        .orElseThrow()
                        .url());
        assertEquals(
                "Db:Url",
                failure("Db:Driver", "MySql", "Db:Url", "Port=3306;Database=d")
                        .key()
                        .orElseThrow());
        assertEquals(
                "Db:Url",
                failure("Db:Driver", "MySql", "Db:Url", "Server=h;User=u").key().orElseThrow());
        assertEquals(
                "Db:Url",
                failure("Db:Driver", "MySql", "Db:Url", "jdbc:postgresql://h/db")
                        .key()
                        .orElseThrow());
    }

    @Test
    void unusedConnectionStringOptionsAreWarnings() {
        final ConfigBinder.Result result = bind("Db:Url", "Data Source=O2JAM.db;Cache=Shared");
        assertEquals(1, result.warnings().size());
        assertEquals("Db:Url", result.warnings().get(0).key());
        assertTrue(result.warnings().get(0).message().contains("cache"));
    }

    @Test
    void memoryDriverHasNoJdbcTarget() {
        final DatabaseConfig db =
                config("Db:Driver", "Memory", "Db:Url", "whatever").database();
        assertEquals(Optional.empty(), db.jdbc());
        assertEquals("whatever", db.url());
    }
}
