package io.mozart.launcher.window;

import static io.mozart.launcher.window.WindowDriver.click;
import static io.mozart.launcher.window.WindowDriver.enabled;
import static io.mozart.launcher.window.WindowDriver.text;
import static io.mozart.launcher.window.WindowDriver.type;
import static io.mozart.launcher.window.WindowDriver.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.api.launch.LaunchParameters;
import io.mozart.launcher.RunningServer;
import java.awt.event.WindowEvent;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real window on a real display, over a real server. {@code .ci/run} starts Xvfb for it; without a display it
 * is skipped, except with {@code CI=true}, where it fails ({@link Display#require()}).
 */
class ServerWindowDisplayTest {

    private RunningServer control;
    private LogTail log;
    private ServerWindow window;

    @BeforeEach
    void open() {
        Display.require();
        control = WindowTestServer.start();
        log = new LogTail(LogTail.DEFAULT_LINES, StandardCharsets.UTF_8);
        window = ServerWindow.open(control, log);
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

    private boolean serverStopped() {
        try (Socket s = new Socket(control.server().address(), control.server().port())) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    @Test
    void showsTheEndpointAndRefreshesTheStatus() throws Exception {
        assertEquals("Game server listening on 127.0.0.1:" + control.server().port(), text("endpoint"));
        waitFor("the first status", () -> text("summary").endsWith("0 connections"), 5);
        assertTrue(text("channels").startsWith("Channel "), text("channels"));
        try (Socket client =
                new Socket(control.server().address(), control.server().port())) {
            waitFor("the connection to show", () -> text("summary").endsWith("· 1 connection"), 5);
        }
    }

    @Test
    void createsAnAccountAndShowsBothTokensOrTheError() throws Exception {
        type("username", "alice");
        type("password", "s3cret");
        click("create");
        waitFor("the tokens", () -> !text("token").isEmpty(), 10);
        final String token = text("token");
        assertTrue(token.matches("[0-9A-F]{32}"), token);
        assertEquals(
                token, LaunchParameters.decrypt(text("launchToken")).fields().get(6));
        assertEquals(
                token,
                control.server()
                        .accounts()
                        .authenticate("alice", "s3cret", "0.0.0.0")
                        .orElseThrow());
        assertEquals("", text("password"), "the password is cleared");
        assertTrue(text("accountMessage").contains("'alice' created"), text("accountMessage"));

        type("username", "ALICE");
        type("password", "others");
        click("create");
        waitFor("the refusal", () -> text("accountMessage").contains("already taken"), 10);
        assertEquals(token, text("token"), "the last tokens stay");
        assertTrue(enabled("create"));

        type("username", "");
        click("create");
        waitFor("the hint", () -> AccountForm.INCOMPLETE.equals(text("accountMessage")), 5);
    }

    @Test
    void showsTheLogTail() throws Exception {
        final byte[] line = "hello from the test — ünïcödé\n".getBytes(StandardCharsets.UTF_8);
        log.write(line, 0, line.length);
        waitFor("the log line", () -> text("log").contains("hello from the test — ünïcödé"), 5);
    }

    @Test
    void stopStopsTheServerAndClosesTheWindow() throws Exception {
        assertFalse(WindowDriver.clickThenEnabled("stop"), "one stop at a time");
        waitFor("the window to close", () -> !window.isOpen(), 10);
        assertFalse(WindowDriver.showing());
        assertTrue(serverStopped());
    }

    @Test
    void closingTheWindowIsStop() throws Exception {
        WindowDriver.onEdt(() -> {
            WindowDriver.frame().dispatchEvent(new WindowEvent(WindowDriver.frame(), WindowEvent.WINDOW_CLOSING));
            return null;
        });
        waitFor("the window to close", () -> !window.isOpen(), 10);
        assertTrue(serverStopped());
    }

    @Test
    void closeLeavesTheServerRunning() throws Exception {
        window.close();
        waitFor("the window to close", () -> !window.isOpen(), 5);
        assertFalse(WindowDriver.showing());
        assertFalse(serverStopped());
        assertThrows(IllegalStateException.class, WindowDriver::frame);
        // serverStopped() connected once; the server notices that socket's close a moment later.
        waitFor(
                "the server to answer with 0 connections",
                () -> control.status().connections() == 0,
                5);
    }
}
