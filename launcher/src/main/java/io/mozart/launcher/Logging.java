package io.mozart.launcher;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.Duration;
import ch.qos.logback.core.util.FileSize;
import io.mozart.launcher.config.LogFormat;
import io.mozart.launcher.config.LogLevel;
import io.mozart.launcher.config.LoggingConfig;
import io.mozart.launcher.window.LogTail;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Configures Logback, the logging back end inside {@code mozart.jar}, from the {@code [Logging]} keys. The libraries
 * (encore-core, mozart-api, mozart-impl) log through the SLF4J API only; this class is the one place that knows the
 * back end.
 *
 * <ul>
 *   <li>The server logs to standard error and to a rolling file ({@code Logging:File}, default
 *       {@code logs/mozart.log} in the working directory): when the file reaches {@code Logging:MaxFileSize} it is
 *       renamed {@code mozart.1.log} (older ones shift to {@code mozart.2.log} …) and at most
 *       {@code Logging:MaxFiles} rolled files are kept. {@code Logging:Format=Json} writes one JSON object per
 *       line (Logback's {@code JsonEncoder}) to both.</li>
 *   <li>Admin commands log to standard error only, and only warnings and errors unless {@code Logging:Level} was
 *       set by the operator.</li>
 *   <li>The start-up banner goes to the file (and the window's log view) through the logger
 *       {@value #BANNER_LOGGER}, not to the console, where it is printed on standard output already.</li>
 *   <li>An operator's own Logback file wins over all of this: {@code -Dlogback.configurationFile=FILE}, or a
 *       {@code logback.xml} in the application directory (next to {@code mozart.jar}).</li>
 * </ul>
 */
public final class Logging {

    /** The logger the start-up banner is written to (file and window only). */
    public static final String BANNER_LOGGER = "io.mozart.launcher.Banner";

    /** The name of an operator's Logback file in the application directory. */
    public static final String OPERATOR_FILE = "logback.xml";

    private static final String CONSOLE_PATTERN = "%d{HH:mm:ss.SSS} %level %logger{0} - %msg%n";
    private static final String FILE_PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %level [%thread] %logger - %msg%n";
    private static final String TAIL_APPENDER = "WINDOW";

    private Logging() {}

    /**
     * Configures logging for a running server: console and the rolling file.
     *
     * @param config               the {@code [Logging]} keys
     * @param applicationDirectory where an operator's {@value #OPERATOR_FILE} is looked for
     * @return what was configured, for the banner
     */
    public static String configureServer(LoggingConfig config, Path applicationDirectory) {
        return configure(config, applicationDirectory, false);
    }

    /**
     * Configures logging for an admin command: the console only, WARN and above unless {@code Logging:Level} was
     * set.
     *
     * @param config               the {@code [Logging]} keys
     * @param applicationDirectory where an operator's {@value #OPERATOR_FILE} is looked for
     */
    public static void configureCommand(LoggingConfig config, Path applicationDirectory) {
        configure(config, applicationDirectory, true);
    }

    private static String configure(LoggingConfig config, Path applicationDirectory, boolean command) {
        LoggerContext context = context().orElse(null);
        if (context == null) {
            return "logging: not Logback, left as it is";
        }
        String operatorProperty = System.getProperty("logback.configurationFile");
        if (operatorProperty != null && !operatorProperty.isBlank()) {
            return "logging: " + operatorProperty + " (-Dlogback.configurationFile)";
        }
        Path operatorFile = applicationDirectory.resolve(OPERATOR_FILE);
        if (Files.isRegularFile(operatorFile)) {
            context.reset();
            context.start();
            JoranConfigurator joran = new JoranConfigurator();
            joran.setContext(context);
            try {
                joran.doConfigure(operatorFile.toFile());
            } catch (JoranException e) {
                // Logback has printed the details to standard error; keep a working console.
                console(context, LogFormat.TEXT, Level.INFO);
            }
            return "logging: " + operatorFile;
        }
        context.reset();
        context.start();
        LogLevel level = command && !config.levelConfigured() && config.level().compareTo(LogLevel.WARN) < 0
                ? LogLevel.WARN
                : config.level();
        Level logbackLevel = Level.toLevel(level.name(), Level.INFO);
        Logger root = console(context, config.format(), logbackLevel);
        if (level.compareTo(LogLevel.INFO) >= 0) {
            // The connection pool and the migration tool are chatty at INFO; their problems still show.
            context.getLogger("com.zaxxer.hikari").setLevel(Level.WARN);
            context.getLogger("org.flywaydb").setLevel(Level.WARN);
            // A failed migration (full disk, read-only file) is reported once by the caller; Flyway's follow-up
            // rollback errors with their stack traces show only at debug level (issue 15).
            context.getLogger("org.flywaydb.core.internal.jdbc.TransactionalExecutionTemplate")
                    .setLevel(Level.OFF);
        }
        Logger banner = context.getLogger(BANNER_LOGGER);
        banner.setAdditive(false);
        banner.setLevel(Level.INFO);
        if (command || config.file().isEmpty()) {
            return "logging: console";
        }
        RollingFileAppender<ILoggingEvent> file = rollingFile(context, config);
        root.addAppender(file);
        banner.addAppender(file);
        return "logging: console and " + config.file().get();
    }

    private static Logger console(LoggerContext context, LogFormat format, Level level) {
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("CONSOLE");
        console.setTarget("System.err");
        console.setEncoder(encoder(context, format, CONSOLE_PATTERN));
        console.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(level);
        root.addAppender(console);
        return root;
    }

    private static RollingFileAppender<ILoggingEvent> rollingFile(LoggerContext context, LoggingConfig config) {
        Path path = config.file().orElseThrow().toAbsolutePath();
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(path.toString());
        file.setEncoder(encoder(context, config.format(), FILE_PATTERN));

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(rolledPattern(path));
        rolling.setMinIndex(1);
        rolling.setMaxIndex(config.maxFiles());
        rolling.start();

        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(new FileSize(config.maxFileSize()));
        // Check the size on every event (a stat call), not once a minute: the limit holds at every size.
        trigger.setCheckIncrement(Duration.buildByMilliseconds(0));
        trigger.start();

        file.setRollingPolicy(rolling);
        file.setTriggeringPolicy(trigger);
        file.start();
        return file;
    }

    /** {@code logs/mozart.log} → {@code logs/mozart.%i.log}; a name without extension gets {@code .%i}. */
    static String rolledPattern(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String rolled = dot > 0 ? name.substring(0, dot) + ".%i" + name.substring(dot) : name + ".%i";
        return file.resolveSibling(rolled).toString();
    }

    private static Encoder<ILoggingEvent> encoder(LoggerContext context, LogFormat format, String pattern) {
        if (format == LogFormat.JSON) {
            JsonEncoder json = new JsonEncoder();
            json.setContext(context);
            json.setWithSequenceNumber(false);
            json.setWithNanoseconds(false);
            json.setWithContext(false);
            // One readable "formattedMessage" rather than the template plus an argument array.
            json.setWithFormattedMessage(true);
            json.setWithMessage(false);
            json.setWithArguments(false);
            json.start();
            return json;
        }
        PatternLayoutEncoder text = new PatternLayoutEncoder();
        text.setContext(context);
        text.setPattern(pattern);
        text.setCharset(StandardCharsets.UTF_8);
        text.start();
        return text;
    }

    /**
     * Sends every log line, the banner included, to the desktop window's log view as well.
     *
     * @param tail the window's log tail (decoding UTF-8)
     */
    public static void attach(LogTail tail) {
        LoggerContext context = context().orElse(null);
        if (context == null) {
            return;
        }
        LogTailAppender appender = new LogTailAppender(tail);
        appender.setContext(context);
        appender.setName(TAIL_APPENDER);
        PatternLayoutEncoder text = new PatternLayoutEncoder();
        text.setContext(context);
        text.setPattern(CONSOLE_PATTERN);
        text.setCharset(StandardCharsets.UTF_8);
        text.start();
        appender.setEncoder(text);
        appender.start();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(appender);
        Logger banner = context.getLogger(BANNER_LOGGER);
        if (!banner.isAdditive()) {
            banner.addAppender(appender);
        }
    }

    /** Flushes and closes every appender (the file is complete when this returns). */
    public static void stop() {
        context().ifPresent(LoggerContext::stop);
    }

    private static Optional<LoggerContext> context() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        return factory instanceof LoggerContext c ? Optional.of(c) : Optional.empty();
    }
}
