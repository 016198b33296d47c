package io.mozart.encore.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.encore.client.EncoreClient;
import io.mozart.encore.testproto.TestProtocol;
import io.mozart.encore.testproto.TestProtocol.Blob;
import io.mozart.encore.testproto.TestProtocol.Boom;
import io.mozart.encore.testproto.TestProtocol.Denied;
import io.mozart.encore.testproto.TestProtocol.Failed;
import io.mozart.encore.testproto.TestProtocol.Login;
import io.mozart.encore.testproto.TestProtocol.LoginOk;
import io.mozart.encore.testproto.TestProtocol.Multi;
import io.mozart.encore.testproto.TestProtocol.Note;
import io.mozart.encore.testproto.TestProtocol.Orphan;
import io.mozart.encore.testproto.TestProtocol.Ping;
import io.mozart.encore.testproto.TestProtocol.Pong;
import io.mozart.encore.testproto.TestProtocol.Secret;
import io.mozart.encore.testproto.TestProtocol.SecretReply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Dispatch over real sockets: replies, guards, handler errors, ordering, bad input. */
class DispatchIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final TestGame game = new TestGame();
    private EncoreServer server;
    private final List<EncoreClient> clients = new ArrayList<>();

    @BeforeEach
    void start() {
        server = game.server(EncoreOptions.builder().gameThreads(4).build()).start();
    }

    @AfterEach
    void stop() {
        clients.forEach(EncoreClient::close);
        server.close();
    }

    private EncoreClient client() {
        EncoreClient c = EncoreClient.connect("127.0.0.1", server.port(), TestProtocol.REGISTRY);
        clients.add(c);
        return c;
    }

    private static void assertAlive(EncoreClient c, int seq) {
        c.send(new Ping(0, seq));
        assertEquals(new Pong(0, seq), c.expect(Pong.class, WAIT));
        assertTrue(c.isConnected());
    }

    @Test
    void replyToARequest() {
        EncoreClient c = client();
        c.send(new Ping(1, 2));
        assertEquals(new Pong(1, 2), c.expect(Pong.class, WAIT));
    }

    @Test
    void guardsRejectUntilThePhaseChangesAndTheConnectionLives() {
        EncoreClient c = client();
        c.send(new Secret(5));
        assertEquals(new Denied("phase[AUTHORIZED]"), c.expect(Denied.class, WAIT));
        // The second handler has its own guard with its own reply.
        assertEquals(new Denied("admin-own"), c.expect(Denied.class, WAIT));
        assertAlive(c, 1);
        c.send(new Login("ann"));
        c.send(new Secret(6));
        assertTrue(c.expect(LoginOk.class, WAIT).sessionId() > 0);
        assertEquals(new SecretReply(6), c.expect(SecretReply.class, WAIT));
        assertEquals(new Denied("admin-own"), c.expect(Denied.class, WAIT));
        assertEquals(3, server.metrics().guardRejections());
    }

    @Test
    void handlerErrorRepliesAndTheConnectionLives() {
        EncoreClient c = client();
        c.send(new Boom(7));
        assertEquals(new Failed("boom 7"), c.expect(Failed.class, WAIT));
        assertAlive(c, 1);
        assertEquals(1, server.metrics().handlerErrors());
    }

    @Test
    void severalHandlersReplyInRegistrationOrder() {
        EncoreClient c = client();
        c.send(Multi.INSTANCE);
        assertEquals(new Note("first"), c.expect(Note.class, WAIT));
        assertEquals(new Note("second-a"), c.expect(Note.class, WAIT));
        assertEquals(new Note("second-b"), c.expect(Note.class, WAIT));
    }

    @Test
    void unroutedUnknownAndMalformedFramesAreDroppedAndTheConnectionLives() {
        EncoreClient c = client();
        c.send(new Orphan(1));
        c.sendRaw(new byte[] {6, 0, 0x34, 0x12, 1, 2}); // unknown opcode 0x1234
        c.sendRaw(new byte[] {8, 0, 0x10, 0, 1, 0, 0, 0}); // Ping cut short
        c.sendRaw(new byte[] {0, 0, 2, 0, 2, 0}); // lengths 0, 2, 2
        assertAlive(c, 3);
        assertNull(c.receive(Duration.ofMillis(200)));
        EncoreMetrics m = server.metrics();
        assertEquals(1, m.unknownOpcodes());
        assertEquals(1, m.decodeErrors());
        assertEquals(7, m.framesIn()); // orphan, unknown, short, 0, 2, 2, ping
    }

    @Test
    void oversizedRepliesAreRefusedAndTheConnectionLives() {
        EncoreClient c = client();
        c.send(new Blob(-1, true, new byte[0]));
        c.send(new Blob(-2, true, new byte[0]));
        Note n = c.expect(Note.class, WAIT);
        assertTrue(n.text().startsWith("refused: Blob: payload of 40007 bytes"), n.text());
        assertAlive(c, 1);
        c.send(new Blob(5, false, new byte[] {1, 2, 3}));
        assertEquals(new Blob(5, false, new byte[] {1, 2, 3}), c.expect(Blob.class, WAIT));
    }

    @Test
    void perSessionOrderUnderConcurrencyFromManyClients() throws Exception {
        int clientCount = 20;
        int perClient = 300;
        List<EncoreClient> list = new ArrayList<>();
        for (int i = 0; i < clientCount; i++) {
            list.add(client());
        }
        ExecutorService pool = Executors.newFixedThreadPool(clientCount);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < clientCount; i++) {
                EncoreClient c = list.get(i);
                int id = i;
                done.add(pool.submit(() -> {
                    for (int seq = 0; seq < perClient; seq++) {
                        c.send(new Ping(id, seq));
                    }
                    for (int seq = 0; seq < perClient; seq++) {
                        assertEquals(new Pong(id, seq), c.expect(Pong.class, WAIT));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, game.overlaps.get(), "two handlers of one session ran at once");
        assertTrue(server.metrics().framesOut() >= (long) clientCount * perClient);
    }

    @Test
    void sessionCloseSendsWhatIsQueuedThenCloses() throws Exception {
        EncoreClient c = client();
        c.send(new Login("bye"));
        assertEquals(new Note("bye"), c.expect(Note.class, WAIT));
        assertTrue(c.channel().closeFuture().await(10, TimeUnit.SECONDS));
        assertFalse(c.isConnected());
        EncoreClient other = client();
        assertAlive(other, 9);
    }
}
