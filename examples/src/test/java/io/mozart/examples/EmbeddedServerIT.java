package io.mozart.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.api.MozartServer;
import io.mozart.api.ServerStatus;
import io.mozart.api.launch.LaunchParameters;
import io.mozart.api.metadata.MetadataProvider;
import io.mozart.api.metadata.Music;
import io.mozart.client.Bot;
import io.mozart.server.metadata.OjnListFile;
import io.mozart.server.protocol.planet.AuthResponse;
import io.mozart.server.protocol.planet.ChannelLoginResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts {@link EmbeddedServer} on port 0 and logs in with what it printed. */
class EmbeddedServerIT {

    @Test
    void printedTokenLogsIntoTheOnlyChannel() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream console = new PrintStream(printed, true, StandardCharsets.UTF_8);
        try (MozartServer server = EmbeddedServer.launch(0, null, console)) {
            Map<String, String> out = parse(printed.toString(StandardCharsets.UTF_8));
            assertEquals("127.0.0.1", out.get("host"));
            int port = Integer.parseInt(out.get("port"));
            assertTrue(port > 0, "port 0 resolves to the bound port");
            assertEquals(server.port(), port);

            LaunchParameters launch = LaunchParameters.decrypt(out.get("launch"));
            assertEquals(out.get("token"), launch.username(), "launch field 6 carries the login token");
            assertEquals("127.0.0.1", launch.gatewayAddress());
            assertEquals(Integer.toString(port), launch.gatewayPort());
            assertEquals(
                    "OTwo.exe " + out.get("launch") + (" |test|??|127.0.0.1|" + port).repeat(5), out.get("command"));

            try (Bot bot = Bot.connect(out.get("host"), port)) {
                assertEquals(
                        AuthResponse.SUCCESS, bot.authorize(launch.username()).result());
                assertEquals(1, bot.channelList().channels().size());
                assertEquals(ChannelLoginResponse.success(), bot.channelLogin(0, 0));
                assertEquals(EmbeddedServer.USERNAME, bot.characterInfo().info().nickname());
                ServerStatus status = server.status();
                assertEquals(1, status.playersInChannels());
                assertEquals(50, status.channels().get(0).capacity());
            }
        }
    }

    @Test
    void anotherPlayerCanBeAddedWhileRunningAndCloseReleasesAwaitClose() throws Exception {
        MozartServer server = EmbeddedServer.start(0, null);
        CompletableFuture<Void> waiter = CompletableFuture.runAsync(() -> {
            try {
                server.awaitClose();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try (Bot bot = Bot.connect("127.0.0.1", server.port())) {
            String token = EmbeddedServer.createPlayer(server, "second", "secret");
            assertEquals(AuthResponse.SUCCESS, bot.authorize(token).result());
            assertFalse(waiter.isDone());
        } finally {
            server.close();
        }
        waiter.get(10, TimeUnit.SECONDS);
        assertTrue(waiter.isDone());
    }

    @Test
    void gameDataIsLoadedFromADirectoryAndMissingFilesAreEmpty(@TempDir Path dir) throws Exception {
        Music song = new Music(100, 0, 120f, 1, 2, 3, 100, 200, 300, false, false, 0, 0, Optional.empty());
        OjnListFile.of(List.of(song)).write(dir.resolve("OJNList.dat"));
        MetadataProvider metadata = EmbeddedServer.loadMetadata(dir);
        assertEquals(List.of(song), metadata.music(0).all());
        assertEquals(Optional.of(song), metadata.music(7).find(100), "the same catalogue on every channel");
        assertTrue(metadata.items(0).all().isEmpty(), "no Itemdata.dat");
        assertTrue(metadata.albums(0).all().isEmpty(), "no AlbumList.ojs");
        try (MozartServer server = EmbeddedServer.start(0, metadata);
                Bot bot = Bot.connect("127.0.0.1", server.port())) {
            bot.login(EmbeddedServer.createPlayer(server, "musician", "secret"), 0);
            assertEquals("musician", bot.characterInfo().info().nickname());
        }
    }

    private static Map<String, String> parse(String text) {
        Map<String, String> values = new HashMap<>();
        for (String line : text.split("\\R")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                values.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return values;
    }
}
