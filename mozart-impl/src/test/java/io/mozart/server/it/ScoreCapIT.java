package io.mozart.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mozart.api.storage.UserProfile;
import io.mozart.client.Bot;
import io.mozart.server.protocol.playing.ScoreCompletedNotice;
import io.mozart.server.protocol.playing.SubmitScoreRequest;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 anti-cheat: a score above the chart's maximum (spec 04 §6.3: 147,310 for 500 notes) is clamped, so a
 * forged 4,294,967,295 pays what a perfect play pays and never becomes a best score.
 */
class ScoreCapIT {

    @Test
    void aForgedScoreIsClampedToTheChartMaximum() {
        try (TestServer server = GameIT.server(b -> {})) {
            try (GameIT.Table t = GameIT.table(server, "cheat", 1)) {
                GameIT.startAndLoad(t);
                Bot m = t.master();
                m.submit(new SubmitScoreRequest(480, 20, 0, 0, 500, 0, 19, 0xFFFF_FFFFL, 100, 1, 0));
                ScoreCompletedNotice results = m.await(ScoreCompletedNotice.class);
                assertEquals(147_310L, results.entries().get(0).score());
                // Level 1, r = 1: base 87, +25 clear, +25 no bad/miss = 137, × gem rate 1.5 = 205 (not 14,930).
                assertEquals(205, results.entries().get(0).reward());
                m.exitPlaying();
            }
            UserProfile p =
                    server.storage().characters().findByUsername("cheat0").orElseThrow();
            assertEquals(
                    205, server.storage().wallets().find(p.id()).orElseThrow().gem());
            assertEquals(
                    147_310L,
                    server.storage().scores().find(p.id(), 1, 0).orElseThrow().score());
        }
    }

    @Test
    void aScoreAtTheMaximumIsKept() {
        try (TestServer server = GameIT.server(b -> {})) {
            try (GameIT.Table t = GameIT.table(server, "ace", 1)) {
                GameIT.startAndLoad(t);
                t.master().submit(new SubmitScoreRequest(500, 0, 0, 0, 500, 0, 19, 147_310L, 100, 1, 0));
                assertEquals(
                        147_310L,
                        t.master()
                                .await(ScoreCompletedNotice.class)
                                .entries()
                                .get(0)
                                .score());
                t.master().exitPlaying();
            }
            UserProfile p = server.storage().characters().findByUsername("ace0").orElseThrow();
            assertEquals(
                    147_310L,
                    server.storage().scores().find(p.id(), 1, 0).orElseThrow().score());
        }
    }
}
