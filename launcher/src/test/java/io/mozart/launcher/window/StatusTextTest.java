package io.mozart.launcher.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mozart.api.ServerStatus;
import io.mozart.launcher.RunningServer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The window's status lines, without a display. */
class StatusTextTest {

    @Test
    void summaryCountsChannelsPlayersAndConnectionsWithPlurals() {
        final ServerStatus one =
                new ServerStatus("127.0.0.1", 15010, 1, List.of(new ServerStatus.Channel(0, 100, 1, 1)));
        assertEquals("1 channel · 1 player online · 1 connection", StatusText.summary(one));
        final ServerStatus many = new ServerStatus(
                "127.0.0.1",
                15010,
                5,
                List.of(new ServerStatus.Channel(0, 100, 3, 2), new ServerStatus.Channel(1, 50, 0, 0)));
        assertEquals("2 channels · 3 players online · 5 connections", StatusText.summary(many));
        assertEquals(
                List.of("Channel 0: 3 / 100 players, 2 rooms", "Channel 1: 0 / 50 players, 0 rooms"),
                StatusText.channels(many));
    }

    @Test
    void catalogueAndJoinLines() {
        final ServerStatus status = new ServerStatus(
                "127.0.0.1",
                15010,
                0,
                List.of(new ServerStatus.Channel(0, 100, 0, 0), new ServerStatus.Channel(1, 50, 0, 0)));
        assertEquals(
                List.of(
                        "Channel 0: 0 / 100 players, 0 rooms · 1 song, 0 items, 2 albums",
                        "Channel 1: 0 / 50 players, 0 rooms"),
                StatusText.channels(status, java.util.Map.of(0, new ServerControl.Catalogue(1, 0, 2))));
        assertEquals("Only this computer can join (127.0.0.1).", StatusText.join(false, List.of("x")));
        assertEquals(
                "Friends on your network join at: 192.168.1.20:15010   10.0.0.5:15010",
                StatusText.join(true, List.of("192.168.1.20:15010", "10.0.0.5:15010")));
        assertEquals(
                "Friends can join, but this computer has no network address right now.",
                StatusText.join(true, List.of()));
    }

    @Test
    void aFreshServerReportsItsChannelAndNobodyOnline() {
        try (RunningServer control = WindowTestServer.start()) {
            final ServerStatus s = control.status();
            assertEquals(
                    "Game server listening on 127.0.0.1:" + control.server().port(),
                    StatusText.endpoint(control.endpoint()));
            assertEquals(
                    s.channels().size() + (s.channels().size() == 1 ? " channel" : " channels")
                            + " · 0 players online · 0 connections",
                    StatusText.summary(s));
            assertEquals(s.channels().size(), StatusText.channels(s).size());
        }
    }

    @Test
    void failuresAreShownByMessageOrByType() {
        assertEquals("Status unavailable: closed", StatusText.unavailable(new IllegalStateException("closed")));
        assertEquals("NullPointerException", StatusText.message(new NullPointerException()));
    }
}
