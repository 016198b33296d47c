package io.mozart.encore.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.Unpooled;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shows that the leak guard can fail: a deliberate leak must be caught. */
class LeakGuardTest {

    @Test
    void deliberateLeakIsReported() {
        AssertionError error = assertThrows(AssertionError.class, () -> {
            LeakGuard.leakOneBuffer();
            // Several rounds: the detector only sees a buffer after the collector has cleared it.
            List<String> leaks = List.of();
            for (int i = 0; i < 20 && leaks.isEmpty(); i++) {
                leaks = LeakGuard.collect(3);
            }
            if (!leaks.isEmpty()) {
                throw new AssertionError("caught: " + leaks.get(0));
            }
        });
        assertTrue(error.getMessage().contains("leak"), error.getMessage());
        assertTrue(error.getMessage().contains("deliberately leaked"), error.getMessage());
    }

    @Test
    void noLeakNoReport() {
        Unpooled.directBuffer(4).release();
        assertFalse(LeakGuard.collect(2).stream().anyMatch(s -> s.contains("deliberately")));
    }
}
