package io.mozart.server.it;

import static io.mozart.server.it.Economy.BAG_TICKET;
import static io.mozart.server.it.Economy.FACE;
import static io.mozart.server.it.Economy.HAIR;
import static io.mozart.server.it.Economy.HAIR_2;
import static io.mozart.server.it.Economy.JACKET;
import static io.mozart.server.it.Economy.NAME_TICKET;
import static io.mozart.server.it.Economy.PENALTY_TICKET;
import static io.mozart.server.it.Economy.SKILL;
import static io.mozart.server.it.Economy.TYPE_FACE;
import static io.mozart.server.it.Economy.TYPE_HAIR;
import static io.mozart.server.it.Economy.UNKNOWN;
import static io.mozart.server.it.Economy.loadout;
import static io.mozart.server.it.Economy.put;
import static io.mozart.server.it.Economy.userId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.api.storage.Loadout;
import io.mozart.api.storage.Penalty;
import io.mozart.client.Bot;
import io.mozart.server.protocol.common.AttributiveItemEntry;
import io.mozart.server.protocol.lobby.CharacterInfoResponse;
import io.mozart.server.protocol.myroom.BagExpansionRequest;
import io.mozart.server.protocol.myroom.BagExpansionResponse;
import io.mozart.server.protocol.myroom.BagRefreshResponse;
import io.mozart.server.protocol.myroom.ChangeNameRequest;
import io.mozart.server.protocol.myroom.ChangeNameResponse;
import io.mozart.server.protocol.myroom.CheckNameRequest;
import io.mozart.server.protocol.myroom.CheckNameResponse;
import io.mozart.server.protocol.myroom.ClaimGiftRequest;
import io.mozart.server.protocol.myroom.ClaimGiftResponse;
import io.mozart.server.protocol.myroom.ClaimGiftResult;
import io.mozart.server.protocol.myroom.EquipItemRequest;
import io.mozart.server.protocol.myroom.EquipItemResponse;
import io.mozart.server.protocol.myroom.EquipmentInfo;
import io.mozart.server.protocol.myroom.PenaltyResetRequest;
import io.mozart.server.protocol.myroom.PenaltyResetResponse;
import io.mozart.server.protocol.shop.SyncItemPurchaseRequest;
import io.mozart.server.protocol.shop.SyncPurchaseResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** My Room over real sockets against a real SQLite file (spec 05 §6). */
class MyRoomIT {

    private static EquipItemResponse equip(Bot bot, int itemType, int slot) {
        bot.send(new EquipItemRequest(itemType, slot));
        return bot.expect(EquipItemResponse.class);
    }

    private static ClaimGiftResult claim(Bot bot, int type, int giftId, int resourceId) {
        bot.send(new ClaimGiftRequest(type, giftId, resourceId, false));
        ClaimGiftResponse r = bot.expect(ClaimGiftResponse.class);
        assertFalse(r.invalid());
        return r.resultType();
    }

    private static ChangeNameResponse changeName(Bot bot, String name, int slot, int itemId) {
        bot.send(new ChangeNameRequest(name, slot, itemId));
        return bot.expect(ChangeNameResponse.class);
    }

    private static boolean taken(Bot bot, String name) {
        bot.send(new CheckNameRequest(name));
        CheckNameResponse r = bot.expect(CheckNameResponse.class);
        assertEquals(name, r.name(), "the request is echoed");
        return r.exists();
    }

    /** Every item id of equipment and bag, sorted, zeros left out: what must never be lost or duplicated. */
    private static List<Integer> items(Loadout l) {
        List<Integer> ids = new ArrayList<>();
        for (short s : l.equipment()) {
            if (s != 0) {
                ids.add((int) s);
            }
        }
        for (short s : l.bag()) {
            if (s != 0) {
                ids.add((int) s);
            }
        }
        Collections.sort(ids);
        return ids;
    }

