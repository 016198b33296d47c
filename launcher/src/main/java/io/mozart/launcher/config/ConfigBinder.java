package io.mozart.launcher.config;

import io.mozart.api.AuthMode;
import io.mozart.api.ConnectionLimits;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns the merged flat configuration into a {@link MozartConfig}: typed parsing per spec 06 §4.1 (integers
 * and floats in invariant form, booleans {@code true}/{@code false} in any case, enums by name in any case),
 * range checks, the channel array, and a warning for every key it does not know.
 */
public final class ConfigBinder {

    /** Every key outside the channel array, in the spelling used in messages. */
    static final List<String> KEYS = List.of(
            "Server:Mode",
            "Server:Address",
            "Server:Port",
            "Server:MaxConnections",
            "Server:PacketBufferSize",
            "Server:PublicAddress",
            "Server:ConnectionLimit",
            "Server:ConnectionsPerAddress",
            "Server:HandshakeTimeout",
            "Server:IdleTimeout",
            "Server:WriteTimeout",
            "Server:SendQueueLimit",
            "Server:TotalSendQueueLimit",
            "Http:Enabled",
            "Http:Address",
            "Http:Port",
            "Db:Driver",
            "Db:Name",
            "Db:Url",
            "Db:MinBatchSize",
            "Db:MaxBatchSize",
            "Db:CommandTimeout",
            "Metadata:MusicList",
            "Metadata:AlbumList",
            "Metadata:ItemData",
            "Game:AllowSoloInVersus",
            "Game:SingleModeRewardLevelLimit",
            "Game:MusicLoadTimeout",
            "Game:FreeMusic",
            "Auth:Mode",
            "Auth:SessionExpiry",
            "Auth:RevokeOnStartup",
            "Gateway:Id",
            "Gateway:Address",
            "Gateway:Port",
            "Gateway:Timeout",
            "Gateway:HeartbeatInterval",
            "Gateway:HeartbeatTimeout",
            "Gateway:ReconnectDelay",
            "Logging:Level",
            "Auth:HashIterations",
            "Auth:MinPasswordLength",
            "Game:ChatPerMinute",
            "Game:ChatBurst",
            "Http:Threads",
            "Http:BodyTimeout",
            "Http:IpPerMinute",
            "Http:IpBurst",
            "Http:AccountPerMinute",
            "Http:AccountBurst",
            "Db:Synchronous",
            "Window:ClientFolder",
            "Logging:File",
            "Logging:MaxFileSize",
            "Logging:MaxFiles",
            "Logging:Format",
            "Metrics:Enabled",
            "Metrics:Jmx");

    /** Keys of one channel entry. */
    static final List<String> CHANNEL_KEYS =
            List.of("Id", "Capacity", "Gem", "Exp", "MusicList", "AlbumList", "ItemData", "FreeMusic");

    private static final String CHANNELS = "Gateway:Channels";
    private static final String CHANNELS_PREFIX = "gateway:channels:";
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern FILE_SIZE = Pattern.compile("(\\d{1,18})\\s*([KkMmGg][Bb])?");
    private static final Pattern INDEX = Pattern.compile("0|[1-9]\\d{0,8}");

    private static final Map<String, String> CANONICAL = Stream.concat(KEYS.stream(), CHANNEL_KEYS.stream())
            .collect(Collectors.toUnmodifiableMap(RawConfig::normalize, Function.identity(), (a, b) -> a));

    /**
     * The outcome of binding.
     *
     * @param config   the typed configuration
     * @param warnings unknown keys and ignored options, each naming its key
     */
    public record Result(MozartConfig config, List<ConfigWarning> warnings) {

        /** Copies the warnings. */
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    private final RawConfig raw;
    private final Path workingDirectory;
    private final List<ConfigWarning> warnings = new ArrayList<>();

