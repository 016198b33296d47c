package io.mozart.launcher;

import java.io.PrintStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A print stream for the start-up banner: each {@link #println(String)} goes to the console stream unchanged and is
 * also logged at INFO to {@link Logging#BANNER_LOGGER}, which writes to the log file and the window's log view but
 * not to the console (it has the line already). Other writes go to the console only.
 */
final class BannerStream extends PrintStream {

    private static final Logger BANNER = LoggerFactory.getLogger(Logging.BANNER_LOGGER);

    private final PrintStream console;

    BannerStream(PrintStream console) {
        super(console, true);
        this.console = console;
    }

    @Override
    public void println(String line) {
        console.println(line);
        BANNER.info(line);
    }

    @Override
    public void flush() {
        console.flush();
    }
}
