package io.mozart.launcher.config;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Loads the launcher configuration (spec 06 §4.1), lowest precedence first:
 * <ol>
 *   <li>{@link ConfigDefaults#builtIn() built-in defaults};</li>
 *   <li>{@value #CONFIG_INI} in the application directory, if present;</li>
 *   <li>{@value #MOZART_INI} in the application directory, if present;</li>
 *   <li>environment variables {@code Section__Key} ({@link EnvironmentOverrides});</li>
 *   <li>{@code --Section:Key=Value} overrides anywhere on the command line.</li>
 * </ol>
 * The reference's fifth source, an INI file in the working directory named
 * {@value #REFERENCE_ENVIRONMENT_INI} (a slip of the reference), is not read; if such a file exists, a
 * warning says so.
 */
public final class ConfigLoader {

    /** The operator's main configuration file. */
    public static final String CONFIG_INI = "config.ini";

    /** Local overrides of config.ini. */
    public static final String MOZART_INI = "mozart.ini";

    /** The file name the reference reads from the working directory; Mozart does not. */
    public static final String REFERENCE_ENVIRONMENT_INI =
            "config.Microsoft.Extensions.Hosting.Internal.HostingEnvironment.ini";

    private ConfigLoader() {}

    /**
     * The loaded configuration.
     *
     * @param config        the typed configuration
     * @param remainingArgs the command-line arguments that are not configuration overrides, in order: empty
     *                      means "start the server", otherwise they are the CLI command and its arguments
     * @param warnings      unknown keys and ignored options, each naming its key; the launcher logs them
     * @param filesRead     the INI files that were found and read, lowest precedence first
     */
    public record Loaded(
            MozartConfig config, List<String> remainingArgs, List<ConfigWarning> warnings, List<Path> filesRead) {

        /** Validates and copies. */
        public Loaded {
            Objects.requireNonNull(config, "config");
            remainingArgs = List.copyOf(remainingArgs);
            warnings = List.copyOf(warnings);
            filesRead = List.copyOf(filesRead);
        }
    }

    /**
     * Loads the configuration.
     *
     * @param args                 the program arguments
     * @param applicationDirectory where {@value #CONFIG_INI} and {@value #MOZART_INI} are looked for (the
     *                             directory of the launcher jar, see {@link #applicationDirectory(Class, Path)})
     * @param workingDirectory     the process working directory: relative metadata and SQLite paths are resolved
     *                             against it
     * @return the configuration, the remaining arguments and the warnings
     * @throws ConfigException on a malformed file, a bad command-line override or a bad value; the launcher
     *                         exits with code 2
     */
    public static Loaded load(String[] args, Path applicationDirectory, Path workingDirectory) {
        return load(args, applicationDirectory, workingDirectory, System.getenv());
    }

    /**
     * Loads the configuration with a given environment.
     *
     * @param args                 the program arguments
     * @param applicationDirectory where {@value #CONFIG_INI} and {@value #MOZART_INI} are looked for
     * @param workingDirectory     the process working directory
     * @param environment          the environment variables ({@code Section__Key} entries are read)
     * @return the configuration, the remaining arguments and the warnings
     * @throws ConfigException on a malformed file, a bad override or a bad value
     */
    public static Loaded load(
            String[] args, Path applicationDirectory, Path workingDirectory, Map<String, String> environment) {
        final CommandLineOverrides.Split split = CommandLineOverrides.split(Arrays.asList(args));
        RawConfig merged = ConfigDefaults.builtIn();
        final List<Path> filesRead = new ArrayList<>();
        for (final String name : List.of(CONFIG_INI, MOZART_INI)) {
            final Path file = applicationDirectory.resolve(name);
            if (Files.isRegularFile(file)) {
                merged = merged.overriddenBy(IniReader.read(file));
                filesRead.add(file);
            }
        }
        merged = merged.overriddenBy(EnvironmentOverrides.from(environment));
        merged = merged.overriddenBy(split.overrides());
        final ConfigBinder.Result result = ConfigBinder.bind(merged, workingDirectory);
        final List<ConfigWarning> warnings = new ArrayList<>(result.warnings());
        final Path ignored = workingDirectory.resolve(REFERENCE_ENVIRONMENT_INI);
        if (Files.isRegularFile(ignored)) {
            warnings.add(new ConfigWarning(
                    REFERENCE_ENVIRONMENT_INI,
                    ignored + " is not read by Mozart; move its" + " keys into "
                            + applicationDirectory.resolve(MOZART_INI)));
        }
        return new Loaded(result.config(), split.remaining(), warnings, filesRead);
    }

    /**
     * The directory the launcher runs from: the directory holding the jar that contains {@code anchor}, or,
     * when the class was loaded from a directory of classes (IDE, {@code mvn exec}) or the location is unknown,
     * {@code fallback}.
     *
     * @param anchor   a class of the launcher
     * @param fallback usually the working directory
     * @return the application directory
     */
    public static Path applicationDirectory(Class<?> anchor, Path fallback) {
        try {
            final CodeSource source = anchor.getProtectionDomain().getCodeSource();
            if (source != null && source.getLocation() != null) {
                final Path location = Path.of(source.getLocation().toURI());
                if (Files.isRegularFile(location) && location.getParent() != null) {
                    return location.getParent();
                }
            }
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return fallback;
        }
        return fallback;
    }
}
