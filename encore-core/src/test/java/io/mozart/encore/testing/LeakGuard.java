package io.mozart.encore.testing;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.util.ResourceLeakDetector;
import java.util.ArrayList;
import java.util.List;

/**
 * Records Netty leak reports (the JVM runs with {@code -Dio.netty.leakDetection.level=PARANOID}) so tests can
 * fail on them. {@link #check} forces collection and allocates tracked buffers, which makes the detector
 * look at collected buffers that were never released.
 */
public final class LeakGuard {

    private static final List<String> LEAKS = new ArrayList<>();
    private static boolean installed;

    private LeakGuard() {}

    /** Installs the listener; idempotent. */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        if (ResourceLeakDetector.getLevel() != ResourceLeakDetector.Level.PARANOID) {
            throw new IllegalStateException("tests must run with -Dio.netty.leakDetection.level=PARANOID, got "
                    + ResourceLeakDetector.getLevel());
        }
        ByteBufUtil.setLeakListener((type, records) -> {
            synchronized (LEAKS) {
                LEAKS.add(type + " leak:\n" + records);
            }
        });
        installed = true;
    }

    /**
     * Gives the detector a few chances to report leaks, then returns and clears what was reported.
     *
     * @param rounds GC rounds (each with a short sleep and a few tracked allocations)
     * @return the reports
     */
    public static List<String> collect(int rounds) {
        install();
        for (int i = 0; i < rounds; i++) {
            System.gc();
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            // Every tracked allocation makes the detector drain its reference queue.
            Unpooled.directBuffer(1).release();
            ByteBufAllocator.DEFAULT.heapBuffer(1).release();
            ByteBufAllocator.DEFAULT.directBuffer(1).release();
        }
        synchronized (LEAKS) {
            List<String> copy = new ArrayList<>(LEAKS);
            LEAKS.clear();
            return copy;
        }
    }

    /**
     * Fails when any leak was reported.
     *
     * @param where a name for the failure message
     */
    public static void check(String where) {
        List<String> leaks = collect(3);
        if (!leaks.isEmpty()) {
            throw new AssertionError("Netty reported " + leaks.size() + " buffer leak(s) in " + where + ":\n"
                    + String.join("\n", leaks));
        }
    }

    /**
     * Allocates a buffer and drops it without releasing it: a deliberate leak, for the test that shows the
     * guard works.
     */
    public static void leakOneBuffer() {
        // Unpooled heap buffers are not tracked by Netty; direct ones are.
        ByteBuf b = Unpooled.directBuffer(8);
        b.writeLong(System.nanoTime());
        b.touch("deliberately leaked by LeakGuard.leakOneBuffer");
    }
}
