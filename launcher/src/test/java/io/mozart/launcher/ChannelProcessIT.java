package io.mozart.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mozart.api.ChannelOptions;
import io.mozart.api.MozartServer;
import io.mozart.api.ServerOptions;
import io.mozart.api.storage.Gender;
import io.mozart.client.Bot;
import io.mozart.server.MozartServerImpl;
import io.mozart.server.cluster.ClusterSettings;
import io.mozart.server.protocol.planet.AuthResponse;
import io.mozart.server.protocol.planet.ChannelLoginResponse;
import io.mozart.server.storage.jdbi.JdbiStorage;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A channel PROCESS (a child JVM running the launcher's {@code Main} in {@code Server:Mode=Channel}) is killed with
 * SIGKILL and started again; a client logs into it again through the same gateway, which is never restarted. The
 * gateway runs in this JVM on a free link port (the launcher refuses {@code Gateway:Port=0}).
 */
@DisabledOnOs(OS.WINDOWS)
class ChannelProcessIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private JdbiStorage storage;
    private MozartServerImpl gateway;
    private final List<Process> children = new ArrayList<>();
    private final List<Bot> bots = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (Bot b : bots) {
            b.close();
        }
        for (Process p : children) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        if (gateway != null) {
            gateway.close();
        }
        if (storage != null) {
            storage.close();
        }
    }

    private Process channelProcess(int linkPort) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(
                        java,
                        "-Xmx256m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "-Dmozart.home=" + dir,
                        Main.class.getName(),
                        "--Server:Mode=Channel",
                        "--Gateway:Address=127.0.0.1",
                        "--Gateway:Port=" + linkPort,
                        "--Gateway:Id=0",
                        "--Gateway:Timeout=5",
                        "--Gateway:HeartbeatInterval=1",
                        "--Gateway:HeartbeatTimeout=3",
                        "--Gateway:ReconnectDelay=1",
                        "--Db:Url=Data Source=" + dir.resolve("O2JAM.db"),
                        "--Auth:RevokeOnStartup=false",
                        "--Logging:Level=Warn")
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(
                        dir.resolve("channel-" + children.size() + ".log").toFile());
        Process p = pb.start();
        children.add(p);
        return p;
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " not within " + WAIT);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private Bot logIn(String username) {
        String token = gateway.auth().authenticate(username, "secret", "127.0.0.1");
        Bot b = Bot.connect("127.0.0.1", gateway.port());
        bots.add(b);
        assertEquals(AuthResponse.SUCCESS, b.authorize(token).result());
        assertEquals(ChannelLoginResponse.success(), b.channelLogin(0, 0));
        return b;
    }

    @Test
    @Timeout(180)
    void aKilledChannelProcessIsRestartedAndServesLoginsWithoutAGatewayRestart() throws Exception {
        storage = JdbiStorage.sqlite(dir.resolve("O2JAM.db"));
        ServerOptions options = ServerOptions.builder()
                .address("127.0.0.1")
                .port(0)
                .gatewayId(0)
                .channels(ChannelOptions.of(0))
                .revokeOnStartup(false)
                .build();
        gateway = new MozartServerImpl(
                new MozartServer.Settings(options, storage, null, List.of(), List.of()),
                Clock.systemUTC(),
                new SecureRandom(),
                ClusterSettings.gateway("127.0.0.1", 0, Duration.ofSeconds(5))
                        .withHeartbeat(Duration.ofSeconds(1), Duration.ofSeconds(3))
                        .withReconnectDelay(Duration.ofSeconds(1)));
        gateway.auth().register("alice", "secret", Gender.FEMALE, false);
        gateway.auth().register("bob", "secret", Gender.MALE, false);
        int linkPort = gateway.gateway().linkPort();

        Process first = channelProcess(linkPort);
        await(() -> gateway.gateway().channelIds().equals(List.of(0)), "the channel process registered");
        Bot alice = logIn("alice");

        first.destroyForcibly(); // SIGKILL: no DeleteChannel, no clean shutdown
        first.waitFor(30, TimeUnit.SECONDS);
        await(() -> gateway.gateway().channelIds().isEmpty(), "the gateway noticed the lost channel");
        await(() -> !alice.isConnected(), "the client of the lost channel was disconnected");

        channelProcess(linkPort);
        await(() -> gateway.gateway().channelIds().equals(List.of(0)), "the restarted channel registered");
        logIn("bob");
        assertEquals(1, gateway.status().channels().size());
    }
}