    @Test
    void equipUnequipAndSwapNeverLoseOrDuplicateAnItem() {
        try (TestServer server = Economy.server()) {
            try (Bot bot = server.lobbyBot("dress")) {
                put(server, "dress", 3, HAIR, 0);
                put(server, "dress", 5, HAIR_2, 0);
                List<Integer> before = items(loadout(server, "dress"));
                assertEquals(
                        EquipItemResponse.accepted(new EquipmentInfo(TYPE_HAIR, HAIR, 3, 0)), equip(bot, TYPE_HAIR, 3));
                assertEquals(HAIR, loadout(server, "dress").equipped(TYPE_HAIR));
                assertEquals(0, loadout(server, "dress").bagSlot(3));
                // Swap with the other hair: the equipped one lands in its bag slot.
                assertEquals(
                        EquipItemResponse.accepted(new EquipmentInfo(TYPE_HAIR, HAIR_2, 5, HAIR)),
                        equip(bot, TYPE_HAIR, 5));
                // Unequip into an empty slot.
                assertEquals(
                        EquipItemResponse.accepted(new EquipmentInfo(TYPE_HAIR, 0, 9, HAIR_2)),
                        equip(bot, TYPE_HAIR, 9));
                // Both sides empty: a no-op that succeeds.
                assertEquals(
                        EquipItemResponse.accepted(new EquipmentInfo(TYPE_HAIR, 0, 10, 0)), equip(bot, TYPE_HAIR, 10));
                // The starter face (35) comes off and goes back on.
                assertEquals(
                        EquipItemResponse.accepted(new EquipmentInfo(TYPE_FACE, 0, 0, FACE)), equip(bot, TYPE_FACE, 0));
                assertEquals(
                        EquipItemResponse.accepted(new EquipmentInfo(TYPE_FACE, FACE, 0, 0)), equip(bot, TYPE_FACE, 0));
                assertEquals(
                        EquipItemResponse.accepted(new EquipmentInfo(TYPE_HAIR, HAIR, 5, 0)), equip(bot, TYPE_HAIR, 5));
                assertEquals(before, items(loadout(server, "dress")));
            }
            try (Bot again = Economy.reconnect(server, "dress")) {
                CharacterInfoResponse info = again.characterInfo().info();
                assertEquals(HAIR, info.equipment().get(TYPE_HAIR));
                assertEquals(FACE, info.equipment().get(TYPE_FACE));
                assertEquals(HAIR_2, info.inventory().get(9));
                assertEquals(0, info.inventory().get(5));
            }
        }
    }

    @Test
    void refusedEquipsChangeNothing() {
        try (TestServer server = Economy.server();
                Bot bot = server.lobbyBot("nodress")) {
            put(server, "nodress", 0, JACKET, 0);
            put(server, "nodress", 1, NAME_TICKET, 0);
            put(server, "nodress", 2, SKILL, 5);
            Loadout before = loadout(server, "nodress");
            for (int[] bad : new int[][] {
                {TYPE_HAIR, -1}, {TYPE_HAIR, 30}, {17, 0}, {-1, 0}, {16, 0}, {TYPE_HAIR, 0}, {TYPE_HAIR, 1}, {0, 2}
            }) {
                assertEquals(
                        EquipItemResponse.rejected(), equip(bot, bad[0], bad[1]), "type " + bad[0] + " slot " + bad[1]);
            }
            assertEquals(before, loadout(server, "nodress"), "no jacket on the head, no ticket or skill worn");
        }
    }

    @Test
    void equippingKeepsTheStackCountOfTheItem() {
        try (TestServer server = Economy.server();
                Bot bot = server.lobbyBot("counts")) {
            // An item the table does not know is not checked against the slot (as the reference does).
            put(server, "counts", 0, UNKNOWN, 4);
            assertEquals(EquipItemResponse.accepted(new EquipmentInfo(2, UNKNOWN, 0, 0)), equip(bot, 2, 0));
            assertEquals(EquipItemResponse.accepted(new EquipmentInfo(2, 0, 1, UNKNOWN)), equip(bot, 2, 1));
            assertEquals(
                    List.of(new AttributiveItemEntry(UNKNOWN, 4)),
                    Economy.refreshBag(bot).attributiveItems());
        }
    }

