package io.mozart.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.api.MozartServer;
import io.mozart.api.ServerOptions;
import io.mozart.api.extension.CustomHandler;
import io.mozart.api.extension.Requirement;
import io.mozart.api.storage.Gender;
import io.mozart.client.Bot;
import io.mozart.server.MozartServerImpl;
import io.mozart.server.protocol.planet.Ping;
import io.mozart.server.storage.jdbi.JdbiStorage;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 1: a handler that fails with an {@link Error} (the issue saw {@code OutOfMemoryError: Cannot
 * reserve direct buffer memory}) must not leave the player's request queue stuck: the connection is closed, the
 * leave procedure runs (the channel count drops), and the same launch token logs in again at once instead of
 * answering AlreadyConnected until a restart.
 */
class HandlerErrorIT {

    private static final int FATAL_OPCODE = 0x7A01;

    @TempDir
    Path dir;

    @Test
    void anErrorInAHandlerClosesThatPlayerAndItsAccountLogsInAgain() throws Exception {
        CustomHandler fatal = new CustomHandler(FATAL_OPCODE, Requirement.IN_CHANNEL, (context, packet) -> {
            throw new OutOfMemoryError("simulated: Cannot reserve 32768 bytes of direct buffer memory");
        });
        try (JdbiStorage storage = JdbiStorage.sqlite(dir.resolve("O2JAM.db"))) {
            ServerOptions options = ServerOptions.builder()
                    .address("127.0.0.1")
                    .port(0)
                    .gameThreads(2)
                    .build();
            MozartServerImpl server = new MozartServerImpl(
                    new MozartServer.Settings(options, storage, null, List.of(fatal), List.of()),
                    Clock.systemUTC(),
                    new SecureRandom());
            try (server) {
                server.auth().register("alice", "secret-alice", Gender.FEMALE, false);
                String token = server.auth().authenticate("alice", "secret-alice", "127.0.0.1");
                try (Bot bystander = Bot.connect("127.0.0.1", server.port())) {
                    bystander.login(register(server, "bob"), 0);
                    Bot alice = Bot.connect("127.0.0.1", server.port()).login(token, 0);
                    assertEquals(2, server.status().playersInChannels());
                    alice.client().sendRaw(new byte[] {4, 0, (byte) FATAL_OPCODE, (byte) (FATAL_OPCODE >>> 8)});
                    assertTrue(
                            alice.client().channel().closeFuture().await(10, TimeUnit.SECONDS),
                            "the server closes the connection whose handler failed");
                    for (int i = 0; i < 500 && server.status().playersInChannels() != 1; i++) {
                        Thread.sleep(10);
                    }
                    assertEquals(1, server.status().playersInChannels(), "the leave procedure ran");
                    assertTrue(server.encore().metrics().handlerErrors() >= 1);
                    // The same token works again at once.
                    try (Bot again = Bot.connect("127.0.0.1", server.port())) {
                        again.login(token, 0);
                        assertEquals(2, server.status().playersInChannels());
                    }
                    bystander.send(Ping.INSTANCE);
                    bystander.await(Ping.class);
                    alice.close();
                }
            }
        }
    }

    private static String register(MozartServerImpl server, String name) {
        server.auth().register(name, "secret-" + name, Gender.MALE, false);
        return server.auth().authenticate(name, "secret-" + name, "127.0.0.1");
    }
}
