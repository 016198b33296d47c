package io.mozart.server.myroom;

import io.mozart.api.metadata.Item;
import io.mozart.api.metadata.ItemCatalogue;
import io.mozart.api.storage.GiftItem;
import io.mozart.api.storage.GiftMusic;
import io.mozart.api.storage.Loadout;
import io.mozart.api.storage.NicknameTakenException;
import io.mozart.api.storage.Penalty;
import io.mozart.api.storage.Storage;
import io.mozart.api.storage.StorageException;
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
import io.mozart.server.myroom.rules.BagRules.SlotContent;
import io.mozart.server.myroom.rules.ItemKinds;
import io.mozart.server.myroom.rules.NameRules;
import io.mozart.server.myroom.rules.TicketCheck;
import io.mozart.server.protocol.Reply;
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
import io.mozart.server.protocol.myroom.RefreshBagRequest;
import io.mozart.server.protocol.shop.EnterShopRequest;
import io.mozart.server.protocol.shop.ExitShopRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * My Room (spec 05 §6): equipping, claiming gifts, checking and changing the nickname, resetting penalties,
 * expanding and refreshing the bag. These need only an authorized session (05 §0.4); requests that must read
 * the channel's item table are dropped without a channel at exactly the point the reference drops them.
 *
 * <p>Every change runs in one storage transaction on freshly read rows and checks its preconditions there, so
 * nothing is lost or duplicated and a resent request whose effect is already applied (a claimed gift, a used
 * single ticket) is refused without a change. The session's cached identity is re-read after each request.
 */
