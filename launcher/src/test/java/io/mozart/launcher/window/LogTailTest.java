package io.mozart.launcher.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class LogTailTest {

    private static LogTail utf8(int lines) {
        return new LogTail(lines, StandardCharsets.UTF_8);
    }

    private static void write(LogTail tail, String text) {
        final byte[] b = text.getBytes(StandardCharsets.UTF_8);
        tail.write(b, 0, b.length);
    }

    @Test
    void keepsOnlyTheNewestLines() {
        final LogTail tail = utf8(3);
        for (int i = 1; i <= 10; i++) {
            write(tail, "line " + i + "\n");
        }
        assertEquals(List.of("line 8", "line 9", "line 10"), tail.lines());
        assertEquals("line 8\nline 9\nline 10", tail.text());
    }

    @Test
    void splitsAtLfCrLfAndLoneCrAndShowsTheUnfinishedLine() {
        final LogTail tail = utf8(10);
        write(tail, "a\nb\r\nc\rd\n\ne");
        assertEquals(List.of("a", "b", "c", "d", "", "e"), tail.lines());
        write(tail, "f\r");
        write(tail, "\ng\n");
        assertEquals(List.of("a", "b", "c", "d", "", "ef", "g"), tail.lines(), "CR and LF in separate writes");
    }

    @Test
    void decodesUtf8EvenWhenACharacterIsSplitAcrossWrites() {
        final LogTail tail = utf8(10);
        final byte[] b = "Jürgen 한국 🎵\n".getBytes(StandardCharsets.UTF_8);
        for (final byte x : b) {
            tail.write(new byte[] {x}, 0, 1);
        }
        assertEquals(List.of("Jürgen 한국 🎵"), tail.lines());
    }

    @Test
    void malformedBytesBecomeReplacementCharacters() {
        final LogTail tail = utf8(10);
        tail.write(new byte[] {'o', 'k', (byte) 0xFF, (byte) 0xC3, '!', '\n'}, 0, 6);
        assertEquals(List.of("ok\uFFFD\uFFFD!"), tail.lines());
    }

    @Test
    void anEndlessLineIsCutSoMemoryStaysBounded() {
        final LogTail tail = utf8(2);
        final String chunk = "x".repeat(1000);
        for (int i = 0; i < 100; i++) {
            write(tail, chunk);
        }
        assertEquals(LogTail.MAX_LINE_CHARS, tail.lines().get(0).length());
        write(tail, "\nnext\n");
        assertEquals(List.of("x".repeat(LogTail.MAX_LINE_CHARS) + "…", "next"), tail.lines());
    }

    @Test
    void writtenChangesWithEveryWriteAndOffsetsAreHonoured() throws IOException {
        final LogTail tail = utf8(5);
        final long before = tail.written();
        final OutputStream out = tail.stream();
        out.write("--hello\n--".getBytes(StandardCharsets.UTF_8), 2, 6);
        out.write('!');
        out.close();
        assertNotEquals(before, tail.written());
        assertEquals(List.of("hello", "!"), tail.lines());
        assertThrows(IndexOutOfBoundsException.class, () -> tail.write(new byte[2], 1, 2));
        assertThrows(IllegalArgumentException.class, () -> new LogTail(0, StandardCharsets.UTF_8));
    }

    @Test
    void concurrentWritersNeverMixBytesOfOneLine() throws Exception {
        final LogTail tail = utf8(10_000);
        final CountDownLatch start = new CountDownLatch(1);
        final List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            final String line = ("thread" + t + " ").repeat(5) + "\n";
            final Thread thread = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                final PrintStream ps = new PrintStream(tail.stream(), true, StandardCharsets.UTF_8);
                for (int i = 0; i < 500; i++) {
                    ps.print(line);
                }
            });
            thread.start();
            threads.add(thread);
        }
        start.countDown();
        for (final Thread thread : threads) {
            thread.join();
        }
        assertEquals(2000, tail.lines().size());
        assertTrue(tail.lines().stream().allMatch(l -> l.matches("(thread[0-3] ){5}")));
    }

    @Test
    void captureTeesStandardStreamsOncePerProcess() {
        final PrintStream out = System.out;
        final PrintStream err = System.err;
        try {
            final LogTail tail = LogTail.captureStandardStreams();
            assertSame(tail, LogTail.captureStandardStreams());
            System.err.println("to stderr " + System.nanoTime());
            System.out.println("to stdout");
            final List<String> lines = tail.lines();
            assertTrue(lines.get(lines.size() - 2).startsWith("to stderr "), lines.toString());
            assertEquals("to stdout", lines.get(lines.size() - 1));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