    @Test
    void aFullBagRefusesAGiftAndKeepsIt() {
        try (TestServer server = Economy.server();
                Bot bot = server.lobbyBot("full")) {
            int id = userId(server, "full");
            for (int slot = 0; slot < 30; slot++) {
                put(server, "full", slot, HAIR_2, 0);
            }
            int gift = server.storage().gifts().giveItem(id, HAIR, 0, "santa").id();
            assertEquals(ClaimGiftResult.UNKNOWN_ERROR, claim(bot, 0, gift, HAIR));
            assertEquals(1, server.storage().gifts().itemGifts(id).size(), "the gift is not consumed");
            // Equipping works with a full bag; moving a hair onto the empty hair slot frees bag slot 0.
            assertEquals(
                    EquipItemResponse.accepted(new EquipmentInfo(TYPE_HAIR, HAIR_2, 0, 0)), equip(bot, TYPE_HAIR, 0));
            assertEquals(ClaimGiftResult.SUCCESS, claim(bot, 0, gift, HAIR));
            assertEquals(HAIR, loadout(server, "full").bagSlot(0));
            assertTrue(server.storage().gifts().itemGifts(id).isEmpty());
        }
    }

    @Test
    void aClaimWhoseGiftRemovalFailsRollsBackTheBagAndTheSongList() {
        AtomicBoolean failGifts = new AtomicBoolean(true);
        try (TestServer server =
                        TestServer.start(b -> {}, Economy.METADATA, s -> FailingStorage.failingGifts(s, failGifts));
                Bot bot = server.lobbyBot("rollback")) {
            int id = userId(server, "rollback");
            int item = server.storage().gifts().giveItem(id, HAIR, 0, "santa").id();
            int song = server.storage().gifts().giveMusic(id, 2, 0, "elf").id();
            // E11: the bag slot and the acquired song written before the failing removal are rolled back.
            assertEquals(ClaimGiftResult.UNKNOWN_ERROR, claim(bot, 0, item, HAIR));
            assertEquals(ClaimGiftResult.UNKNOWN_ERROR, claim(bot, 1, song, 2));
            assertEquals(0, loadout(server, "rollback").bagSlot(0));
            assertEquals(List.of(), server.storage().music().list(id));
            // The cached profile still shows both gifts (the reference's cache lost a failed gift).
            CharacterInfoResponse info = bot.characterInfo().info();
            assertEquals(1, info.itemGiftBox().size());
            assertEquals(1, info.musicGiftBox().size());
            failGifts.set(false);
            assertEquals(ClaimGiftResult.SUCCESS, claim(bot, 0, item, HAIR));
            assertEquals(ClaimGiftResult.SUCCESS, claim(bot, 1, song, 2));
            assertEquals(HAIR, loadout(server, "rollback").bagSlot(0));
            assertEquals(List.of(2), server.storage().music().list(id));
            assertEquals(0, bot.characterInfo().info().itemGiftBox().size());
        }
    }

    @Test
    void claimingGifts() {
        try (TestServer server = Economy.server();
                Bot other = server.lobbyBot("other")) {
            try (Bot bot = server.lobbyBot("lucky")) {
                int id = userId(server, "lucky");
                put(server, "lucky", 0, HAIR_2, 0);
                int hair =
                        server.storage().gifts().giveItem(id, HAIR, 7, "santa").id();
                assertEquals(ClaimGiftResult.UNKNOWN_ERROR, claim(bot, 0, hair, HAIR_2), "wrong item id");
                assertEquals(ClaimGiftResult.UNKNOWN_ERROR, claim(other, 0, hair, HAIR), "not the receiver's");
                assertEquals(ClaimGiftResult.SUCCESS, claim(bot, 0, hair, HAIR));
                assertEquals(HAIR, loadout(server, "lucky").bagSlot(1), "first empty slot");
                assertEquals(ClaimGiftResult.UNKNOWN_ERROR, claim(bot, 0, hair, HAIR), "a resent claim");
                // A stackable item gets the item's quantity; a second one stacks onto the same slot (E7).
                int s1 =
                        server.storage().gifts().giveItem(id, SKILL, 7, "santa").id();
                int s2 =
                        server.storage().gifts().giveItem(id, SKILL, 7, "santa").id();
                assertEquals(ClaimGiftResult.SUCCESS, claim(bot, 0, s1, SKILL));
                assertEquals(ClaimGiftResult.SUCCESS, claim(bot, 0, s2, SKILL));
                BagRefreshResponse bag = Economy.refreshBag(bot);
                assertEquals(SKILL, bag.bag().get(2));
                assertEquals(0, bag.bag().get(3));
                assertEquals(List.of(new AttributiveItemEntry(SKILL, 10)), bag.attributiveItems());
                // Unknown item: the reference drops the request, Mozart answers with the failure.
                int unknown = server.storage()
                        .gifts()
                        .giveItem(id, UNKNOWN, 7, "santa")
                        .id();
                assertEquals(ClaimGiftResult.UNKNOWN_ERROR, claim(bot, 0, unknown, UNKNOWN));
                // Music: a player owns many songs; a song already owned is refused and the gift kept.
                int m1 = server.storage().gifts().giveMusic(id, 2, 7, "elf").id();
                int m2 = server.storage().gifts().giveMusic(id, 3, 7, "elf").id();
                int m3 = server.storage().gifts().giveMusic(id, 3, 7, "elf").id();
                assertEquals(ClaimGiftResult.SUCCESS, claim(bot, 1, m1, 2));
                assertEquals(ClaimGiftResult.SUCCESS, claim(bot, 5, m2, 3), "any type but 0 is music");
                assertEquals(ClaimGiftResult.UNKNOWN_ERROR, claim(bot, 1, m3, 3));
                assertEquals(List.of(2, 3), server.storage().music().list(id));
                assertEquals(1, server.storage().gifts().musicGifts(id).size());
            }
            try (Bot again = Economy.reconnect(server, "lucky")) {
                CharacterInfoResponse info = again.characterInfo().info();
                assertEquals(1, info.itemGiftBox().size(), "only the unknown item's gift is left");
                assertEquals(1, info.musicGiftBox().size());
                assertEquals(List.of(new AttributiveItemEntry(SKILL, 10)), info.attributiveItems());
            }
        }
    }

