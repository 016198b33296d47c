package io.mozart.launcher.window;

import io.mozart.api.ServerStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the window writes about the server's state; plain functions, so they are tested without a display. */
final class StatusText {

    private StatusText() {}

    /**
     * @param endpoint {@link ServerControl#endpoint()}
     * @return the address line
     */
    static String endpoint(String endpoint) {
        return "Game server listening on " + endpoint;
    }

    /**
     * @param status a snapshot
     * @return e.g. {@code "1 channel · 3 players online · 4 connections"}
     */
    static String summary(ServerStatus status) {
        return count(status.channels().size(), "channel", "channels") + " · "
                + count(status.playersInChannels(), "player", "players") + " online · "
                + count(status.connections(), "connection", "connections");
    }

    /**
     * @param status a snapshot
     * @return one line per channel, e.g. {@code "Channel 1: 3 / 100 players, 1 room"}
     */
    static List<String> channels(ServerStatus status) {
        final List<String> lines = new ArrayList<>(status.channels().size());
        for (final ServerStatus.Channel c : status.channels()) {
            lines.add("Channel " + c.id() + ": " + c.population() + " / " + c.capacity() + " players, "
                    + count(c.rooms(), "room", "rooms"));
        }
        return lines;
    }

    /**
     * @param status     a snapshot
     * @param catalogues songs, items and albums loaded, by channel id
     * @return one line per channel with its catalogue, e.g.
     *         {@code "Channel 1: 3 / 100 players, 1 room · 120 songs, 800 items, 2 albums"}
     */
    static List<String> channels(ServerStatus status, Map<Integer, ServerControl.Catalogue> catalogues) {
        final List<String> lines = new ArrayList<>(status.channels().size());
        for (final ServerStatus.Channel c : status.channels()) {
            final ServerControl.Catalogue k = catalogues.get(c.id());
            lines.add("Channel " + c.id() + ": " + c.population() + " / " + c.capacity() + " players, "
                    + count(c.rooms(), "room", "rooms") + (k == null ? "" : " · " + catalogue(k)));
        }
        return lines;
    }

    /**
     * @param k a channel's catalogue
     * @return e.g. {@code "120 songs, 800 items, 2 albums"}
     */
    static String catalogue(ServerControl.Catalogue k) {
        return count(k.songs(), "song", "songs") + ", " + count(k.items(), "item", "items") + ", "
                + count(k.albums(), "album", "albums");
    }

    /**
     * @param lan       whether the server listens on every interface
     * @param addresses {@link ServerControl#joinAddresses()}
     * @return what the window says about who may join
     */
    static String join(boolean lan, List<String> addresses) {
        if (!lan) {
            return "Only this computer can join (127.0.0.1).";
        }
        if (addresses.isEmpty()) {
            return "Friends can join, but this computer has no network address right now.";
        }
        return "Friends on your network join at: " + String.join("   ", addresses);
    }

    /**
     * @param failure why {@link ServerControl#status()} failed
     * @return the summary line shown instead
     */
    static String unavailable(RuntimeException failure) {
        return "Status unavailable: " + message(failure);
    }

    /**
     * @param failure an exception
     * @return its message, or its class name when it has none
     */
    static String message(Throwable failure) {
        final String m = failure.getMessage();
        return m == null || m.isBlank() ? failure.getClass().getSimpleName() : m;
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
