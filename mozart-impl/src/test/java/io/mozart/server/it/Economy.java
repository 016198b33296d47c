package io.mozart.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mozart.api.metadata.AlbumCatalogue;
import io.mozart.api.metadata.Item;
import io.mozart.api.metadata.ItemCatalogue;
import io.mozart.api.metadata.MetadataProvider;
import io.mozart.api.metadata.Music;
import io.mozart.api.metadata.MusicCatalogue;
import io.mozart.api.storage.Loadout;
import io.mozart.api.storage.Storage;
import io.mozart.api.storage.Wallet;
import io.mozart.client.Bot;
import io.mozart.server.protocol.common.AttributiveItemEntry;
import io.mozart.server.protocol.myroom.BagExpansionRequest;
import io.mozart.server.protocol.myroom.BagExpansionResponse;
import io.mozart.server.protocol.myroom.BagRefreshResponse;
import io.mozart.server.protocol.myroom.ChangeNameRequest;
import io.mozart.server.protocol.myroom.ChangeNameResponse;
import io.mozart.server.protocol.myroom.ClaimGiftRequest;
import io.mozart.server.protocol.myroom.ClaimGiftResponse;
import io.mozart.server.protocol.myroom.ClaimGiftResult;
import io.mozart.server.protocol.myroom.EquipItemRequest;
import io.mozart.server.protocol.myroom.EquipItemResponse;
import io.mozart.server.protocol.myroom.EquipmentInfo;
import io.mozart.server.protocol.myroom.RefreshBagRequest;
import io.mozart.server.protocol.shop.SellItemRequest;
import io.mozart.server.protocol.shop.SellItemResponse;
import java.util.List;
import java.util.Optional;

/**
 * The shared fixture of the economy ITs (spec 05): an item table with one item of every kind the shop and
 * my-room rules look at, a music list with paid songs, and helpers that write a player's bag and wallet
 * straight into the server's SQLite file (as the external web shop and admin tools do).
 */
final class Economy {

    /** Hair (kind 6, part 1 = ItemType Hair), sells for 500 Gem. */
    static final int HAIR = 1001;
    /** A second hair, sells for 300 Gem. */
    static final int HAIR_2 = 1002;
    /** A jacket (kind 19, part 5 = ItemType Top), sells for 200. */
    static final int JACKET = 1003;
    /** A male face (kind 5, part 11), the starter face. */
    static final int FACE = 35;
    /** An attributive (stackable) item, kind 24, quantity 5, sells for 100. */
    static final int SKILL = 2001;
    /** A name-change ticket, kind 25. */
    static final int NAME_TICKET = 3001;
    /** A penalty-reset item, kind 26. */
    static final int PENALTY_TICKET = 3002;
    /** A bag-expansion item, kind 27. */
    static final int BAG_TICKET = 3003;
    /** Not in the item table. */
    static final int UNKNOWN = 9999;

    /** Hair type. */
    static final int TYPE_HAIR = 1;
    /** Top type. */
    static final int TYPE_TOP = 5;
    /** Face type. */
    static final int TYPE_FACE = 11;

    static final MetadataProvider METADATA = MetadataProvider.of(
            MusicCatalogue.of(List.of(
                    Music.basic(1, 10, 20, 30, 500, 600, 700),
                    new Music(2, 0, 0f, 1, 2, 3, 4, 5, 6, false, false, 100, 0, Optional.empty()),
                    new Music(3, 0, 0f, 1, 2, 3, 4, 5, 6, false, false, 0, 50, Optional.empty()))),
            ItemCatalogue.of(List.of(
                    item(HAIR, 6, 0, 500, 1),
                    item(HAIR_2, 6, 0, 300, 1),
                    item(JACKET, 19, 0, 200, 5),
                    item(FACE, 5, 0, 0, 11),
                    item(SKILL, 24, 5, 100, 21),
                    item(NAME_TICKET, 25, 0, 0, 16),
                    item(PENALTY_TICKET, 26, 0, 0, 16),
                    item(BAG_TICKET, 27, 0, 0, 16))),
            AlbumCatalogue.empty());

