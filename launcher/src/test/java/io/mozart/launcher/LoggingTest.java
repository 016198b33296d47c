package io.mozart.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.launcher.config.LogFormat;
import io.mozart.launcher.config.LogLevel;
import io.mozart.launcher.config.LoggingConfig;
import io.mozart.launcher.window.LogTail;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logback as the launcher configures it: the rolling file, JSON, the banner logger, the window's appender. */
class LoggingTest {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingTest.class);

    @TempDir
    Path dir;

    @AfterEach
    void consoleOnlyAgain() {
        Logging.configureServer(
                new LoggingConfig(LogLevel.INFO, false, Optional.empty(), 1024, 1, LogFormat.TEXT), dir);
    }

    private Path file() {
        return dir.resolve("logs").resolve("mozart.log");
    }

    private LoggingConfig config(long maxFileSize, int maxFiles, LogFormat format) {
        return new LoggingConfig(LogLevel.INFO, false, Optional.of(file()), maxFileSize, maxFiles, format);
    }

    @Test
    void theFileRollsOverAtItsLimitAndKeepsMaxFilesRolledFiles() throws IOException {
        Logging.configureServer(config(2048, 2, LogFormat.TEXT), dir);
        String filler = "x".repeat(100);
        for (int i = 0; i < 200; i++) {
            LOG.info("line {} {}", i, filler);
        }
        Logging.stop();
        Path first = dir.resolve("logs").resolve("mozart.1.log");
        Path second = dir.resolve("logs").resolve("mozart.2.log");
        assertTrue(Files.isRegularFile(first), "rolled once");
        assertTrue(Files.isRegularFile(second), "rolled twice");
        assertFalse(Files.exists(dir.resolve("logs").resolve("mozart.3.log")), "at most Logging:MaxFiles kept");
        // The limit is checked before each event, so a file overshoots it by at most one line.
        assertTrue(Files.size(file()) <= 2048 + 200, "active file " + Files.size(file()));
        assertTrue(Files.size(first) <= 2048 + 200, "rolled file " + Files.size(first));
        List<String> active = Files.readAllLines(file(), StandardCharsets.UTF_8);
        assertTrue(active.get(active.size() - 1).contains("line 199 "), active::toString);
        assertTrue(
                active.get(0)
                        .matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO \\[.*\\] "
                                + "io\\.mozart\\.launcher\\.LoggingTest - line \\d+ x+"),
                active.get(0));
    }

    @Test
    void jsonFormatWritesOneObjectPerLine() throws IOException {
        Logging.configureServer(config(1024 * 1024, 1, LogFormat.JSON), dir);
        LOG.warn("in json {}", 42);
        Logging.stop();
        List<String> lines = Files.readAllLines(file(), StandardCharsets.UTF_8);
        String line =
                lines.stream().filter(l -> l.contains("in json 42")).findFirst().orElseThrow();
        assertTrue(line.startsWith("{") && line.endsWith("}"), line);
        assertTrue(line.contains("\"level\":\"WARN\""), line);
        assertTrue(line.contains("\"loggerName\":\"io.mozart.launcher.LoggingTest\""), line);
        assertTrue(line.contains("\"formattedMessage\":\"in json 42\""), line);
    }

    @Test
    void theBannerGoesToTheFileAndTheWindowButNotTwiceToTheConsole() throws IOException {
        Logging.configureServer(config(1024 * 1024, 1, LogFormat.TEXT), dir);
        LogTail tail = new LogTail(10, StandardCharsets.UTF_8);
        Logging.attach(tail);
        java.io.ByteArrayOutputStream console = new java.io.ByteArrayOutputStream();
        try (BannerStream banner = new BannerStream(new java.io.PrintStream(console, true, StandardCharsets.UTF_8))) {
            banner.println("Mozart is listening on 127.0.0.1:1");
        }
        LOG.info("after the banner");
        Logging.stop();
        assertEquals(
                "Mozart is listening on 127.0.0.1:1" + System.lineSeparator(),
                console.toString(StandardCharsets.UTF_8));
        String text = Files.readString(file(), StandardCharsets.UTF_8);
        assertTrue(text.contains("INFO [") && text.contains("Banner - Mozart is listening on 127.0.0.1:1"), text);
        assertTrue(tail.text().contains("Banner - Mozart is listening on 127.0.0.1:1"), tail.text());
        assertTrue(tail.text().contains("LoggingTest - after the banner"), tail.text());
    }

    @Test
    void rolledNamesKeepTheExtension() {
        assertEquals(Path.of("logs", "mozart.%i.log").toString(), Logging.rolledPattern(Path.of("logs", "mozart.log")));
        assertEquals(Path.of("logs", "server.%i").toString(), Logging.rolledPattern(Path.of("logs", "server")));
    }
}