    private ConfigBinder(RawConfig raw, Path workingDirectory) {
        this.raw = raw;
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    /**
     * Binds a merged configuration. Use {@link ConfigDefaults#builtIn()} as its lowest layer: a key missing
     * from {@code raw} that has no fallback below is an error.
     *
     * @param raw              all layers merged
     * @param workingDirectory the directory relative metadata and SQLite paths are resolved against
     * @return the typed configuration and the warnings
     * @throws ConfigException naming the key of the first bad value
     */
    public static Result bind(RawConfig raw, Path workingDirectory) {
        final ConfigBinder binder = new ConfigBinder(raw, workingDirectory);
        final MozartConfig config = binder.bind();
        return new Result(config, binder.warnings);
    }

    private MozartConfig bind() {
        warnUnknownKeys();
        final ServerMode mode = parseEnum("Server:Mode", ServerMode.class, ServerMode::configName);
        final ServerConfig server = new ServerConfig(
                mode,
                address("Server:Address"),
                port("Server:Port"),
                integer("Server:MaxConnections", 1, Integer.MAX_VALUE),
                integer("Server:PacketBufferSize", 1, Integer.MAX_VALUE),
                publicAddress("Server:PublicAddress"),
                integer("Server:ConnectionLimit", 0, Integer.MAX_VALUE),
                connectionLimits());
        final HttpConfig http = new HttpConfig(bool("Http:Enabled"), address("Http:Address"), port("Http:Port"));
        final DatabaseConfig database = database();
        final MetadataConfig metadata =
                new MetadataConfig(path("Metadata:MusicList"), path("Metadata:AlbumList"), path("Metadata:ItemData"));
        final int loadTimeout = integer("Game:MusicLoadTimeout", Integer.MIN_VALUE, Integer.MAX_VALUE);
        final GameConfig game = new GameConfig(
                bool("Game:AllowSoloInVersus"),
                integer("Game:SingleModeRewardLevelLimit", Integer.MIN_VALUE, Integer.MAX_VALUE),
                Duration.ofSeconds(Math.max(0, loadTimeout)),
                bool("Game:FreeMusic"));
        final AuthConfig auth = new AuthConfig(
                authMode(),
                Duration.ofMinutes(integer("Auth:SessionExpiry", 0, Integer.MAX_VALUE)),
                bool("Auth:RevokeOnStartup"));
        final int gatewayPort = port("Gateway:Port");
        if (mode != ServerMode.FULL && gatewayPort == 0) {
            throw bad("Gateway:Port", "must be 1..65535 in " + mode.configName() + " mode");
        }
        final GatewayConfig gateway = new GatewayConfig(
                integer("Gateway:Id", 0, GatewayConfig.MAX_ID),
                address("Gateway:Address"),
                gatewayPort,
                Duration.ofSeconds(integer("Gateway:Timeout", 1, Integer.MAX_VALUE)),
                channels(),
                Duration.ofSeconds(integer("Gateway:HeartbeatInterval", 0, Integer.MAX_VALUE)),
                Duration.ofSeconds(integer("Gateway:HeartbeatTimeout", 1, Integer.MAX_VALUE)),
                Duration.ofSeconds(integer("Gateway:ReconnectDelay", 1, Integer.MAX_VALUE)));
        if (!gateway.heartbeatInterval().isZero()
                && gateway.heartbeatTimeout().compareTo(gateway.heartbeatInterval()) <= 0) {
            throw bad("Gateway:HeartbeatTimeout", "must be longer than Gateway:HeartbeatInterval");
        }
        if (mode == ServerMode.CHANNEL && gateway.channels().size() != 1) {
            throw new ConfigException(
                    CHANNELS,
                    CHANNELS + ": Channel mode serves exactly one channel, but "
                            + gateway.channels().size() + " are configured (indices 0.."
                            + (gateway.channels().size() - 1)
                            + "; index 0 is also a built-in default)");
        }
        final LogLevel logLevel = parseEnum("Logging:Level", LogLevel.class, LogLevel::configName);
        return new MozartConfig(
                server,
                http,
                database,
                metadata,
                game,
                auth,
                gateway,
                logLevel,
                logging(logLevel),
                new MetricsConfig(bool("Metrics:Enabled"), bool("Metrics:Jmx")),
                security());
    }

    private SecurityConfig security() {
        final SecurityConfig.HttpLimits http = new SecurityConfig.HttpLimits(
                integer("Http:Threads", 1, 1024),
                Duration.ofSeconds(integer("Http:BodyTimeout", 1, 3600)),
                integer("Http:IpPerMinute", 0, Integer.MAX_VALUE),
                integer("Http:IpBurst", 1, Integer.MAX_VALUE),
                integer("Http:AccountPerMinute", 0, Integer.MAX_VALUE),
                integer("Http:AccountBurst", 1, Integer.MAX_VALUE));
        return new SecurityConfig(
                integer("Auth:HashIterations", 1, Integer.MAX_VALUE),
                integer("Auth:MinPasswordLength", 1, 64),
                integer("Game:ChatPerMinute", 0, Integer.MAX_VALUE),
                integer("Game:ChatBurst", 1, Integer.MAX_VALUE),
                http,
                parseEnum("Db:Synchronous", SqliteSynchronous.class, SqliteSynchronous::configName));
    }

    private LoggingConfig logging(LogLevel level) {
        boolean configured = raw.get("Logging:Level")
                .map(e -> !ConfigDefaults.ORIGIN.equals(e.origin()))
                .orElse(false);
        Optional<Path> file = optionalPath("Logging:File");
        return new LoggingConfig(
                level,
                configured,
                file,
                fileSize("Logging:MaxFileSize"),
                integer("Logging:MaxFiles", 1, LoggingConfig.MAX_FILES),
                parseEnum("Logging:Format", LogFormat.class, LogFormat::configName));
    }

    /** A size in bytes: a whole number with an optional unit KB, MB or GB (powers of 1024), in any case. */
    private long fileSize(String key) {
        String value = entry(key).value().strip();
        Matcher m = FILE_SIZE.matcher(value);
        if (!m.matches()) {
            throw bad(key, "is not a size (write it like 10MB, 512KB or 1GB)");
        }
        String unit = m.group(2) == null ? "" : m.group(2).toUpperCase(Locale.ROOT);
        long factor = switch (unit) {
            case "KB" -> 1024L;
            case "MB" -> 1024L * 1024;
            case "GB" -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        long number;
        try {
            number = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            throw bad(key, "is too large");
        }
        if (number < 1 || number > Long.MAX_VALUE / factor) {
            throw bad(key, "must be at least 1 byte and at most 8 EB");
        }
        return number * factor;
    }

    /** The game port's limits (Mozart's own keys, issue 15); seconds, KiB and MiB as documented. */
    private ConnectionLimits connectionLimits() {
        return new ConnectionLimits(
                integer("Server:ConnectionsPerAddress", 0, Integer.MAX_VALUE),
                Duration.ofSeconds(integer("Server:HandshakeTimeout", 0, Integer.MAX_VALUE)),
                Duration.ofSeconds(integer("Server:IdleTimeout", 0, Integer.MAX_VALUE)),
                Duration.ofSeconds(integer("Server:WriteTimeout", 0, Integer.MAX_VALUE)),
                integer("Server:SendQueueLimit", 64, 1024 * 1024) * 1024L,
                integer("Server:TotalSendQueueLimit", 0, 1024 * 1024) * 1024L * 1024);
    }

    private void warnUnknownKeys() {
        for (final RawConfig.Entry entry : raw.entries()) {
            final String key = RawConfig.normalize(entry.key());
            if (KEYS.contains(CANONICAL.getOrDefault(key, ""))) {
                continue;
            }
            if (key.startsWith(CHANNELS_PREFIX)) {
                final String rest = key.substring(CHANNELS_PREFIX.length());
                final int colon = rest.indexOf(':');
                if (colon > 0 && CHANNEL_KEYS.contains(CANONICAL.getOrDefault(rest.substring(colon + 1), ""))) {
                    continue;
                }
            }
            warnings.add(new ConfigWarning(
                    entry.key(),
                    "Unknown configuration key '" + entry.key() + "' (" + entry.origin() + ") is ignored"));
        }
    }

    private DatabaseConfig database() {
        final DatabaseDriver driver = databaseDriver();
        final RawConfig.Entry url = entry("Db:Url");
        final Optional<JdbcTarget> jdbc = driver == DatabaseDriver.MEMORY
                ? Optional.empty()
                : Optional.of(ConnectionStrings.toJdbc(driver, url, workingDirectory, warnings));
        final OptionalInt min = optionalInteger("Db:MinBatchSize", 1);
        final OptionalInt max = optionalInteger("Db:MaxBatchSize", 1);
        if (min.isPresent() && max.isPresent() && max.getAsInt() < min.getAsInt()) {
            throw bad("Db:MaxBatchSize", "is below Db:MinBatchSize (" + min.getAsInt() + ")");
        }
        final OptionalInt timeout = optionalInteger("Db:CommandTimeout", 0);
        return new DatabaseConfig(
                driver,
                entry("Db:Name").value(),
                url.value(),
                jdbc,
                min,
                max,
                timeout.isPresent() ? Optional.of(Duration.ofSeconds(timeout.getAsInt())) : Optional.empty());
    }

    private DatabaseDriver databaseDriver() {
        final String value = entry("Db:Driver").value().strip();
        for (final String unsupported : List.of("SqlServer", "MongoDb", "Couchbase")) {
            if (value.equalsIgnoreCase(unsupported)) {
                throw bad("Db:Driver", "is not supported by Mozart; use Sqlite, Postgres, MySql or Memory");
            }
        }
        return parseEnum("Db:Driver", DatabaseDriver.class, DatabaseDriver::configName);
    }

    private AuthMode authMode() {
        try {
            return AuthMode.parse(entry("Auth:Mode").value());
        } catch (IllegalArgumentException e) {
            throw bad("Auth:Mode", "is not one of Default, Foreign (9you and GAMANIA mean Foreign)");
        }
    }

    private List<ChannelConfig> channels() {
        final TreeMap<Integer, String> indices = new TreeMap<>();
        for (final RawConfig.Entry entry : raw.entries()) {
            final String key = RawConfig.normalize(entry.key());
            if (!key.startsWith(CHANNELS_PREFIX)) {
                continue;
            }
            final String rest = entry.key().substring(CHANNELS_PREFIX.length());
            final int colon = rest.indexOf(':');
            final String index = colon < 0 ? rest : rest.substring(0, colon);
            if (!INDEX.matcher(index).matches()) {
                throw new ConfigException(
                        entry.key(),
                        entry.key() + " (" + entry.origin() + "): '" + index + "' is not a channel index; write "
                                + CHANNELS + ":<N>:<Key> with N = 0, 1, 2, ...");
            }
            if (colon >= 0) {
                indices.putIfAbsent(
                        Integer.parseInt(index), entry.key().substring(0, CHANNELS_PREFIX.length() + colon));
            }
        }
        final List<ChannelConfig> channels = new ArrayList<>();
        int expected = 0;
        for (final int index : indices.keySet()) {
            if (index != expected) {
                final String missing = CHANNELS + ":" + expected;
                throw new ConfigException(
                        missing,
                        missing + " is missing: channel indices must start at 0 and have"
                                + " no gaps, but " + indices.values().stream().collect(Collectors.joining(", "))
                                + " are defined");
            }
            expected++;
            channels.add(channel(index));
        }
        for (int i = 0; i < channels.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (channels.get(i).id() == channels.get(j).id()) {
                    throw bad(
                            channelKey(i, "Id"),
                            "repeats the id of " + CHANNELS + ":" + j + "; every channel needs its own id");
                }
            }
        }
        return channels;
    }

    private ChannelConfig channel(int index) {
        final String id = channelKey(index, "Id");
        if (raw.get(id).isEmpty()) {
            throw new ConfigException(id, id + " is missing: every entry of " + CHANNELS + " needs an Id");
        }
        return new ChannelConfig(
                index,
                integer(id, 0, GatewayConfig.MAX_CHANNEL_ID),
                raw.get(channelKey(index, "Capacity")).isPresent()
                        ? integer(channelKey(index, "Capacity"), 0, Integer.MAX_VALUE)
                        : ChannelConfig.DEFAULT_CAPACITY,
                rate(channelKey(index, "Gem")),
                rate(channelKey(index, "Exp")),
                optionalPath(channelKey(index, "MusicList")),
                optionalPath(channelKey(index, "AlbumList")),
                optionalPath(channelKey(index, "ItemData")),
                optionalBool(channelKey(index, "FreeMusic")));
    }

    private static String channelKey(int index, String name) {
        return CHANNELS + ":" + index + ":" + name;
    }

    // ----------------------------------------------------------------------------------------------------
    // typed values

    private RawConfig.Entry entry(String key) {
        return raw.get(key).orElseThrow(() -> new ConfigException(key, key + " is not set"));
    }

    private int integer(String key, int min, int max) {
        final String value = entry(key).value().strip();
        if (!INTEGER.matcher(value).matches()) {
            throw bad(key, "is not a whole number");
        }
        final long parsed;
        try {
            parsed = Long.parseLong(value.length() > 19 ? "99999999999999999999" : value);
        } catch (NumberFormatException e) {
            throw bad(key, "is not a whole number in " + Integer.MIN_VALUE + ".." + Integer.MAX_VALUE);
        }
        if (parsed < min || parsed > max) {
            throw bad(key, range(min, max));
        }
        return (int) parsed;
    }

    private static String range(int min, int max) {
        if (max == Integer.MAX_VALUE) {
            return "must be at least " + min;
        }
        return "must be in " + min + ".." + max;
    }

    private OptionalInt optionalInteger(String key, int min) {
        final Optional<RawConfig.Entry> entry = raw.get(key);
        if (entry.isEmpty() || entry.get().value().isBlank()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(integer(key, min, Integer.MAX_VALUE));
    }

    private int port(String key) {
        final String value = entry(key).value().strip();
        if (!INTEGER.matcher(value).matches()) {
            throw bad(key, "is not a port number (0..65535)");
        }
        if (value.length() > 6 || Integer.parseInt(value) < 0 || Integer.parseInt(value) > 65535) {
            throw bad(key, "is out of range: a port is 0..65535");
        }
        return Integer.parseInt(value);
    }

    private float rate(String key) {
        final Optional<RawConfig.Entry> entry = raw.get(key);
        if (entry.isEmpty()) {
            return 1.0f;
        }
        final String value = entry.get().value().strip();
        if (!DECIMAL.matcher(value).matches()) {
            throw bad(key, "is not a number (write it like 1.5)");
        }
        final float parsed = Float.parseFloat(value);
        if (!Float.isFinite(parsed) || parsed < 0) {
            throw bad(key, "must be a finite number not below 0");
        }
        return parsed;
    }

    private boolean bool(String key) {
        return parseBool(key, entry(key).value());
    }

    private Optional<Boolean> optionalBool(String key) {
        final Optional<RawConfig.Entry> entry = raw.get(key);
        if (entry.isEmpty() || entry.get().value().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(parseBool(key, entry.get().value()));
    }

    private boolean parseBool(String key, String raw) {
        final String value = raw.strip();
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw bad(key, "is not true or false");
    }

    private String address(String key) {
        final String value = entry(key).value().strip();
        if (!Addresses.isLiteral(value)) {
            throw bad(key, "is not a literal IP address (like 127.0.0.1 or ::1; host names are not looked up)");
        }
        return value;
    }

    private Optional<String> publicAddress(String key) {
        final Optional<RawConfig.Entry> entry = raw.get(key);
        if (entry.isEmpty() || entry.get().value().isBlank()) {
            return Optional.empty();
        }
        final String value = entry.get().value().strip();
        if (!Addresses.isLiteral(value)) {
            throw bad(key, "is not a literal IP address (like 192.168.1.20; host names are not looked up)");
        }
        if (Addresses.isWildcard(value)) {
            throw bad(
                    key,
                    "is a wildcard; give the address other computers reach this one at (like 192.168.1.20),"
                            + " or leave it empty to use this computer's first LAN address");
        }
        return Optional.of(value);
    }

    private Path path(String key) {
        final String value = entry(key).value();
        if (value.isBlank()) {
            throw bad(key, "is empty; it must name a file");
        }
        return resolve(key, value);
    }

    private Optional<Path> optionalPath(String key) {
        final Optional<RawConfig.Entry> entry = raw.get(key);
        if (entry.isEmpty() || entry.get().value().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(resolve(key, entry.get().value()));
    }

    private Path resolve(String key, String value) {
        try {
            return workingDirectory.resolve(value).normalize();
        } catch (InvalidPathException e) {
            throw bad(key, "is not a valid path (" + e.getReason() + ")");
        }
    }

    private <E extends Enum<E>> E parseEnum(String key, Class<E> type, Function<E, String> name) {
        final String value = entry(key).value().strip();
        final List<String> names = new ArrayList<>();
        for (final E constant : type.getEnumConstants()) {
            if (name.apply(constant).equalsIgnoreCase(value)) {
                return constant;
            }
            names.add(name.apply(constant));
        }
        final String hint = INTEGER.matcher(value).matches() ? " (give the name, not a number)" : "";
        throw bad(key, "is not one of " + String.join(", ", names) + hint);
    }

    private ConfigException bad(String key, String reason) {
        final RawConfig.Entry entry = entry(key);
        return new ConfigException(key, key + " = '" + entry.value() + "' (" + entry.origin() + ") " + reason);
    }
}
