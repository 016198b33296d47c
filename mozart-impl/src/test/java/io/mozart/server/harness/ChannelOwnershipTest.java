package io.mozart.server.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.api.ChannelOptions;
import io.mozart.api.event.ChannelJoined;
import io.mozart.api.event.ChannelLeft;
import io.mozart.api.event.RoomCreated;
import io.mozart.api.event.RoomRemoved;
import io.mozart.server.game.Channel;
import io.mozart.server.game.Held;
import io.mozart.server.game.Player;
import io.mozart.server.game.Room;
import io.mozart.server.game.World;
import io.mozart.server.protocol.lobby.CreateRoomRequest;
import io.mozart.server.protocol.lobby.CreateRoomResponse;
import io.mozart.server.protocol.waiting.ExitWaitingRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A channel owns its rooms: changes need its {@code Held}, events come after release, indexes follow the players. */
class ChannelOwnershipTest {

    private static GameHarness twoChannels() {
        return GameHarness.start(b -> b.channels(ChannelOptions.of(0), ChannelOptions.of(1)));
    }

    @Test
    void eventsOfAChannelArriveAfterItIsReleasedAndInOrder() {
        try (GameHarness h = twoChannels()) {
            World world = h.world();
            List<String> seen = new ArrayList<>();
            h.events().on(ChannelJoined.class, e -> {
                assertNoChannelHeld(world);
                seen.add("joined " + e.nickname() + " " + e.channelId());
            });
            h.events().on(RoomCreated.class, e -> {
                assertNoChannelHeld(world);
                seen.add("created " + e.roomNumber() + " " + e.channelId());
            });
            h.events().on(RoomRemoved.class, e -> {
                assertNoChannelHeld(world);
                seen.add("removed " + e.roomNumber() + " " + e.channelId());
            });
            h.events().on(ChannelLeft.class, e -> {
                assertNoChannelHeld(world);
                seen.add("left " + e.nickname() + " " + e.channelId());
            });
            RecordingSession alice = h.login("alice", 1);
            h.send(alice, new CreateRoomRequest("mine", 1, false, "", 0, 0, false));
            assertEquals(
                    CreateRoomResponse.SUCCESS,
                    alice.takeOne(CreateRoomResponse.class).result());
            h.send(alice, new ExitWaitingRequest(0));
            h.disconnect(alice);
            assertEquals(List.of("joined alice 1", "created 0 1", "removed 0 1", "left alice 1"), seen);
        }
    }

    @Test
    void aChangeNeedsTheHoldOfItsOwnChannelWhileItLasts() {
        try (GameHarness h = twoChannels()) {
            World world = h.world();
            RecordingSession alice = h.login("alice", 1);
            h.send(alice, new CreateRoomRequest("mine", 1, false, "", 0, 0, false));
            alice.take();
            Channel one = world.channel(1);
            Channel zero = world.channel(0);
            Room room = one.call(held -> one.room(0));
            String before = room.title();

            IllegalStateException other =
                    assertThrows(IllegalStateException.class, () -> zero.run(held -> room.title(held, "stolen")));
            assertTrue(other.getMessage().contains("without holding it"), other.getMessage());

            Held kept = one.call(held -> held);
            assertThrows(IllegalStateException.class, () -> room.title(kept, "late"), "a hold kept past its work");
            assertThrows(IllegalStateException.class, () -> room.slot(0).ready(kept, false));
            assertEquals(before, one.call(held -> room.title()));

            one.run(held -> room.title(held, "renamed"));
            assertEquals("renamed", room.title());
        }
    }

    @Test
    void theServerWideIndexesFollowPlayersInAndOutOfChannels() {
        try (GameHarness h = twoChannels()) {
            World world = h.world();
            RecordingSession alice = h.login("alice", 0);
            RecordingSession bob = h.login("bob", 1);
            Player a = alice.get(Player.KEY);
            assertEquals(2, world.playersInChannels().size());
            assertSame(a, world.findInChannelsByToken(a.identity().token().toUpperCase(java.util.Locale.ROOT)));
            assertEquals(List.of(a), world.playersNamed("alice"));
            assertEquals(1, world.channel(0).population());
            assertEquals(1, world.channel(1).population());

            h.disconnect(alice);
            assertNull(world.findInChannelsByToken(a.identity().token()));
            assertEquals(List.of(bob.get(Player.KEY)), world.playersInChannels());
            assertEquals(0, world.channel(0).population());
        }
    }

    private static void assertNoChannelHeld(World world) {
        for (Channel c : world.channels()) {
            assertFalse(c.isHeldByCurrentThread(), c + " is held while a listener runs");
        }
    }
}
