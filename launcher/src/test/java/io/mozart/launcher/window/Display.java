package io.mozart.launcher.window;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The display the window tests need. */
final class Display {

    private Display() {}

    /**
     * Returns when there is a display. Without one the test is skipped on a developer's machine, and fails in CI
     * ({@code CI=true}, where {@code .ci/run} starts Xvfb): window tests must not pass by being skipped there.
     */
    static void require() {
        if (ServerWindow.supported()) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true but there is no display: .ci/run starts Xvfb and exports DISPLAY for the window tests");
        }
        assumeTrue(false, "needs a display (run under Xvfb: DISPLAY=:99)");
    }
}
