package io.mozart.launcher.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Takes the configuration overrides out of the command line (spec 06 §4.2) and leaves everything else, in
 * order, for the command parser.
 *
 * <p>An override is one of
 * <ul>
 *   <li>{@code --Section:Key=Value}, {@code /Section:Key=Value} or bare {@code Section:Key=Value};</li>
 *   <li>{@code --Section:Key Value} or {@code /Section:Key Value} (the value is the next argument).</li>
 * </ul>
 * Later occurrences override earlier ones. Unlike the reference, overrides are recognised anywhere, also
 * after a command word ({@code user:register a b --Db:Url=...}), and only arguments whose key has the shape
 * {@code Name:Name[:Name...]} (letters, digits, {@code _}) count as overrides: command options such as
 * {@code --count=5} or {@code --gender Male} and positional values such as {@code user:register} or a path
 * are left alone. A bare {@code --} ends the overrides; it and everything after it are passed on unchanged.
 * {@code -Section:Key=Value} (single dash) is an error, as in the reference.
 */
public final class CommandLineOverrides {

    /** A configuration key: at least two colon-separated name segments. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_]+(?::[A-Za-z0-9_]+)+");

    /** Origin recorded for every override. */
    public static final String ORIGIN = "command line";

    private CommandLineOverrides() {}

    /**
     * The command line cut in two.
     *
     * @param overrides the {@code Section:Key} overrides (later ones already applied over earlier ones)
     * @param remaining every other argument, in the original order
     */
    public record Split(RawConfig overrides, List<String> remaining) {

        /** Validates and copies. */
        public Split {
            Objects.requireNonNull(overrides, "overrides");
            remaining = List.copyOf(remaining);
        }
    }

    /**
     * Splits a command line.
     *
     * @param args the program arguments
     * @return the overrides and the remaining arguments
     * @throws ConfigException for {@code -Section:Key=Value}, or {@code --Section:Key} as the last argument
     */
    public static Split split(List<String> args) {
        final RawConfig.Builder overrides = RawConfig.builder();
        final List<String> remaining = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            final String arg = Objects.requireNonNull(args.get(i), "argument");
            if (arg.equals("--")) {
                remaining.addAll(args.subList(i, args.size()));
                break;
            }
            final String body;
            final boolean prefixed;
            if (arg.startsWith("--")) {
                body = arg.substring(2);
                prefixed = true;
            } else if (arg.startsWith("/")) {
                body = arg.substring(1);
                prefixed = true;
            } else if (arg.startsWith("-")) {
                final String key = keyPart(arg.substring(1));
                if (KEY.matcher(key).matches()) {
                    throw new ConfigException(
                            key, "command line: '" + arg + "' has a single dash; write --" + arg.substring(1));
                }
                remaining.add(arg);
                continue;
            } else {
                body = arg;
                prefixed = false;
            }
            final int separator = body.indexOf('=');
            final String key = keyPart(body);
            if (!KEY.matcher(key).matches()) {
                remaining.add(arg);
            } else if (separator >= 0) {
                overrides.put(key, body.substring(separator + 1), ORIGIN);
            } else if (!prefixed) {
                remaining.add(arg);
            } else if (i + 1 < args.size()) {
                overrides.put(key, args.get(++i), ORIGIN);
            } else {
                throw new ConfigException(key, "command line: '" + arg + "' needs a value: write " + arg + "=<value>");
            }
        }
        return new Split(overrides.build(), remaining);
    }

    /**
     * Splits a command line.
     *
     * @param args the program arguments
     * @return the overrides and the remaining arguments
     */
    public static Split split(String... args) {
        return split(List.of(args));
    }

    private static String keyPart(String body) {
        final int separator = body.indexOf('=');
        return separator < 0 ? body : body.substring(0, separator);
    }
}
