package io.mozart.encore.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.encore.client.EncoreClient;
import io.mozart.encore.route.Routes;
import io.mozart.encore.session.Session;
import io.mozart.encore.testproto.TestProtocol;
import io.mozart.encore.testproto.TestProtocol.Blob;
import io.mozart.encore.testproto.TestProtocol.Boom;
import io.mozart.encore.testproto.TestProtocol.Login;
import io.mozart.encore.testproto.TestProtocol.LoginOk;
import io.mozart.encore.testproto.TestProtocol.Phase;
import io.mozart.encore.testproto.TestProtocol.Ping;
import io.mozart.encore.testproto.TestProtocol.Pong;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * The limits that keep one client from taking the server's memory, descriptors or session state: the outbound
 * byte budget per session and in total, connections per address, the handshake, idle and write timeouts, and a
 * session whose handler hit an {@link Error}. Real sockets against a server on port 0.
 */
class TransportLimitsIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private static void assertAlive(EncoreClient c, int seq) {
        c.send(new Ping(0, seq));
        assertEquals(new Pong(0, seq), c.expect(Pong.class, WAIT));
    }

    private static void awaitClosed(EncoreClient c) throws InterruptedException {
        assertTrue(c.channel().closeFuture().await(10, TimeUnit.SECONDS), "server should close the connection");
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting for: " + what);
            Thread.sleep(10);
        }
    }

    private static EncoreClient slowReader(EncoreServer server) {
        EncoreClient c = EncoreClient.builder()
                .registry(TestProtocol.REGISTRY)
                .receiveBufferSize(4096)
                .connect("127.0.0.1", server.port());
        assertAlive(c, 0);
        c.pauseReading();
        return c;
    }

    private static Session newest(EncoreServer server) {
        Session newest = null;
        for (Session s : server.sessions()) {
            if (newest == null || s.id() > newest.id()) {
                newest = s;
            }
        }
        assertNotNull(newest);
        return newest;
    }

    @Test
    void aPeerThatDoesNotReadIsClosedAtItsByteBudgetAndFreesItsQueue() throws Exception {
        TestGame game = new TestGame();
        EncoreOptions options = EncoreOptions.builder()
                .maxQueuedBytes(256 * 1024)
                .sendBufferSize(4096)
                .writeBufferWaterMarks(1024, 4096)
                .build();
        try (EncoreServer server = game.server(options).start();
                EncoreClient bystander = EncoreClient.connect("127.0.0.1", server.port(), TestProtocol.REGISTRY)) {
            assertAlive(bystander, 0);
            EncoreClient flooded = slowReader(server);
            Session session = newest(server);
            byte[] pad = new byte[8000];
            int sent = 0;
            while (session.send(new Blob(sent, true, pad))) {
                sent++;
                assertTrue(sent < 10_000, "a reliable send beyond the byte budget must be refused");
            }
            // Far fewer than maxQueuedPackets: the bytes decided.
            assertTrue(sent < 100, "refused after " + sent + " packets");
            assertTrue(session.closeReason().contains("maxQueuedBytes"), session.closeReason());
            assertEquals(1, server.metrics().budgetCloses());
            flooded.resumeReading();
            awaitClosed(flooded);
            await("the queue is released", () -> server.metrics().queuedBytes() == 0);
            await("the close callback ran", () -> game.closedCallbacks.get() == 1);
            assertAlive(bystander, 1);
            flooded.close();
        }
    }

    @Test
    void droppablePacketsStopAtTheByteBudgetWithoutClosing() throws Exception {
        TestGame game = new TestGame();
        EncoreOptions options = EncoreOptions.builder()
                .maxQueuedBytes(128 * 1024)
                .dropThreshold(100_000)
                .sendBufferSize(4096)
                .writeBufferWaterMarks(1024, 4096)
                .build();
        try (EncoreServer server = game.server(options).start()) {
            EncoreClient c = slowReader(server);
            Session session = newest(server);
            byte[] pad = new byte[4000];
            int queued = 0;
            for (int i = 0; i < 1000; i++) {
                if (session.sendDroppable(new Blob(i, false, pad))) {
                    queued++;
                }
            }
            assertTrue(queued < 100, "queued " + queued);
            assertTrue(server.metrics().droppedPackets() > 900);
            assertTrue(session.isOpen(), "droppable packets never close a session");
            assertTrue(server.metrics().queuedBytes() <= 128 * 1024);
            c.resumeReading();
            c.send(new Ping(0, 1));
            Object o;
            while ((o = c.receive(WAIT)) instanceof Blob) {
                assertFalse(((Blob) o).reliable());
            }
            assertEquals(new Pong(0, 1), o);
            c.close();
        }
    }

    @Test
    void theTotalOfAllQueuesIsBoundedWhileHealthyReadersStillGetTheirPackets() throws Exception {
        TestGame game = new TestGame();
        EncoreOptions options = EncoreOptions.builder()
                .maxQueuedBytes(8 * 1024 * 1024)
                .maxTotalQueuedBytes(512 * 1024)
                .sendBufferSize(4096)
                .writeBufferWaterMarks(1024, 4096)
                .build();
        try (EncoreServer server = game.server(options).start();
                EncoreClient reader = EncoreClient.connect("127.0.0.1", server.port(), TestProtocol.REGISTRY)) {
            assertAlive(reader, 0);
            Session readerSession = newest(server);
            EncoreClient a = slowReader(server);
            Session sa = newest(server);
            byte[] pad = new byte[8000];
            int sent = 0;
            while (sa.send(new Blob(sent, true, pad))) {
                sent++;
                assertTrue(sent < 10_000, "the total bound must stop the queue");
            }
            assertTrue(sa.closeReason().contains("maxTotalQueuedBytes"), sa.closeReason());
            assertTrue(server.metrics().queuedBytes() <= 512 * 1024 + 8010);
            for (int i = 0; i < 20; i++) {
                assertTrue(readerSession.send(new Blob(i, true, pad)), "a reader with a short queue is served");
                assertEquals(i, reader.expect(Blob.class, WAIT).seq());
            }
            a.resumeReading();
            awaitClosed(a);
            a.close();
        }
    }

    @Test
    void connectionsPerAddressAreLimitedAndCountedPerSourceAddress() throws Exception {
        TestGame game = new TestGame();
        List<EncoreClient> clients = new ArrayList<>();
        try (EncoreServer server = game.server(
                        EncoreOptions.builder().maxConnectionsPerAddress(2).build())
                .start()) {
            EncoreClient a1 = from("127.0.0.2", server, clients);
            EncoreClient a2 = from("127.0.0.2", server, clients);
            assertAlive(a1, 1);
            assertAlive(a2, 1);
            EncoreClient a3 = from("127.0.0.2", server, clients);
            awaitClosed(a3);
            assertEquals(1, server.metrics().rejectedConnections());
            EncoreClient b1 = from("127.0.0.3", server, clients);
            assertAlive(b1, 1);
            assertEquals(
                    "/127.0.0.3",
                    ((java.net.InetSocketAddress) b1.channel().localAddress())
                            .getAddress()
                            .toString());
            a1.close();
            await("a1's slot is free", () -> server.metrics().connectionsOpen() == 2);
            EncoreClient a4 = from("127.0.0.2", server, clients);
            assertAlive(a4, 2);
            assertAlive(a2, 2);
        } finally {
            clients.forEach(EncoreClient::close);
        }
    }

    private static EncoreClient from(String local, EncoreServer server, List<EncoreClient> clients) {
        EncoreClient c = EncoreClient.builder()
                .registry(TestProtocol.REGISTRY)
                .localAddress(local)
                .connect("127.0.0.1", server.port());
        clients.add(c);
        return c;
    }

    @Test
    void aConnectionThatDoesNotLeaveTheInitialPhaseInTimeIsClosed() throws Exception {
        TestGame game = new TestGame();
        try (EncoreServer server = game.server(EncoreOptions.builder()
                                .handshakeTimeout(Duration.ofMillis(400))
                                .build())
                        .start();
                EncoreClient silent = EncoreClient.connect("127.0.0.1", server.port(), TestProtocol.REGISTRY);
                EncoreClient pinging = EncoreClient.connect("127.0.0.1", server.port(), TestProtocol.REGISTRY);
                EncoreClient authorized = EncoreClient.connect("127.0.0.1", server.port(), TestProtocol.REGISTRY)) {
            authorized.send(new Login("alice"));
            authorized.expect(LoginOk.class, WAIT);
            assertAlive(pinging, 1);
            awaitClosed(silent);
            awaitClosed(pinging);
            assertEquals(2, server.metrics().timeoutCloses());
            Thread.sleep(400);
            assertAlive(authorized, 2);
            assertEquals(Phase.AUTHORIZED, server.sessions().iterator().next().phase());
        }
    }

    @Test
    void aVanishedPeerIsNoticedWhileReadingIsPausedAndItsCloseCallbackRuns() throws Exception {
        TestGame game = new TestGame();
        CountDownLatch release = new CountDownLatch(1);
        Routes routes = Routes.builder()
                .on(Ping.class, (s, p) -> {
                    if (p.seq() >= 100) {
                        release.await();
                    }
                    return new Pong(p.client(), p.seq());
                })
                .build();
        try (EncoreServer server = game.server(EncoreOptions.builder()
                        .maxPendingRequests(2)
                        .idleTimeout(Duration.ofMillis(500))
                        .build())
                .routes(routes)
                .start()) {
            EncoreClient c = EncoreClient.connect("127.0.0.1", server.port(), TestProtocol.REGISTRY);
            assertAlive(c, 1);
            for (int i = 0; i < 5; i++) {
                c.send(new Ping(0, 100 + i));
            }
            Session session = newest(server);
            c.close();
            await(
                    "the idle check closes the paused session",
                    () -> session.closeReason() != null && !server.sessions().contains(session));
            assertTrue(session.closeReason().contains("idle timeout"), session.closeReason());
            release.countDown();
            await("the close callback ran after the queued handlers", () -> game.closedCallbacks.get() == 1);
        }
    }

    @Test
    void aPeerThatStopsReadingIsClosedByTheWriteTimeout() throws Exception {
        TestGame game = new TestGame();
        EncoreOptions options = EncoreOptions.builder()
                .writeTimeout(Duration.ofMillis(500))
                .sendBufferSize(4096)
                .writeBufferWaterMarks(1024, 4096)
                .build();
        try (EncoreServer server = game.server(options).start();
                EncoreClient bystander = EncoreClient.connect("127.0.0.1", server.port(), TestProtocol.REGISTRY)) {
            assertAlive(bystander, 0); // registered before the next connection, so newest() is that one
            EncoreClient stalled = slowReader(server);
            Session session = newest(server);
            byte[] pad = new byte[4000];
            for (int i = 0; i < 100; i++) {
                session.send(new Blob(i, true, pad));
            }
            await(
                    "the write timeout closes the session",
                    () -> !server.sessions().contains(session));
            assertTrue(session.closeReason().contains("write timeout"), session.closeReason());
            stalled.resumeReading();
            awaitClosed(stalled);
            await("the close callback ran", () -> game.closedCallbacks.get() == 1);
            assertAlive(bystander, 1);
            stalled.close();
        }
    }

    @Test
    void aReadingPeerIsNotHitByTheWriteTimeout() throws Exception {
        TestGame game = new TestGame();
        EncoreOptions options = EncoreOptions.builder()
                .writeTimeout(Duration.ofMillis(300))
                .sendBufferSize(4096)
                .writeBufferWaterMarks(1024, 4096)
                .build();
        try (EncoreServer server = game.server(options).start();
                EncoreClient c = EncoreClient.builder()
                        .registry(TestProtocol.REGISTRY)
                        .receiveBufferSize(4096)
                        .connect("127.0.0.1", server.port())) {
            assertAlive(c, 0);
            Session session = newest(server);
            byte[] pad = new byte[4000];
            for (int i = 0; i < 300; i++) {
                session.send(new Blob(i, true, pad));
            }
            for (int i = 0; i < 300; i++) {
                assertEquals(i, c.expect(Blob.class, WAIT).seq());
                if (i % 50 == 0) {
                    Thread.sleep(100);
                }
            }
            assertTrue(session.isOpen());
            assertEquals(0, server.metrics().timeoutCloses());
        }
    }

    @Test
    void anErrorInAHandlerClosesOnlyThatSessionAndItsCloseCallbackRuns() throws Exception {
        TestGame game = new TestGame();
        Routes routes = Routes.builder()
                .on(Ping.class, (s, p) -> new Pong(p.client(), p.seq()))
                .on(Boom.class, (s, b) -> {
                    throw new OutOfMemoryError("simulated: Cannot reserve direct buffer memory");
                })
                .build();
        try (EncoreServer server = game.server(
                                EncoreOptions.builder().maxPendingRequests(2).build())
                        .routes(routes)
                        .start();
                EncoreClient bystander = EncoreClient.connect("127.0.0.1", server.port(), TestProtocol.REGISTRY)) {
            assertAlive(bystander, 0);
            EncoreClient victim = EncoreClient.connect("127.0.0.1", server.port(), TestProtocol.REGISTRY);
            assertAlive(victim, 0);
            Session session = newest(server);
            victim.send(new Ping(0, 1));
            victim.send(new Boom(1));
            for (int i = 2; i < 10; i++) {
                victim.send(new Ping(0, i));
            }
            assertEquals(new Pong(0, 1), victim.expect(Pong.class, WAIT));
            awaitClosed(victim);
            assertTrue(session.closeReason().contains("OutOfMemoryError"), session.closeReason());
            await("the close callback ran", () -> game.closedCallbacks.get() == 1);
            assertTrue(server.metrics().handlerErrors() >= 1);
            for (int i = 1; i < 20; i++) {
                assertAlive(bystander, i);
            }
            // The game executor's threads all survived: a new session is served as well.
            try (EncoreClient next = EncoreClient.connect("127.0.0.1", server.port(), TestProtocol.REGISTRY)) {
                assertAlive(next, 1);
                assertFalse(next.channel().closeFuture().isDone());
            }
            victim.close();
        }
    }
}
