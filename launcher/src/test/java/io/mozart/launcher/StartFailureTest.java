package io.mozart.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A start that fails says why in plain words and what to do (the same text the double-click dialog shows). */
class StartFailureTest {

    @TempDir
    Path root;

    @Test
    void aDatabaseThatWillNotOpenNamesItAndWhatToCheck() throws Exception {
        final Cli cli = new Cli(root);
        final Path notAFile = Files.createDirectories(cli.work().resolve("O2JAM.db"));
        final Cli.Result r = cli.run("--Server:Port=0", "--Db:Url=Data Source=" + notAFile);
        assertEquals(Main.FAILURE, r.code(), r::toString);
        assertTrue(r.err().startsWith("Error: The database could not be opened: SQLite " + notAFile), r::toString);
        assertTrue(r.err().contains("Check Db:Driver and Db:Url"), r::toString);
    }

    @Test
    void aTakenHttpPortNamesHttpPort() throws Exception {
        final Cli cli = new Cli(root);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            final Cli.Result r = cli.run(
                    "--Server:Port=0",
                    "--Db:Driver=Memory",
                    "--Http:Enabled=true",
                    "--Http:Port=" + taken.getLocalPort());
            assertEquals(Main.FAILURE, r.code(), r::toString);
            assertTrue(
                    r.err()
                            .startsWith("Error: Another program uses port " + taken.getLocalPort()
                                    + " — close it or change Http:Port"),
                    r::toString);
        }
    }
}
