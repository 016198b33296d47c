package io.mozart.server.shop;

import io.mozart.api.metadata.Item;
import io.mozart.api.metadata.ItemCatalogue;
import io.mozart.api.metadata.Music;
import io.mozart.api.storage.Loadout;
import io.mozart.api.storage.Storage;
import io.mozart.api.storage.StorageException;
import io.mozart.api.storage.UserGraph;
import io.mozart.api.storage.Wallet;
import io.mozart.encore.route.Routes;
import io.mozart.encore.session.Session;
import io.mozart.server.game.Channel;
import io.mozart.server.game.GameContext;
import io.mozart.server.game.GameRoutes;
import io.mozart.server.game.Guards;
import io.mozart.server.game.Identity;
import io.mozart.server.game.Player;
import io.mozart.server.lobby.Views;
import io.mozart.server.myroom.rules.BagRules;
import io.mozart.server.protocol.ClientFrames;
import io.mozart.server.protocol.Reply;
import io.mozart.server.protocol.common.GiftItemEntry;
import io.mozart.server.protocol.common.GiftMusicEntry;
import io.mozart.server.protocol.common.MusicPremiumEntry;
import io.mozart.server.protocol.shop.EnterShopRequest;
import io.mozart.server.protocol.shop.ExitShopRequest;
import io.mozart.server.protocol.shop.SellItemRequest;
import io.mozart.server.protocol.shop.SellItemResponse;
import io.mozart.server.protocol.shop.StartPaymentRequest;
import io.mozart.server.protocol.shop.StartPaymentResponse;
import io.mozart.server.protocol.shop.SyncItemPurchaseRequest;
import io.mozart.server.protocol.shop.SyncMusicPurchaseRequest;
import io.mozart.server.protocol.shop.SyncMusicPurchaseResponse;
import io.mozart.server.protocol.shop.SyncPurchaseResponse;
import io.mozart.server.shop.rules.FreePass;
import io.mozart.server.shop.rules.FreePassRules;
import io.mozart.server.shop.rules.SellRules;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The item shop and the music shop (spec 05 §3–§4): entering and leaving the shop screen, the checkout
 * notification, the purchase syncs that re-read what the external web shop wrote, and selling a bag item.
 * Every request needs a channel (05 §0.4). SyncMusicDownload lives with the waiting room.
 *
 * <p>SellItem is the only write here. It runs in one storage transaction on freshly read rows, so a resent
 * request finds the slot already empty and is refused without touching the wallet (docs/compatibility.md E4).
 */
