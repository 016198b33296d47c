package io.mozart.launcher.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mozart.launcher.RunningServer;
import java.awt.GraphicsEnvironment;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What can be checked of the window without a display (CI is headless; a display is never faked). */
class ServerWindowTest {

    @Test
    void supportedMeansNotHeadless() {
        assertEquals(!GraphicsEnvironment.isHeadless(), ServerWindow.supported());
    }

    @Test
    void openRefusesClearlyWithoutADisplayAndLeavesTheStreamsAlone() {
        assumeTrue(GraphicsEnvironment.isHeadless(), "only meaningful without a display");
        final PrintStream out = System.out;
        final PrintStream err = System.err;
        try (RunningServer control = WindowTestServer.start()) {
            final IllegalStateException e = assertThrows(IllegalStateException.class, () -> ServerWindow.open(control));
            assertTrue(e.getMessage().contains("no display"), e.getMessage());
            assertThrows(
                    IllegalStateException.class,
                    () -> ServerWindow.open(control, new LogTail(10, StandardCharsets.UTF_8)));
            assertTrue(System.out == out && System.err == err, "nothing was captured");
            assertEquals(0, control.status().connections(), "the server was not touched");
        }
    }
}
