package io.mozart.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The channels scenario runs end to end on a tiny scale: real sockets, a server on an ephemeral port. */
class ChannelScenarioIT {

    @Test
    void twoChannelsOfFivePlayersDeliverStatsAndChat() throws Exception {
        // 2 channels x 5 players: a room of 4 and a room of 1 in each; 1 s measured after 1 s of warm-up.
        ChannelScenario.Result r = ChannelScenario.run(new ChannelScenario.Settings(2, 5, 4, 10, 1, 1, 4, "memory"));

        assertTrue(r.statsSent() > 0, "stats sent");
        assertTrue(r.statsDelivered() > 0, "stats relays delivered");
        assertTrue(r.statsDelivered() <= r.statsExpected(), "no relay counted twice");
        assertEquals(r.statsDelivered(), r.statsLatency().count(), "every delivered relay timed");
        assertTrue(r.chatLines() > 0, "chat lines sent");
        assertTrue(r.chatDelivered() > 0, "chat frames delivered");
        assertTrue(r.chatDelivered() <= r.chatExpected(), "no chat frame counted twice");
    }
}
