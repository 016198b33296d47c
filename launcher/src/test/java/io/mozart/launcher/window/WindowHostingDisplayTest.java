package io.mozart.launcher.window;

import static io.mozart.launcher.window.WindowDriver.click;
import static io.mozart.launcher.window.WindowDriver.clickLater;
import static io.mozart.launcher.window.WindowDriver.items;
import static io.mozart.launcher.window.WindowDriver.selected;
import static io.mozart.launcher.window.WindowDriver.text;
import static io.mozart.launcher.window.WindowDriver.type;
import static io.mozart.launcher.window.WindowDriver.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.api.launch.LaunchParameters;
import io.mozart.api.metadata.Music;
import io.mozart.launcher.Main;
import io.mozart.launcher.RunningServer;
import io.mozart.launcher.config.IniReader;
import io.mozart.server.metadata.OjnListFile;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hosting a game from the real window on a real display over a real server: the LAN switch, importing songs,
 * the accounts, "Start O2Jam…", a problem while running, and the failure dialog of a double-clicked start. The
 * last test regenerates docs/window.png from the window. {@code .ci/run} runs these under Xvfb.
 */
class WindowHostingDisplayTest {

    @TempDir
    Path dir;

    private RunningServer control;
    private ServerWindow window;

    @BeforeEach
    void open() {
        Display.require();
        control = WindowTestServer.start(dir);
        window = ServerWindow.open(control, new LogTail(LogTail.DEFAULT_LINES, StandardCharsets.UTF_8));
    }

    @AfterEach
    void close() throws InterruptedException {
        if (window != null) {
            window.close();
            window.awaitClosed();
        }
        if (control != null) {
            control.close();
        }
    }

    private static boolean reachable(String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 2000);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Test
    void theLanSwitchOpensTheServerToTheNetworkAndShowsTheAddresses() throws Exception {
        final int port = control.port();
        assertFalse(selected("lan"));
        assertEquals("Only this computer can join (127.0.0.1).", text("joinAddresses"));
        assertFalse(reachable("127.0.0.2", port));

        click("lan");
        waitFor("the listener on every interface", () -> text("endpoint").endsWith("0.0.0.0:" + port), 15);
        assertTrue(selected("lan"));
        final String join = text("joinAddresses");
        assertTrue(join.startsWith("Friends on your network join at: ") || join.contains("no network address"), join);
        for (final String address : control.joinAddresses()) {
            assertTrue(join.contains(address), join);
        }
        try (Socket friend = new Socket("127.0.0.2", port)) {
            waitFor("the friend's connection", () -> text("summary").endsWith("· 1 connection"), 5);
        }
        assertEquals(
                "0.0.0.0",
                IniReader.read(dir.resolve("mozart.ini"))
                        .value("Server:Address")
                        .orElseThrow());

        click("lan");
        waitFor("the listener on 127.0.0.1", () -> text("endpoint").endsWith("127.0.0.1:" + port), 15);
        assertFalse(selected("lan"));
        assertFalse(reachable("127.0.0.2", port));
        assertEquals(
                "127.0.0.1",
                IniReader.read(dir.resolve("mozart.ini"))
                        .value("Server:Address")
                        .orElseThrow());
    }

    private Path o2jamFolder(int songs) throws Exception {
        final Path client = Files.createDirectories(dir.resolve("O2Jam"));
        final Path image = Files.createDirectories(client.resolve("Image"));
        OjnListFile.of(IntStream.rangeClosed(1, songs)
                        .mapToObj(id -> Music.basic(100 + id, 1, 2, 3, 10, 20, 30))
                        .toList())
                .write(image.resolve("OJNList.dat"));
        Files.write(client.resolve("OTwo.exe"), new byte[] {'M', 'Z'});
        return client;
    }

    @Test
    void importsSongsFromAnO2JamFolderAndReloadsTheCatalogueWithoutARestart() throws Exception {
        waitFor("the empty catalogue", () -> text("channels").contains("0 songs"), 5);
        final Path client = o2jamFolder(3);
        final int port = control.port();

        clickLater("import");
        WindowDriver.chooseFolder(client);
        waitFor("the reloaded catalogue", () -> text("importMessage").startsWith("Channel 0: 3 songs"), 15);
        waitFor("the status line", () -> text("channels").contains("3 songs"), 5);
        assertEquals(3, control.catalogues().get(0).songs());
        assertEquals(3, control.server().world().channel(0).music().all().size(), "the game sees the songs");
        assertEquals(port, control.port(), "no restart");
        assertTrue(Files.isRegularFile(dir.resolve("OJNList.dat")), "imported to Metadata:MusicList");
        assertTrue(WindowDriver.enabled("import"));
    }