public final class ShopHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(ShopHandlers.class);

    /** Body bytes of SyncMusicPurchase besides its three lists (seven i32 and the trailing i32). */
    private static final int MUSIC_PURCHASE_FIXED = 32 + 2 + 2;

    private final GameContext ctx;
    private final Guards guards;

    /**
     * @param ctx    the game context
     * @param guards the guards
     */
    public ShopHandlers(GameContext ctx, Guards guards) {
        this.ctx = ctx;
        this.guards = guards;
    }

    /**
     * Adds this area's routes. EnterShop and ExitShop get a second, my-room handler from
     * {@code MyRoomHandlers} (05 §3), so an unauthorized client gets two InvalidLogin replies.
     *
     * @param builder the routes builder
     */
    public void register(Routes.Builder builder) {
        GameRoutes routes = GameRoutes.of(builder);
        routes.onBlocking(EnterShopRequest.class, (s, r) -> null, guards.inChannel());
        routes.onBlocking(ExitShopRequest.class, (s, r) -> null, guards.inChannel());
        routes.onBlocking(StartPaymentRequest.class, this::startPayment, guards.inChannel());
        routes.onBlocking(SyncItemPurchaseRequest.class, this::syncItemPurchase, guards.inChannel());
        routes.onBlocking(SellItemRequest.class, this::sellItem, guards.inChannel());
        routes.onBlocking(SyncMusicPurchaseRequest.class, this::syncMusicPurchase, guards.inChannel());
    }

    private Reply startPayment(Session session, StartPaymentRequest request) {
        LOG.info("{}: starts a checkout", Player.of(session));
        return StartPaymentResponse.INSTANCE;
    }

    /**
     * The extension days of a sync: computed from the cached pass against the fresh one, before the cache is
     * replaced (05 §3; SyncMusicPurchase does the same here, E3).
     */
    private static int extensionDays(Identity cached, Identity fresh) {
        FreePass before = FreePassRules.read(
                cached.user().passes().vip(), cached.user().passes().expiry(), cached.loadedAt());
        FreePass after = FreePassRules.read(
                fresh.user().passes().vip(), fresh.user().passes().expiry(), fresh.loadedAt());
        return FreePassRules.extensionDays(before, after);
    }

    private Reply syncItemPurchase(Session session, SyncItemPurchaseRequest request) {
        Player player = Player.of(session);
        Identity cached = player.identity();
        Identity fresh = ctx.refresh(player);
        if (fresh == null) {
            LOG.warn("{}: SyncItemPurchase for a user that vanished from storage", player);
            return null;
        }
        UserGraph u = fresh.user();
        Wallet w = u.wallet();
        // cashPoint: the reference always sends 0; Mozart sends the wallet's value (E1).
        return new SyncPurchaseResponse(
                w.gem(),
                w.point(),
                w.o2Cash(),
                w.cashPoint(),
                Views.bag(u),
                w.musicCash(),
                w.itemCash(),
                Views.stacks(u),
                extensionDays(cached, fresh));
    }

    private Reply syncMusicPurchase(Session session, SyncMusicPurchaseRequest request) {
        Player player = Player.of(session);
        Channel channel = player.channel();
        if (channel == null) {
            return null;
        }
        Identity cached = player.identity();
        Identity fresh = ctx.refresh(player);
        if (fresh == null) {
            LOG.warn("{}: SyncMusicPurchase for a user that vanished from storage", player);
            return null;
        }
        UserGraph u = fresh.user();
        Wallet w = u.wallet();
        List<Integer> purchasable = new ArrayList<>();
        for (Music m : channel.music().all()) {
            if (m.priceO2Cash() > 0 || m.priceGem() > 0) {
                purchasable.add(m.id() & 0xFFFF);
            }
        }
        FreePass pass = FreePassRules.read(u.passes().vip(), u.passes().expiry(), fresh.loadedAt());
        List<MusicPremiumEntry> entries = FreePassRules.premiumEntries(
                purchasable, ctx.options().freeMusic(), pass, new HashSet<>(u.acquiredMusic()));
        List<GiftItemEntry> itemGifts = Views.itemGifts(u);
        List<GiftMusicEntry> musicGifts = Views.musicGifts(u);
        int budget = ClientFrames.MAX_PAYLOAD - 2 - MUSIC_PURCHASE_FIXED;
        int gifts = giftBytes(itemGifts.stream().map(GiftItemEntry::sender).toList())
                + giftBytes(musicGifts.stream().map(GiftMusicEntry::sender).toList());
        if (gifts > budget) {
            // The gift lists alone do not fit: they are dropped, and the songs get the whole frame (E13).
            LOG.warn(
                    "{}: SyncMusicPurchase gift lists ({} gifts, {} bytes) do not fit one frame; sent without them",
                    player,
                    itemGifts.size() + musicGifts.size(),
                    gifts);
            itemGifts = List.of();
            musicGifts = List.of();
        } else {
            budget -= gifts;
        }
        int fit = budget / MusicPremiumEntry.SIZE;
        if (entries.size() > fit) {
            LOG.warn("{}: SyncMusicPurchase lists {} songs; only {} fit one frame", player, entries.size(), fit);
            entries = entries.subList(0, fit);
        }
        return new SyncMusicPurchaseResponse(
                w.gem(),
                w.point(),
                w.o2Cash(),
                w.musicCash(),
                w.itemCash(),
                w.cashPoint(),
                entries,
                itemGifts,
                musicGifts,
                extensionDays(cached, fresh));
    }

    private static int giftBytes(List<String> senders) {
        int n = 0;
        for (String s : senders) {
            n += 9 + s.getBytes(StandardCharsets.UTF_8).length;
        }
        return n;
    }

    private Reply sellItem(Session session, SellItemRequest request) {
        Player player = Player.of(session);
        Channel channel = player.channel();
        if (channel == null) {
            return null;
        }
        ItemCatalogue items = channel.items();
        int userId = player.userId();
        SellItemResponse reply;
        try {
            reply = ctx.storage().inTransaction(tx -> sell(tx, player, userId, request.bagSlotIndex(), items));
        } catch (StorageException e) {
            LOG.warn(
                    "{}: sale of bag slot {} failed, nothing changed: {}",
                    player,
                    request.bagSlotIndex(),
                    e.getMessage());
            reply = SellItemResponse.rejected();
        }
        if (!reply.invalid()) {
            ctx.refresh(player);
        }
        return reply;
    }

    private static SellItemResponse sell(Storage tx, Player player, int userId, int slot, ItemCatalogue items) {
        Optional<Loadout> found = tx.inventories().find(userId);
        if (found.isEmpty()) {
            LOG.warn("{}: sale without a loadout row refused", player);
            return SellItemResponse.rejected();
        }
        Loadout loadout = found.get();
        if (!BagRules.isSlotInRange(slot, loadout.capacity())) {
            LOG.info("{}: sale of bag slot {} outside the capacity {} refused", player, slot, loadout.capacity());
            return SellItemResponse.rejected();
        }
        int itemId = loadout.bagSlot(slot);
        Optional<Item> item = itemId == 0 ? Optional.empty() : items.find(itemId);
        if (item.isEmpty()) {
            LOG.info("{}: sale of bag slot {} (item {}) refused: empty or unknown item", player, slot, itemId);
            return SellItemResponse.rejected();
        }
        Wallet wallet = tx.wallets().find(userId).orElse(null);
        if (wallet == null) {
            LOG.warn("{}: sale without a wallet row refused", player);
            return SellItemResponse.rejected();
        }
        OptionalInt gem = SellRules.gemAfterSale(wallet.gem(), item.get().priceGem());
        if (gem.isEmpty()) {
            LOG.info("{}: sale of item {} refused: the Gem balance {} would overflow", player, itemId, wallet.gem());
            return SellItemResponse.rejected();
        }
        Loadout after = loadout.withBagSlot(slot, 0);
        tx.inventories().set(userId, after);
        if (after.findBagSlot(itemId) < 0) {
            // Counts are per item id: delete the count only when no other slot still holds the item (E5).
            tx.attributiveItems().delete(userId, itemId);
        }
        Wallet credited = tx.wallets()
                .adjust(userId, Wallet.gems(SellRules.sellPrice(item.get().priceGem())))
                .orElseThrow(() -> new StorageException("wallet of user " + userId + " vanished"));
        LOG.info(
                "{}: sold item {} from bag slot {} for {} Gem",
                player,
                itemId,
                slot,
                SellRules.sellPrice(item.get().priceGem()));
        return SellItemResponse.accepted(credited.gem());
    }
}
