package io.mozart.launcher;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Starting the O2Jam client the way {@code game:start} does (spec 06 §5): {@code OTwo.exe} from its folder with the
 * launch token and five times {@code |test|??|<address>|<port>}. The command and the desktop window share it.
 */
public final class GameClient {

    /** How many times the gateway is passed (the reference passes the local gateway five times). */
    public static final int GATEWAYS = io.mozart.api.launch.LaunchTokens.GATEWAY_ENTRIES;

    private GameClient() {}

    /**
     * @param dir a folder
     * @return {@code OTwo.exe} (any case) directly in it, if there is one
     */
    public static Optional<Path> find(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (final Path entry : entries) {
                if (entry.getFileName().toString().equalsIgnoreCase("OTwo.exe") && Files.isRegularFile(entry)) {
                    return Optional.of(entry);
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * @param exe         OTwo.exe
     * @param launchToken the encrypted launch parameter
     * @param address     the public address of the server
     * @param port        its port
     * @return the argument vector
     */
    public static List<String> commandLine(Path exe, String launchToken, String address, int port) {
        // The API's code, as embedders get it (spec 06 §2.6).
        return new ArrayList<>(
                io.mozart.api.launch.LaunchTokens.commandLine(exe.toString(), launchToken, address, port));
    }

    /** @return whether OTwo.exe can be started here (Windows) rather than shown as a command line */
    public static boolean canStart() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    /**
     * Starts the client with the working directory set to its folder.
     *
     * @param command the argument vector
     * @param dir     the client folder
     * @throws IOException when the process cannot be started
     */
    public static void start(List<String> command, Path dir) throws IOException {
        new ProcessBuilder(command).directory(dir.toFile()).start();
    }

    /**
     * @param command the arguments
     * @return them as one POSIX shell line, each argument in single quotes
     */
    public static String shellLine(List<String> command) {
        final List<String> quoted = new ArrayList<>();
        for (final String arg : command) {
            quoted.add("'" + arg.replace("'", "'\\''") + "'");
        }
        return String.join(" ", quoted);
    }
}
