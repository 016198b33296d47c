package io.mozart.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/**
 * Mozart's own name and version, as printed by {@code version} / {@code --version}. The reference prints its
 * own name there ({@code IdentityP2.Encore}, 7.1.0); Mozart keeps the four-line shape with its own values.
 */
public final class MozartVersion {

    /** The program name. */
    public static final String NAME = "Mozart";

    /** The network (protocol) version of the client Mozart serves. */
    public static final String NETWORK = "6.65";

    private static final String RESOURCE = "version.properties";

    private MozartVersion() {}

    /** @return the version of this build (the Maven project version, filtered into a resource at build time) */
    public static String version() {
        try (InputStream in = MozartVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the launcher's resources");
            }
            final Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** @return the four lines of {@code --version} */
    public static List<String> lines() {
        return List.of(
                NAME,
                "[v] Version: " + version(),
                "[!] Network environment: " + NETWORK,
                "[?] Client: O2JamO2 v5.89 (unmodified)");
    }
}