    @Test
    void nameChecksAndChanges() {
        try (TestServer server = Economy.server();
                Bot holder = server.lobbyBot("Taken");
                Bot bot = server.lobbyBot("renamer")) {
            put(server, "renamer", 2, NAME_TICKET, 0);
            put(server, "renamer", 3, HAIR, 0);
            assertTrue(taken(bot, "Taken"));
            assertTrue(taken(bot, "tAKEN"), "case-insensitive");
            assertTrue(taken(bot, " taken "), "trimmed");
            assertFalse(taken(bot, "T_ken"), "no LIKE wildcards");
            assertFalse(taken(bot, "%"));
            assertFalse(taken(bot, "Newbie"));
            assertTrue(taken(bot, "x".repeat(21)), "a name ChangeName would refuse reads as taken");
            assertTrue(taken(bot, ""));
            assertEquals(ChangeNameResponse.rejected(), changeName(bot, "TAKEN", 2, NAME_TICKET), "clash");
            assertEquals(ChangeNameResponse.rejected(), changeName(bot, "x".repeat(21), 2, NAME_TICKET));
            assertEquals(ChangeNameResponse.rejected(), changeName(bot, "   ", 2, NAME_TICKET));
            assertEquals(ChangeNameResponse.rejected(), changeName(bot, "bad\u0007", 2, NAME_TICKET));
            assertEquals(ChangeNameResponse.rejected(), changeName(bot, "Newbie", 3, NAME_TICKET), "mismatch");
            assertEquals(ChangeNameResponse.rejected(), changeName(bot, "Newbie", 3, HAIR), "not a ticket");
            assertEquals(ChangeNameResponse.rejected(), changeName(bot, "Newbie", 30, NAME_TICKET));
            assertEquals(NAME_TICKET, loadout(server, "renamer").bagSlot(2), "no refusal used the ticket");
            assertEquals(ChangeNameResponse.accepted("Newbie"), changeName(bot, "  Newbie ", 2, NAME_TICKET));
            assertEquals(
                    "Newbie",
                    server.storage()
                            .characters()
                            .findByUsername("renamer")
                            .orElseThrow()
                            .nickname());
            assertEquals(0, loadout(server, "renamer").bagSlot(2), "the ticket is used up");
            assertEquals("Newbie", bot.characterInfo().info().nickname(), "the cached profile was refreshed");
            assertTrue(taken(holder, "newbie"));
            assertEquals(ChangeNameResponse.rejected(), changeName(bot, "Newbie", 2, NAME_TICKET), "resent");
        }
    }

