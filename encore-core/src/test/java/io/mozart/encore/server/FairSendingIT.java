package io.mozart.encore.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.encore.client.EncoreClient;
import io.mozart.encore.session.Session;
import io.mozart.encore.testproto.TestProtocol;
import io.mozart.encore.testproto.TestProtocol.Blob;
import io.mozart.encore.testproto.TestProtocol.Ping;
import io.mozart.encore.testproto.TestProtocol.Pong;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A client that stops reading must not delay anyone else; its droppable packets are dropped and its reliable
 * packets arrive complete and in order once it reads again.
 */
class FairSendingIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void aStalledReaderDoesNotDelayOthersAndLosesOnlyDroppablePackets() throws Exception {
        int fastCount = 100;
        int rounds = 40;
        int perRound = 20; // 19 droppable + 1 reliable
        byte[] pad = new byte[200];
        TestGame game = new TestGame();
        EncoreOptions options = EncoreOptions.builder()
                .gameThreads(2)
                .ioThreads(2)
                .dropThreshold(250)
                .sendBufferSize(4096)
                .writeBufferWaterMarks(2048, 8192)
                .build();
        List<EncoreClient> fast = new ArrayList<>();
        try (EncoreServer server = game.server(options).start()) {
            EncoreClient slow = EncoreClient.builder()
                    .registry(TestProtocol.REGISTRY)
                    .receiveBufferSize(4096)
                    .connect("127.0.0.1", server.port());
            try {
                slow.send(new Ping(-1, 0));
                slow.expect(Pong.class, WAIT);
                slow.pauseReading();
                for (int i = 0; i < fastCount; i++) {
                    EncoreClient c = EncoreClient.connect("127.0.0.1", server.port(), TestProtocol.REGISTRY);
                    fast.add(c);
                    c.send(new Ping(i, 0));
                    c.expect(Pong.class, WAIT);
                }
                List<Session> everyone = List.copyOf(server.sessions());
                assertEquals(fastCount + 1, everyone.size());

                int seq = 0;
                for (int r = 0; r < rounds; r++) {
                    int first = seq;
                    for (int k = 0; k < perRound; k++, seq++) {
                        boolean reliable = k == perRound - 1;
                        Blob b = new Blob(seq, reliable, pad);
                        if (reliable) {
                            assertEquals(fastCount + 1, server.broadcast(everyone, b));
                        } else {
                            server.broadcastDroppable(everyone, b);
                        }
                    }
                    // Every fast client gets every packet of the round, in order, while the slow one sleeps.
                    for (EncoreClient c : fast) {
                        for (int s = first; s < seq; s++) {
                            assertEquals(s, c.expect(Blob.class, WAIT).seq());
                        }
                    }
                }
                int total = seq;
                long dropped = server.metrics().droppedPackets();
                assertTrue(dropped > 0, "the stalled reader's queue should have passed the drop threshold");
                assertTrue(slow.isConnected());

                slow.resumeReading();
                List<Integer> reliableSeen = new ArrayList<>();
                int droppableSeen = 0;
                int last = -1;
                Object o;
                while ((o = slow.receive(Duration.ofSeconds(2))) != null) {
                    Blob b = (Blob) o;
                    assertTrue(b.seq() > last, "out of order: " + b.seq() + " after " + last);
                    last = b.seq();
                    if (b.reliable()) {
                        reliableSeen.add(b.seq());
                    } else {
                        droppableSeen++;
                    }
                }
                List<Integer> reliableSent = new ArrayList<>();
                for (int r = 0; r < rounds; r++) {
                    reliableSent.add(r * perRound + perRound - 1);
                }
                assertEquals(reliableSent, reliableSeen, "every reliable packet, complete and in order");
                int droppableSent = total - rounds;
                assertEquals(
                        droppableSent - droppableSeen,
                        dropped,
                        "only the stalled reader lost packets, and exactly the ones counted");
                assertTrue(slow.decodeErrors().isEmpty(), slow.decodeErrors().toString());
                // Everyone is still fine.
                for (EncoreClient c : fast) {
                    assertTrue(c.receive(Duration.ZERO) == null);
                }
                slow.send(new Ping(-1, 1));
                assertEquals(new Pong(-1, 1), slow.expect(Pong.class, WAIT));
            } finally {
                slow.close();
            }
        } finally {
            fast.forEach(EncoreClient::close);
        }
    }
}
