package io.mozart.server.it;

import io.mozart.api.metadata.AlbumCatalogue;
import io.mozart.api.metadata.Item;
import io.mozart.api.metadata.ItemCatalogue;
import io.mozart.api.metadata.MetadataProvider;
import io.mozart.api.metadata.Music;
import io.mozart.api.metadata.MusicCatalogue;
import io.mozart.api.storage.Loadout;
import io.mozart.api.storage.Wallet;
import io.mozart.client.Bot;
import io.mozart.server.protocol.myroom.BagRefreshResponse;
import io.mozart.server.protocol.myroom.RefreshBagRequest;

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
                    item(HAIR, 6, 0, 500, 1), item(HAIR_2, 6, 0, 300, 1), item(JACKET, 19, 0, 200, 5),
                    item(FACE, 5, 0, 0, 11), item(SKILL, 24, 5, 100, 21), item(NAME_TICKET, 25, 0, 0, 16),
                    item(PENALTY_TICKET, 26, 0, 0, 16), item(BAG_TICKET, 27, 0, 0, 16))),
            AlbumCatalogue.empty());

    private Economy() {
    }

    private static Item item(int id, int kind, int quantity, int gemPrice, int part) {
        return new Item(id, kind, 0, Item.ANY, false, quantity, 0, 0, 1, gemPrice, 0, part, "item " + id, "");
    }

    /** @return a server with the economy metadata and default options (free music on) */
    static TestServer server() {
        return TestServer.start(b -> { }, METADATA);
    }

    static int userId(TestServer server, String username) {
        return server.storage().characters().findByUsername(username).orElseThrow().id();
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
}
