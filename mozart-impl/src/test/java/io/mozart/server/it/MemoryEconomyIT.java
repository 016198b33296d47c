package io.mozart.server.it;

import io.mozart.api.storage.Storage;
import io.mozart.api.storage.Wallet;
import io.mozart.client.Bot;
import io.mozart.server.protocol.common.AttributiveItemEntry;
import io.mozart.server.protocol.myroom.BagExpansionRequest;
import io.mozart.server.protocol.myroom.BagExpansionResponse;
import io.mozart.server.protocol.myroom.ChangeNameRequest;
import io.mozart.server.protocol.myroom.ChangeNameResponse;
import io.mozart.server.protocol.myroom.ClaimGiftRequest;
import io.mozart.server.protocol.myroom.ClaimGiftResponse;
import io.mozart.server.protocol.myroom.ClaimGiftResult;
import io.mozart.server.protocol.myroom.EquipItemRequest;
import io.mozart.server.protocol.myroom.EquipItemResponse;
import io.mozart.server.protocol.myroom.EquipmentInfo;
import io.mozart.server.protocol.shop.SellItemRequest;
import io.mozart.server.protocol.shop.SellItemResponse;
import io.mozart.server.storage.memory.MemoryStorage;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;

import static io.mozart.server.it.Economy.BAG_TICKET;
import static io.mozart.server.it.Economy.HAIR;
import static io.mozart.server.it.Economy.NAME_TICKET;
import static io.mozart.server.it.Economy.SKILL;
import static io.mozart.server.it.Economy.TYPE_HAIR;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The economy handlers over a real socket against the in-memory storage an embedder gets by default: the same
 * rules as over SQLite, so both implementations of the storage contract carry them.
 */
class MemoryEconomyIT {

    @Test
    void sellEquipClaimRenameAndExpandInMemory() {
        try (TestServer server = TestServer.start(b -> { }, Economy.METADATA,
                s -> new MemoryStorage(Clock.systemUTC())); Bot holder = server.lobbyBot("Holder"); Bot bot = server.lobbyBot("memory")) {
            Storage storage = server.server().storage();
            int id = storage.characters().findByUsername("memory").orElseThrow().id();
            storage.wallets().set(id, new Wallet(100, 0, 0, 0, 0, 0));
            storage.inventories().writeBagSlot(id, 0, HAIR, 0);
            storage.inventories().writeBagSlot(id, 1, HAIR, 0);
            storage.inventories().writeBagSlot(id, 2, NAME_TICKET, 0);
            storage.inventories().writeBagSlot(id, 3, BAG_TICKET, 0);

            bot.send(new SellItemRequest(1));
            assertEquals(SellItemResponse.accepted(600), bot.expect(SellItemResponse.class));
            bot.send(new SellItemRequest(1));
            assertEquals(SellItemResponse.rejected(), bot.expect(SellItemResponse.class));
            assertEquals(600, storage.wallets().find(id).orElseThrow().gem());

            bot.send(new EquipItemRequest(TYPE_HAIR, 0));
            assertEquals(EquipItemResponse.accepted(new EquipmentInfo(TYPE_HAIR, HAIR, 0, 0)),
                    bot.expect(EquipItemResponse.class));
            bot.send(new EquipItemRequest(TYPE_HAIR, 0));
            assertEquals(EquipItemResponse.accepted(new EquipmentInfo(TYPE_HAIR, 0, 0, HAIR)),
                    bot.expect(EquipItemResponse.class));

            int gift = storage.gifts().giveItem(id, SKILL, 0, "santa").id();
            bot.send(new ClaimGiftRequest(0, gift, SKILL, true));
            assertEquals(ClaimGiftResponse.of(ClaimGiftResult.SUCCESS), bot.expect(ClaimGiftResponse.class));
            assertEquals(List.of(new AttributiveItemEntry(SKILL, 5)), Economy.refreshBag(bot).attributiveItems());

            bot.send(new ChangeNameRequest("HOLDER", 2, NAME_TICKET));
            assertEquals(ChangeNameResponse.rejected(), bot.expect(ChangeNameResponse.class));
            bot.send(new ChangeNameRequest("Memo", 2, NAME_TICKET));
            assertEquals(ChangeNameResponse.accepted("Memo"), bot.expect(ChangeNameResponse.class));
            assertEquals("Memo", storage.characters().find(id).orElseThrow().nickname());

            bot.send(new BagExpansionRequest(3, BAG_TICKET));
            assertEquals(BagExpansionResponse.accepted(), bot.expect(BagExpansionResponse.class));
            assertEquals(60, Economy.refreshBag(bot).bag().size());
        }
    }
}