    private Economy() {}

    private static Item item(int id, int kind, int quantity, int gemPrice, int part) {
        return new Item(id, kind, 0, Item.ANY, false, quantity, 0, 0, 1, gemPrice, 0, part, "item " + id, "");
    }

    /** @return a server with the economy metadata and default options (free music on) */
    static TestServer server() {
        return TestServer.start(b -> {}, METADATA);
    }

    static int userId(TestServer server, String username) {
        return server.storage()
                .characters()
                .findByUsername(username)
                .orElseThrow()
                .id();
    }

    static void put(TestServer server, String username, int slot, int itemId, int count) {
        server.storage().inventories().writeBagSlot(userId(server, username), slot, itemId, count);
    }

    static Loadout loadout(TestServer server, String username) {
        return server.storage().inventories().find(userId(server, username)).orElseThrow();
    }

    static Wallet wallet(TestServer server, String username) {
        return server.storage().wallets().find(userId(server, username)).orElseThrow();
    }

    static void setWallet(TestServer server, String username, Wallet wallet) {
        server.storage().wallets().set(userId(server, username), wallet);
    }

    /** @return a bot logged in again with a fresh token for an existing account */
    static Bot reconnect(TestServer server, String username) {
        String token = server.server().auth().authenticate(username, "secret-" + username, "127.0.0.1");
        return server.bot().login(token, 0);
    }

    static BagRefreshResponse refreshBag(Bot bot) {
        bot.send(RefreshBagRequest.INSTANCE);
        return bot.expect(BagRefreshResponse.class);
    }

    /**
     * Sells, equips, claims a gift, renames and expands the bag over the socket, checking the storage after each
     * step (the shared scenario of the in-memory and PostgreSQL economy ITs; "Holder" must be online).
     *
     * @param storage  the storage the server uses
     * @param bot      a bot in the lobby, logged in as {@code username}
     * @param username its username
     */
    static void sellEquipClaimRenameAndExpand(Storage storage, Bot bot, String username) {
        final int id =
                storage.characters().findByUsername(username).orElseThrow().id();
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
        assertEquals(
                EquipItemResponse.accepted(new EquipmentInfo(TYPE_HAIR, HAIR, 0, 0)),
                bot.expect(EquipItemResponse.class));
        bot.send(new EquipItemRequest(TYPE_HAIR, 0));
        assertEquals(
                EquipItemResponse.accepted(new EquipmentInfo(TYPE_HAIR, 0, 0, HAIR)),
                bot.expect(EquipItemResponse.class));

        final int gift = storage.gifts().giveItem(id, SKILL, 0, "santa").id();
        bot.send(new ClaimGiftRequest(0, gift, SKILL, true));
        assertEquals(ClaimGiftResponse.of(ClaimGiftResult.SUCCESS), bot.expect(ClaimGiftResponse.class));
        assertEquals(
                List.of(new AttributiveItemEntry(SKILL, 5)), refreshBag(bot).attributiveItems());

        bot.send(new ChangeNameRequest("HOLDER", 2, NAME_TICKET));
        assertEquals(ChangeNameResponse.rejected(), bot.expect(ChangeNameResponse.class));
        bot.send(new ChangeNameRequest("Memo", 2, NAME_TICKET));
        assertEquals(ChangeNameResponse.accepted("Memo"), bot.expect(ChangeNameResponse.class));
        assertEquals("Memo", storage.characters().find(id).orElseThrow().nickname());

        bot.send(new BagExpansionRequest(3, BAG_TICKET));
        assertEquals(BagExpansionResponse.accepted(), bot.expect(BagExpansionResponse.class));
        assertEquals(60, refreshBag(bot).bag().size());
    }
}