    @Test
    void aResentNameChangeDoesNotUseASecondTicket() {
        try (TestServer server = Economy.server();
                Bot bot = server.lobbyBot("twotickets")) {
            put(server, "twotickets", 0, NAME_TICKET, 2);
            assertEquals(ChangeNameResponse.accepted("Again"), changeName(bot, "Again", 0, NAME_TICKET));
            assertEquals(ChangeNameResponse.accepted("Again"), changeName(bot, "Again", 0, NAME_TICKET));
            assertEquals(
                    List.of(new AttributiveItemEntry(NAME_TICKET, 1)),
                    Economy.refreshBag(bot).attributiveItems());
            assertEquals(ChangeNameResponse.accepted("Later"), changeName(bot, "Later", 0, NAME_TICKET));
            assertEquals(0, loadout(server, "twotickets").bagSlot(0));
        }
    }

    @Test
    void penaltyReset() {
        try (TestServer server = Economy.server();
                Bot bot = server.lobbyBot("bad")) {
            int id = userId(server, "bad");
            bot.send(PenaltyResetRequest.INSTANCE);
            assertEquals(new PenaltyResetResponse(true), bot.expect(PenaltyResetResponse.class), "no item");
            put(server, "bad", 1, HAIR, 0);
            put(server, "bad", 4, PENALTY_TICKET, 0);
            bot.send(PenaltyResetRequest.INSTANCE);
            assertEquals(new PenaltyResetResponse(false), bot.expect(PenaltyResetResponse.class));
            assertEquals(PENALTY_TICKET, loadout(server, "bad").bagSlot(4), "nothing to reset: the item is kept");
            server.storage().penalties().set(id, new Penalty(2, 7));
            bot.send(PenaltyResetRequest.INSTANCE);
            assertEquals(new PenaltyResetResponse(false), bot.expect(PenaltyResetResponse.class));
            assertEquals(Penalty.NONE, server.storage().penalties().find(id).orElseThrow());
            assertEquals(0, loadout(server, "bad").bagSlot(4));
            assertEquals(HAIR, loadout(server, "bad").bagSlot(1));
            CharacterInfoResponse info = bot.characterInfo().info();
            assertEquals(0, info.penaltyCount());
            bot.send(PenaltyResetRequest.INSTANCE);
            assertEquals(new PenaltyResetResponse(true), bot.expect(PenaltyResetResponse.class));
        }
    }

    @Test
    void bagExpansionUpToTheLimit() {
        try (TestServer server = Economy.server();
                Bot bot = server.lobbyBot("bigbag")) {
            put(server, "bigbag", 0, HAIR, 0);
            put(server, "bigbag", 1, BAG_TICKET, 6);
            bot.send(new BagExpansionRequest(0, HAIR));
            assertEquals(BagExpansionResponse.rejected(), bot.expect(BagExpansionResponse.class), "wrong kind");
            bot.send(new BagExpansionRequest(0, BAG_TICKET));
            assertEquals(BagExpansionResponse.rejected(), bot.expect(BagExpansionResponse.class), "mismatch");
            bot.send(new BagExpansionRequest(30, BAG_TICKET));
            assertEquals(BagExpansionResponse.rejected(), bot.expect(BagExpansionResponse.class), "range");
            for (int i = 1; i <= 5; i++) {
                bot.send(new BagExpansionRequest(1, BAG_TICKET));
                assertEquals(BagExpansionResponse.accepted(), bot.expect(BagExpansionResponse.class));
                assertEquals(30 + 30 * i, loadout(server, "bigbag").capacity());
                assertEquals(30 + 30 * i, Economy.refreshBag(bot).bag().size());
            }
            bot.send(new BagExpansionRequest(1, BAG_TICKET));
            assertEquals(BagExpansionResponse.rejected(), bot.expect(BagExpansionResponse.class), "at 180");
            assertEquals(
                    List.of(new AttributiveItemEntry(BAG_TICKET, 1)),
                    Economy.refreshBag(bot).attributiveItems());
            bot.send(SyncItemPurchaseRequest.INSTANCE);
            assertEquals(180, bot.expect(SyncPurchaseResponse.class).bag().size());
            // A slot of the expanded bag is usable.
            put(server, "bigbag", 179, HAIR_2, 0);
            assertEquals(
                    EquipItemResponse.accepted(new EquipmentInfo(TYPE_HAIR, HAIR_2, 179, 0)),
                    equip(bot, TYPE_HAIR, 179));
        }
    }
}