    @Test
    void createsListsAndResetsAccounts() throws Exception {
        for (final String name : List.of("zoe", "alice")) {
            type("username", name);
            type("password", "first1");
            click("create");
            waitFor("the account", () -> text("accountMessage").contains("'" + name + "' created"), 10);
        }
        waitFor("the list", () -> items("accounts").equals(List.of("alice", "zoe")), 5);
        assertEquals(
                "127.0.0.1",
                LaunchParameters.decrypt(text("launchToken")).fields().get(12));

        type("username", "alice");
        type("password", "second");
        click("resetPassword");
        waitFor("the new password", () -> text("accountMessage").contains("is changed"), 10);
        assertTrue(control.server()
                .accounts()
                .authenticate("alice", "second", "0.0.0.0")
                .isPresent());
        assertTrue(control.server()
                .accounts()
                .authenticate("alice", "first1", "0.0.0.0")
                .isEmpty());

        type("username", "nobody");
        type("password", "xxxxxx");
        click("resetPassword");
        waitFor("the refusal", () -> text("accountMessage").contains("no account 'nobody'"), 10);

        // An account made elsewhere (user:register, the HTTP API) appears within a few seconds.
        control.server().auth().register("mike", "secret", io.mozart.api.storage.Gender.FEMALE, false);
        waitFor("the other account", () -> items("accounts").equals(List.of("alice", "mike", "zoe")), 10);
    }

    @Test
    void startO2JamShowsTheCommandLineOfGameStartAndRemembersTheFolder() throws Exception {
        final Path client = o2jamFolder(1);
        type("username", "alice");
        type("password", "secret");
        click("create");
        waitFor("the account", () -> text("accountMessage").contains("created"), 10);
        type("password", "secret");
        type("clientFolder", client.toString());
        click("startGame");
        waitFor("the command line", () -> !text("clientCommand").isEmpty(), 10);
        final String line = text("clientCommand");
        assertTrue(line.startsWith("'" + client.resolve("OTwo.exe") + "' '"), line);
        assertTrue(
                line.endsWith(String.join(
                        " ", java.util.Collections.nCopies(5, "'|test|??|127.0.0.1|" + control.port() + "'"))),
                line);
        final String token = line.split(" ")[1].replace("'", "");
        assertEquals("127.0.0.1", LaunchParameters.decrypt(token).fields().get(12));
        assertEquals(
                client.toString(),
                IniReader.read(dir.resolve("mozart.ini"))
                        .value(RunningServer.CLIENT_FOLDER_KEY)
                        .orElseThrow());
        assertEquals(client, control.clientFolder().orElseThrow());
    }

    @Test
    void aDatabaseLostWhileRunningIsShownNotSwallowed() throws Exception {
        window.close();
        window.awaitClosed();
        control.close();
        control = WindowTestServer.start(Files.createDirectories(dir.resolve("sqlite")), "--Db:Driver=Sqlite");
        window = ServerWindow.open(control, new LogTail(LogTail.DEFAULT_LINES, StandardCharsets.UTF_8));
        waitFor("the first status", () -> text("summary").endsWith("0 connections"), 5);
        assertEquals("Running", text("state"));
        // The connection pool goes away under the running server, as when a database server is lost.
        control.server().storage().close();
        waitFor("the dialog", () -> WindowDriver.showingWindow(FailureDialog.NAME) != null, 10);
        assertTrue(
                WindowDriver.textIn(FailureDialog.NAME, "failureMessage").startsWith("The database stopped"),
                WindowDriver.textIn(FailureDialog.NAME, "failureMessage"));
        assertTrue(text("state").startsWith("The database stopped"), text("state"));
        WindowDriver.clickIn(FailureDialog.NAME, "failureOk");
        waitFor("the dialog to close", () -> WindowDriver.showingWindow(FailureDialog.NAME) == null, 5);
    }