public final class MyRoomHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(MyRoomHandlers.class);

    private final GameContext ctx;
    private final Guards guards;

    /**
     * @param ctx    the game context
     * @param guards the guards
     */
    public MyRoomHandlers(GameContext ctx, Guards guards) {
        this.ctx = ctx;
        this.guards = guards;
    }

    /** @param builder the routes builder */
    public void register(Routes.Builder builder) {
        GameRoutes routes = GameRoutes.of(builder);
        routes.onBlocking(EnterShopRequest.class, (s, r) -> null, guards.authorized());
        routes.onBlocking(ExitShopRequest.class, (s, r) -> null, guards.authorized());
        routes.onBlocking(EquipItemRequest.class, this::equip, guards.authorized());
        routes.onBlocking(ClaimGiftRequest.class, this::claimGift, guards.authorized());
        routes.onBlocking(ChangeNameRequest.class, this::changeName, guards.authorized());
        routes.onBlocking(CheckNameRequest.class, this::checkName, guards.authorized());
        routes.onBlocking(PenaltyResetRequest.class, this::penaltyReset, guards.authorized());
        routes.onBlocking(BagExpansionRequest.class, this::bagExpansion, guards.authorized());
        routes.onBlocking(RefreshBagRequest.class, this::refreshBag, guards.authorized());
    }

    /** @return the item table of the player's channel, or {@code null} outside a channel */
    private ItemCatalogue items(Player player) {
        Channel channel = player.channel();
        return channel == null ? null : channel.items();
    }

    /**
     * Runs a change in one transaction and refreshes the cached identity afterwards. A storage failure rolls
     * everything back and is answered with {@code failed} (one log line).
     */
    private <T> T change(Player player, String what, Function<Storage, T> work, T failed) {
        T reply;
        try {
            reply = ctx.storage().inTransaction(work);
        } catch (StorageException e) {
            LOG.warn("{}: {} failed, nothing changed: {}", player, what, e.getMessage());
            reply = failed;
        }
        ctx.refresh(player);
        return reply;
    }

    private static Loadout loadout(Storage tx, Player player) {
        return tx.inventories()
                .find(player.userId())
                .orElseThrow(() -> new StorageException("no loadout row for user " + player.userId()));
    }

    private static SlotContent slot(Storage tx, int userId, Loadout loadout, int slot) {
        int itemId = loadout.bagSlot(slot);
        if (itemId == 0) {
            return SlotContent.EMPTY;
        }
        return new SlotContent(
                itemId,
                tx.attributiveItems().find(userId, itemId).map(a -> a.count()).orElse(0));
    }

    /** Consumes one use of the item in a slot (05 §9.3). */
    private static void consumeOne(Storage tx, int userId, Loadout loadout, int slot) {
        SlotContent after = BagRules.consumeOne(slot(tx, userId, loadout, slot));
        tx.inventories().writeBagSlot(userId, slot, after.itemId(), after.count());
    }

    private Reply equip(Session session, EquipItemRequest request) {
        Player player = Player.of(session);
        ItemCatalogue items = items(player);
        int type = request.itemType();
        int slot = request.bagSlotIndex();
        return change(
                player,
                "EquipItem",
                tx -> {
                    Loadout l = loadout(tx, player);
                    if (!BagRules.isValidEquipRequest(type, slot, l.capacity()) || !BagRules.isStorableItemType(type)) {
                        // Costume (16) passes the reference's check and then fails to store (a silent drop); refused
                        // (E6).
                        LOG.info("{}: equip of bag slot {} into item type {} refused", player, slot, type);
                        return EquipItemResponse.rejected();
                    }
                    int fromBag = l.bagSlot(slot);
                    int equipped = l.equipped(type);
                    if (fromBag != 0 && items != null) {
                        Optional<Item> item = items.find(fromBag);
                        if (item.isPresent()
                                && !BagRules.fitsEquipmentSlot(
                                        item.get().kind(), item.get().part(), type)) {
                            LOG.info(
                                    "{}: item {} (part {}) does not fit item type {}",
                                    player,
                                    fromBag,
                                    item.get().part(),
                                    type);
                            return EquipItemResponse.rejected();
                        }
                    }
                    // A plain swap of the two ids in one row write; stack counts are kept (E6).
                    tx.inventories()
                            .set(player.userId(), l.withEquipped(type, fromBag).withBagSlot(slot, equipped));
                    return EquipItemResponse.accepted(new EquipmentInfo(type, fromBag, slot, equipped));
                },
                EquipItemResponse.rejected());
    }

    private Reply claimGift(Session session, ClaimGiftRequest request) {
        Player player = Player.of(session);
        ClaimGiftResponse failed = ClaimGiftResponse.of(ClaimGiftResult.UNKNOWN_ERROR);
        if (!request.isItemGift()) {
            return change(player, "ClaimGift (music)", tx -> claimMusic(tx, player, request), failed);
        }
        ItemCatalogue items = items(player);
        if (items == null) {
            LOG.info("{}: item gift claimed outside a channel dropped (no item table)", player);
            return null;
        }
        Optional<Item> item = items.find(request.resourceId());
        if (item.isEmpty()) {
            // The reference drops the request; the client gets the failure code instead (E7).
            LOG.info("{}: gift {} names unknown item {}", player, request.giftId(), request.resourceId());
            ctx.refresh(player);
            return failed;
        }
        return change(player, "ClaimGift (item)", tx -> claimItem(tx, player, request, item.get()), failed);
    }

    private static ClaimGiftResponse claimItem(Storage tx, Player player, ClaimGiftRequest request, Item item) {
        int userId = player.userId();
        ClaimGiftResponse failed = ClaimGiftResponse.of(ClaimGiftResult.UNKNOWN_ERROR);
        boolean pending = false;
        for (GiftItem g : tx.gifts().itemGifts(userId)) {
            pending |= g.id() == request.giftId() && g.itemId() == request.resourceId();
        }
        if (!pending) {
            LOG.info("{}: no pending item gift {} of item {}", player, request.giftId(), request.resourceId());
            return failed;
        }
        Loadout l = loadout(tx, player);
        int count = BagRules.claimedGiftCount(item.kind(), item.quantity());
        int existing = item.kind() == ItemKinds.ATTRIBUTIVE_ITEM ? l.findBagSlot(item.id()) : -1;
        if (existing >= 0 && count > 0) {
            // Stack onto the slot that already holds it; the reference overwrote the shared count (E7).
            int before = tx.attributiveItems()
                    .find(userId, item.id())
                    .map(a -> a.count())
                    .orElse(0);
            long total = (long) before + count;
            if (total > Integer.MAX_VALUE) {
                LOG.info("{}: stack of item {} would overflow", player, item.id());
                return failed;
            }
            tx.attributiveItems().setCount(userId, item.id(), (int) total);
        } else {
            List<Integer> bag = new ArrayList<>(l.capacity());
            for (int i = 0; i < l.capacity(); i++) {
                bag.add(l.bagSlot(i));
            }
            int free = BagRules.firstEmptySlot(bag);
            if (free < 0) {
                LOG.info("{}: bag full, item gift {} kept", player, request.giftId());
                return failed;
            }
            tx.inventories().writeBagSlot(userId, free, item.id(), count);
        }
        var unused = tx.gifts()
                .takeItemGift(userId, request.giftId())
                .orElseThrow(() -> new StorageException("item gift " + request.giftId() + " vanished"));
        LOG.info("{}: claimed item gift {} (item {})", player, request.giftId(), item.id());
        return ClaimGiftResponse.of(ClaimGiftResult.SUCCESS);
    }

    private static ClaimGiftResponse claimMusic(Storage tx, Player player, ClaimGiftRequest request) {
        int userId = player.userId();
        ClaimGiftResponse failed = ClaimGiftResponse.of(ClaimGiftResult.UNKNOWN_ERROR);
        boolean pending = false;
        for (GiftMusic g : tx.gifts().musicGifts(userId)) {
            pending |= g.id() == request.giftId() && g.musicId() == request.resourceId();
        }
        if (!pending) {
            LOG.info("{}: no pending music gift {} of song {}", player, request.giftId(), request.resourceId());
            return failed;
        }
        if (!tx.music().add(userId, request.resourceId())) {
            LOG.info("{}: already owns song {}, music gift {} kept", player, request.resourceId(), request.giftId());
            return failed;
        }
        var unusedGift = tx.gifts()
                .takeMusicGift(userId, request.giftId())
                .orElseThrow(() -> new StorageException("music gift " + request.giftId() + " vanished"));
        LOG.info("{}: claimed music gift {} (song {})", player, request.giftId(), request.resourceId());
        return ClaimGiftResponse.of(ClaimGiftResult.SUCCESS);
    }

    /** The ticket checks of ChangeName and BagExpansion; {@code null} = silent drop (no channel). */
    private static TicketCheck ticket(
            Player player, Loadout l, int slot, int itemId, ItemCatalogue items, int requiredKind) {
        if (!BagRules.isSlotInRange(slot, l.capacity())) {
            return TicketCheck.SLOT_OUT_OF_RANGE;
        }
        if (l.bagSlot(slot) != itemId) {
            return TicketCheck.ITEM_MISMATCH;
        }
        if (items == null) {
            LOG.info("{}: ticket request outside a channel dropped (no item table)", player);
            return null;
        }
        Integer kind = items.find(itemId).map(Item::kind).orElse(null);
        return TicketCheck.check(slot, l.capacity(), l.bagSlot(slot), itemId, kind, requiredKind, l.bagExtensions());
    }

    private Reply changeName(Session session, ChangeNameRequest request) {
        Player player = Player.of(session);
        ItemCatalogue items = items(player);
        String name = NameRules.normalize(request.name());
        NameRules.Verdict verdict = NameRules.validate(request.name());
        return change(
                player,
                "ChangeName",
                tx -> {
                    Loadout l = loadout(tx, player);
                    TicketCheck check =
                            ticket(player, l, request.bagSlotIndex(), request.itemId(), items, ItemKinds.NAME_CHANGER);
                    if (check == null) {
                        return null;
                    }
                    if (check != TicketCheck.OK) {
                        LOG.info("{}: ChangeName refused: {}", player, check);
                        return ChangeNameResponse.rejected();
                    }
                    if (verdict != NameRules.Verdict.VALID) {
                        LOG.info("{}: ChangeName to \"{}\" refused: {}", player, request.name(), verdict);
                        return ChangeNameResponse.rejected();
                    }
                    String current = tx.characters()
                            .find(player.userId())
                            .map(p -> p.nickname())
                            .orElse(null);
                    if (name.equals(current)) {
                        // A resent request (or a change to the same name): done already, the ticket is kept.
                        return ChangeNameResponse.accepted(name);
                    }
                    try {
                        tx.characters().changeNickname(player.userId(), name);
                    } catch (NicknameTakenException e) {
                        LOG.info("{}: ChangeName to \"{}\" refused: taken", player, name);
                        return ChangeNameResponse.rejected();
                    }
                    consumeOne(tx, player.userId(), l, request.bagSlotIndex());
                    LOG.info("{}: nickname changed to \"{}\"", player, name);
                    return ChangeNameResponse.accepted(name);
                },
                ChangeNameResponse.rejected());
    }

    private Reply checkName(Session session, CheckNameRequest request) {
        boolean taken = NameRules.validate(request.name()) != NameRules.Verdict.VALID
                || ctx.storage().characters().isNicknameTaken(NameRules.normalize(request.name()));
        return new CheckNameResponse(taken, request.name());
    }

    private Reply penaltyReset(Session session, PenaltyResetRequest request) {
        Player player = Player.of(session);
        ItemCatalogue items = items(player);
        return change(
                player,
                "PenaltyReset",
                tx -> {
                    Loadout l = loadout(tx, player);
                    int found = -1;
                    for (int i = 0; i < l.capacity() && found < 0; i++) {
                        int id = l.bagSlot(i);
                        if (id == 0) {
                            continue;
                        }
                        if (items == null) {
                            LOG.info("{}: PenaltyReset outside a channel dropped (no item table)", player);
                            return null;
                        }
                        if (items.find(id).map(Item::kind).orElse(-1) == ItemKinds.PENALTY_RESET) {
                            found = i;
                        }
                    }
                    if (found < 0) {
                        return new PenaltyResetResponse(true);
                    }
                    Penalty penalty = tx.penalties().find(player.userId()).orElse(Penalty.NONE);
                    if (penalty.equals(Penalty.NONE)) {
                        // Nothing to reset (also a resent request): success, the item is kept.
                        return new PenaltyResetResponse(false);
                    }
                    consumeOne(tx, player.userId(), l, found);
                    tx.penalties().set(player.userId(), Penalty.NONE);
                    LOG.info("{}: penalty {} reset", player, penalty);
                    return new PenaltyResetResponse(false);
                },
                new PenaltyResetResponse(true));
    }

    private Reply bagExpansion(Session session, BagExpansionRequest request) {
        Player player = Player.of(session);
        ItemCatalogue items = items(player);
        return change(
                player,
                "BagExpansion",
                tx -> {
                    Loadout l = loadout(tx, player);
                    TicketCheck check =
                            ticket(player, l, request.bagSlotIndex(), request.itemId(), items, ItemKinds.BAG_EXPANSION);
                    if (check == null) {
                        return null;
                    }
                    if (check != TicketCheck.OK) {
                        LOG.info("{}: BagExpansion refused: {}", player, check);
                        return BagExpansionResponse.rejected();
                    }
                    consumeOne(tx, player.userId(), l, request.bagSlotIndex());
                    int now = tx.inventories()
                            .expandBag(player.userId())
                            .orElseThrow(
                                    () -> new StorageException("bag of user " + player.userId() + " not expandable"));
                    LOG.info("{}: bag expanded to {} slots", player, BagRules.capacity(now));
                    return BagExpansionResponse.accepted();
                },
                BagExpansionResponse.rejected());
    }

    private Reply refreshBag(Session session, RefreshBagRequest request) {
        Player player = Player.of(session);
        Identity id = ctx.refresh(player);
        if (id == null) {
            LOG.warn("{}: RefreshBag for a user that vanished from storage", player);
            return null;
        }
        return BagRefreshResponse.of(Views.bag(id.user()), Views.stacks(id.user()));
    }
}
