package io.mozart.launcher.window;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The last lines written to a byte stream, for the desktop window's log view. Bytes are decoded with one
 * charset (a multi-byte character split across writes is kept whole; malformed bytes become U+FFFD) and
 * split at {@code \n}, {@code \r\n} or a lone {@code \r}. Only the newest {@code maxLines} lines are kept,
 * and a line longer than {@value #MAX_LINE_CHARS} characters is cut, so memory stays bounded whatever is
 * written. Thread-safe.
 *
 * <p>{@link #captureStandardStreams()} tees {@code System.out} and {@code System.err} (where slf4j-simple
 * logs) into one process-wide tail: output still reaches the original streams unchanged.
 */
public final class LogTail {

    /** Lines the window shows. */
    public static final int DEFAULT_LINES = 500;

    /** Longest line kept; the rest of a longer line is dropped and the line ends with "…". */
    public static final int MAX_LINE_CHARS = 4096;

    private static final Object CAPTURE_LOCK = new Object();
    private static LogTail captured;

    private final int maxLines;
    private final CharsetDecoder decoder;
    private final ArrayDeque<String> lines = new ArrayDeque<>();
    private final StringBuilder partial = new StringBuilder();
    private final CharBuffer chars = CharBuffer.allocate(1024);
    private ByteBuffer carry = ByteBuffer.allocate(0);
    private boolean afterCarriageReturn;
    private boolean cut;
    private long written;

    /**
     * @param maxLines how many complete lines to keep, at least 1
     * @param charset  how the written bytes are encoded
     */
    public LogTail(int maxLines, Charset charset) {
        if (maxLines < 1) {
            throw new IllegalArgumentException("maxLines must be at least 1: " + maxLines);
        }
        this.maxLines = maxLines;
        this.decoder = Objects.requireNonNull(charset, "charset")
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    /**
     * Tees {@code System.out} and {@code System.err} into a tail of {@value #DEFAULT_LINES} lines, once per
     * process; later calls return the same tail. Call it early (before the server logs anything) to keep the
     * start-up lines. The replacement streams encode with the charset the original ones used, so the
     * console (if any) sees the same bytes as before.
     *
     * @return the process-wide tail of standard output and standard error
     */
    public static LogTail captureStandardStreams() {
        synchronized (CAPTURE_LOCK) {
            if (captured == null) {
                final Charset charset = consoleCharset();
                final LogTail tail = new LogTail(DEFAULT_LINES, charset);
                System.setOut(tee(System.out, tail, charset));
                System.setErr(tee(System.err, tail, charset));
                captured = tail;
            }
            return captured;
        }
    }

    private static PrintStream tee(PrintStream original, LogTail tail, Charset charset) {
        final OutputStream both = new OutputStream() {
            @Override
            public void write(int b) {
                original.write(b);
                tail.write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                original.write(b, off, len);
                tail.write(b, off, len);
            }

            @Override
            public void flush() {
                original.flush();
            }
        };
        return new PrintStream(both, true, charset);
    }

    /** The charset Java 17 gave the standard streams: the console's, else the default. */
    private static Charset consoleCharset() {
        for (final String key : new String[] {"stderr.encoding", "sun.stderr.encoding"}) {
            final String name = System.getProperty(key);
            if (name != null) {
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    // fall through to the next guess
                }
            }
        }
        return Charset.defaultCharset();
    }

    /**
     * @return an output stream whose bytes are appended to this tail (close and flush do nothing)
     */
    public OutputStream stream() {
        return new OutputStream() {
            @Override
            public void write(int b) {
                LogTail.this.write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                LogTail.this.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                // the tail outlives its streams
            }
        };
    }

    /**
     * Appends bytes.
     *
     * @param b   the bytes
     * @param off first byte
     * @param len number of bytes
     */
    public synchronized void write(byte[] b, int off, int len) {
        Objects.checkFromIndexSize(off, len, b.length);
        final ByteBuffer in = ByteBuffer.allocate(carry.remaining() + len);
        in.put(carry).put(b, off, len).flip();
        while (true) {
            final CoderResult result = decoder.decode(in, chars, false);
            chars.flip();
            while (chars.hasRemaining()) {
                accept(chars.get());
            }
            chars.clear();
            if (result.isUnderflow()) {
                break;
            }
        }
        // An incomplete multi-byte sequence at the end waits for the next write.
        carry = in.slice();
        written += len;
    }

    private void accept(char c) {
        if (c == '\n' && afterCarriageReturn) {
            afterCarriageReturn = false;
            return;
        }
        afterCarriageReturn = c == '\r';
        if (c == '\n' || c == '\r') {
            endLine();
        } else if (partial.length() < MAX_LINE_CHARS) {
            partial.append(c);
        } else {
            cut = true;
        }
    }

    private void endLine() {
        if (cut) {
            partial.append('…');
            cut = false;
        }
        lines.addLast(partial.toString());
        partial.setLength(0);
        while (lines.size() > maxLines) {
            lines.removeFirst();
        }
    }

    /**
     * @return the kept complete lines, oldest first, followed by the line still being written if it is not
     *         empty
     */
    public synchronized List<String> lines() {
        final List<String> copy = new ArrayList<>(lines.size() + 1);
        copy.addAll(lines);
        if (partial.length() > 0) {
            copy.add(partial.toString());
        }
        return copy;
    }

    /**
     * @return bytes written so far; changes whenever {@link #lines()} may have changed
     */
    public synchronized long written() {
        return written;
    }

    /** @return the kept lines joined with {@code \n}, as the window shows them */
    public String text() {
        return String.join("\n", lines());
    }
}