    @Test
    void aDoubleClickedStartOnATakenPortShowsWhatToDoAndExits1() throws Exception {
        window.close();
        window.awaitClosed();
        window = null;
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            final int port = taken.getLocalPort();
            final Path app = Files.createDirectories(dir.resolve("app"));
            final ByteArrayOutputStream err = new ByteArrayOutputStream();
            final CompletableFuture<Integer> code = CompletableFuture.supplyAsync(() -> new Main(
                            app,
                            app,
                            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                            new PrintStream(err, true, StandardCharsets.UTF_8))
                    .windowed(true)
                    .run(new String[] {"--Server:Port=" + port, "--Db:Driver=Memory"}));
            waitFor("the failure dialog", () -> WindowDriver.showingWindow(FailureDialog.NAME) != null, 20);
            final String message = WindowDriver.textIn(FailureDialog.NAME, "failureMessage");
            assertTrue(
                    message.startsWith("Another program uses port " + port + " — close it or change Server:Port"),
                    message);
            assertFalse(code.isDone(), "the program waits for the player to read it");
            WindowDriver.clickIn(FailureDialog.NAME, "failureOk");
            assertEquals(Main.FAILURE, code.get(10, TimeUnit.SECONDS));
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("Another program uses port " + port));
        }
    }

    @Test
    void aDatabaseThatWillNotOpenIsShownInPlainWords() throws Exception {
        final Path app = Files.createDirectories(dir.resolve("db"));
        final Path notAFile = Files.createDirectories(app.resolve("O2JAM.db"));
        final CompletableFuture<Integer> code = CompletableFuture.supplyAsync(() -> new Main(
                        app,
                        app,
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .windowed(true)
                .run(new String[] {"--Server:Port=0"}));
        waitFor("the failure dialog", () -> WindowDriver.showingWindow(FailureDialog.NAME) != null, 20);
        final String message = WindowDriver.textIn(FailureDialog.NAME, "failureMessage");
        assertTrue(message.startsWith("The database could not be opened: SQLite " + notAFile), message);
        WindowDriver.clickIn(FailureDialog.NAME, "failureOk");
        assertEquals(Main.FAILURE, code.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aChannelWindowOutlivesItsGatewayWithoutAFalseAlarm() throws Exception {
        window.close();
        window.awaitClosed();
        window = null;
        final int linkPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            linkPort = probe.getLocalPort();
        }
        final Path app = Files.createDirectories(dir.resolve("channel"));
        final String link = "--Gateway:Port=" + linkPort;
        try (RunningServer gateway = WindowTestServer.start(
                Files.createDirectories(dir.resolve("gateway")), "--Db:Driver=Memory", "--Server:Mode=Gateway", link)) {
            final CompletableFuture<Integer> code = CompletableFuture.supplyAsync(() -> new Main(
                            app,
                            app,
                            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                    .windowed(true)
                    .run(new String[] {"--Server:Mode=Channel", "--Db:Driver=Memory", link}));
            waitFor("the channel's window", WindowDriver::showing, 20);
            gateway.close(); // the channel reconnects with backoff instead of stopping (compatibility D11)
            Thread.sleep(2_000);
            assertNull(WindowDriver.showingWindow(FailureDialog.NAME), "no 'stopped' dialog: the channel runs on");
            assertFalse(code.isDone(), "the channel process keeps running");
            assertFalse(WindowDriver.clickThenEnabled("stop"), "Stop still stops it");
            assertEquals(0, code.get(20, TimeUnit.SECONDS));
        }
    }

    @Test
    void aMistakeInConfigIniNamesTheFileAndLine() throws Exception {
        final Path app = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(app.resolve("config.ini"), "[Server]\nPort=fifteen\n");
        final CompletableFuture<Integer> code = CompletableFuture.supplyAsync(() -> new Main(
                        app,
                        app,
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .windowed(true)
                .run(new String[0]));
        waitFor("the failure dialog", () -> WindowDriver.showingWindow(FailureDialog.NAME) != null, 20);
        final String message = WindowDriver.textIn(FailureDialog.NAME, "failureMessage");
        assertTrue(message.contains("Server:Port") && message.contains("config.ini line 2"), message);
        WindowDriver.clickIn(FailureDialog.NAME, "failureOk");
        assertEquals(Main.CONFIG_ERROR, code.get(10, TimeUnit.SECONDS));
    }

    /** Regenerates docs/window.png from the real window: an account created, a friend connected, songs imported. */
    @Test
    void regeneratesTheScreenshot() throws Exception {
        // The window as the launcher opens it: over the captured standard streams, so the log view shows the log.
        window.close();
        window.awaitClosed();
        window = ServerWindow.open(control, LogTail.captureStandardStreams());
        final Path client = o2jamFolder(12);
        clickLater("import");
        WindowDriver.chooseFolder(client);
        waitFor("the songs", () -> text("channels").contains("12 songs"), 15);
        type("username", "alice");
        type("password", "correct horse");
        click("create");
        waitFor("the tokens", () -> !text("token").isEmpty(), 10);
        try (Socket player = new Socket("127.0.0.1", control.port())) {
            waitFor("the connection", () -> text("summary").endsWith("· 1 connection"), 5);
            final BufferedImage image = WindowDriver.onEdt(() -> {
                final JFrame frame = window.frame();
                final BufferedImage shot = new BufferedImage(
                        frame.getRootPane().getWidth(), frame.getRootPane().getHeight(), BufferedImage.TYPE_INT_RGB);
                final Graphics2D g = shot.createGraphics();
                frame.getRootPane().printAll(g);
                g.dispose();
                return shot;
            });
            final Path docs = Path.of("").toAbsolutePath().resolveSibling("docs");
            final Path target = Files.isDirectory(docs) ? docs.resolve("window.png") : Path.of("target", "window.png");
            ImageIO.write(image, "png", target.toFile());
            assertTrue(Files.size(target) > 10_000, target::toString);
        }
    }
}
