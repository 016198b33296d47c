package io.mozart.encore.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.encore.client.EncoreClient;
import io.mozart.encore.testproto.TestProtocol;
import io.mozart.encore.testproto.TestProtocol.Ping;
import io.mozart.encore.testproto.TestProtocol.Pong;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Connection limits, transport errors, idle timeout, and a clean stop. */
class LifecycleIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private static List<String> liveThreads(String prefix) {
        List<String> names = new ArrayList<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.isAlive() && t.getName().startsWith(prefix + "-")) {
                names.add(t.getName());
            }
        }
        return names;
    }

    private static void assertAlive(EncoreClient c, int seq) {
        c.send(new Ping(0, seq));
        assertEquals(new Pong(0, seq), c.expect(Pong.class, WAIT));
    }

    private static void awaitClosed(EncoreClient c) throws InterruptedException {
        assertTrue(c.channel().closeFuture().await(10, TimeUnit.SECONDS), "server should close the connection");
    }

    @Test
    void closeStopsEveryThreadAndRunsEachCloseCallbackOnceAfterQueuedHandlers() throws Exception {
        TestGame game = new TestGame();
        EncoreServer server = game.server(EncoreOptions.builder()
                        .gameThreads(3)
                        .ioThreads(2)
                        .threadNamePrefix("lifecycle-close")
                        .build())
                .start();
        List<EncoreClient> clients = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                EncoreClient c = EncoreClient.connect("127.0.0.1", server.port(), TestProtocol.REGISTRY);
                clients.add(c);
                assertAlive(c, 0);
            }
            assertFalse(liveThreads("lifecycle-close").isEmpty());
            game.pingDelayMillis = 50;
            for (EncoreClient c : clients) {
                c.send(new Ping(0, 1));
                c.send(new Ping(0, 2));
            }
            // Let the pings reach the server's queues before stopping it.
            for (EncoreClient c : clients) {
                c.expect(Pong.class, WAIT);
            }
            server.close();
            server.close(); // idempotent
        } finally {
            clients.forEach(EncoreClient::close);
        }
        assertEquals(List.of(), liveThreads("lifecycle-close"));
        assertEquals(5, game.closedCallbacks.get());
        assertEquals(5, game.log.size());
        for (String line : game.log) {
            assertTrue(line.endsWith(":opened,ping1,ping2,closed"), line);
        }
        for (EncoreClient c : clients) {
            assertFalse(c.isConnected());
        }
    }

    @Test
    void peerDisconnectRunsTheCloseCallbackOnce() throws Exception {
        TestGame game = new TestGame();
        try (EncoreServer server = game.server(EncoreOptions.defaults()).start()) {
            EncoreClient c = EncoreClient.connect("127.0.0.1", server.port(), TestProtocol.REGISTRY);
            assertAlive(c, 0);
            c.close();
            for (int i = 0; i < 500 && game.closedCallbacks.get() == 0; i++) {
                Thread.sleep(10);
            }
            assertEquals(1, game.closedCallbacks.get());
            assertEquals(0, server.metrics().connectionsOpen());
            assertEquals(1, server.metrics().connectionsTotal());
        }
        assertEquals(1, game.closedCallbacks.get());
    }

    @Test
    void maxConnectionsIsEnforced() throws Exception {
        TestGame game = new TestGame();
        try (EncoreServer server =
                game.server(EncoreOptions.builder().maxConnections(2).build()).start()) {
            EncoreClient a = EncoreClient.connect("127.0.0.1", server.port(), TestProtocol.REGISTRY);
            EncoreClient b = EncoreClient.connect("127.0.0.1", server.port(), TestProtocol.REGISTRY);
            assertAlive(a, 1);
            assertAlive(b, 1);
            EncoreClient c = EncoreClient.connect("127.0.0.1", server.port(), TestProtocol.REGISTRY);
            awaitClosed(c);
            assertEquals(1, server.metrics().rejectedConnections());
            assertAlive(a, 2);
            a.close();
            for (int i = 0; i < 500 && server.metrics().connectionsOpen() > 1; i++) {
                Thread.sleep(10);
            }
            EncoreClient d = EncoreClient.connect("127.0.0.1", server.port(), TestProtocol.REGISTRY);
            assertAlive(d, 3);
            assertAlive(b, 3);
            b.close();
            d.close();
        }
    }

    @Test
    void aMalformedFrameClosesOnlyThatConnection() throws Exception {
        TestGame game = new TestGame();
        try (EncoreServer server = game.server(EncoreOptions.defaults()).start()) {
            List<EncoreClient> clients = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                clients.add(EncoreClient.connect("127.0.0.1", server.port(), TestProtocol.REGISTRY));
            }
            clients.get(0).sendRaw(new byte[] {(byte) 0xFE, (byte) 0xFF, 0x10, 0}); // negative length
            clients.get(1).sendRaw(new byte[] {1, 0}); // length 1
            awaitClosed(clients.get(0));
            awaitClosed(clients.get(1));
            for (int i = 2; i < clients.size(); i++) {
                assertAlive(clients.get(i), i);
            }
            clients.forEach(EncoreClient::close);
        }
    }

    @Test
    void idleTimeoutClosesASilentConnection() throws Exception {
        TestGame game = new TestGame();
        try (EncoreServer server = game.server(EncoreOptions.builder()
                        .idleTimeout(Duration.ofMillis(300))
                        .build())
                .start()) {
            EncoreClient c = EncoreClient.connect("127.0.0.1", server.port(), TestProtocol.REGISTRY);
            assertAlive(c, 1);
            awaitClosed(c);
        }
    }

    @Test
    void bindFailureThrowsAndLeavesNoThreads() {
        TestGame game = new TestGame();
        try (EncoreServer first = game.server(EncoreOptions.defaults()).start()) {
            java.io.UncheckedIOException e = assertThrows(
                    java.io.UncheckedIOException.class,
                    () -> game.server(EncoreOptions.builder()
                                    .threadNamePrefix("lifecycle-bind")
                                    .build())
                            .port(first.port())
                            .start());
            assertTrue(e.getMessage().contains("cannot listen"), e.getMessage());
            assertEquals(List.of(), liveThreads("lifecycle-bind"));
        }
    }

    @Test
    void outboundBacklogBeyondMaxQueuedPacketsClosesTheSession() throws Exception {
        TestGame game = new TestGame();
        EncoreOptions options = EncoreOptions.builder()
                .maxQueuedPackets(100)
                .sendBufferSize(4096)
                .writeBufferWaterMarks(1024, 4096)
                .build();
        try (EncoreServer server = game.server(options).start()) {
            EncoreClient c = EncoreClient.builder()
                    .registry(TestProtocol.REGISTRY)
                    .receiveBufferSize(4096)
                    .connect("127.0.0.1", server.port());
            assertAlive(c, 0);
            c.pauseReading();
            var session = server.sessions().iterator().next();
            byte[] pad = new byte[500];
            boolean refused = false;
            for (int i = 0; i < 10_000 && !refused; i++) {
                refused = !session.send(new TestProtocol.Blob(i, true, pad));
            }
            assertTrue(refused, "a reliable send beyond the backlog limit must be refused");
            assertTrue(session.closeReason().contains("maxQueuedPackets"), session.closeReason());
            c.resumeReading();
            awaitClosed(c);
        }
    }

    @Test
    void aFloodingClientIsThrottledNotDisconnectedAndKeepsItsOrder() {
        TestGame game = new TestGame();
        game.pingDelayMillis = 2;
        try (EncoreServer server = game.server(
                                EncoreOptions.builder().maxPendingRequests(4).build())
                        .start();
                EncoreClient c = EncoreClient.connect("127.0.0.1", server.port(), TestProtocol.REGISTRY)) {
            for (int i = 0; i < 200; i++) {
                c.send(new Ping(1, i));
            }
            for (int i = 0; i < 200; i++) {
                assertEquals(new Pong(1, i), c.expect(Pong.class, WAIT));
            }
            assertTrue(c.isConnected());
            assertEquals(0, game.overlaps.get());
        }
    }
}
