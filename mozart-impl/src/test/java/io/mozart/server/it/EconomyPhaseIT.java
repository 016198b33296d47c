package io.mozart.server.it;

import static io.mozart.server.it.Economy.BAG_TICKET;
import static io.mozart.server.it.Economy.HAIR;
import static io.mozart.server.it.Economy.NAME_TICKET;
import static io.mozart.server.it.Economy.TYPE_HAIR;
import static io.mozart.server.it.Economy.put;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.client.Bot;
import io.mozart.encore.protocol.PacketType;
import io.mozart.encore.route.Routes;
import io.mozart.server.protocol.charge.CheckGiftFreePassRequest;
import io.mozart.server.protocol.charge.SyncCashPointRequest;
import io.mozart.server.protocol.charge.SyncCashPointResponse;
import io.mozart.server.protocol.charge.SyncFreePassRequest;
import io.mozart.server.protocol.charge.SyncPointRequest;
import io.mozart.server.protocol.lobby.GetGiftMessageListRequest;
import io.mozart.server.protocol.lobby.ReadGiftMessageRequest;
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
import io.mozart.server.protocol.planet.AuthResponse;
import io.mozart.server.protocol.shop.EnterShopRequest;
import io.mozart.server.protocol.shop.ExitShopRequest;
import io.mozart.server.protocol.shop.SellItemRequest;
import io.mozart.server.protocol.shop.SellItemResponse;
import io.mozart.server.protocol.shop.StartPaymentRequest;
import io.mozart.server.protocol.shop.SyncItemPurchaseRequest;
import io.mozart.server.protocol.shop.SyncMusicPurchaseRequest;
import io.mozart.server.protocol.waiting.SyncMusicDownloadRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every request of spec 05 in the wrong phase (05 §0.3–§0.4), over real sockets: before Authorize each one
 * gets InvalidLogin (EnterShop/ExitShop twice); authorized but outside a channel the shop, charge and gift
 * message requests get nothing while the my-room requests work up to the point where they need the
 * channel's item table.
 */
class EconomyPhaseIT {

    /** Each request of 05 with the number of InvalidLogin replies an unauthorized client gets. */
    private static final List<Object[]> REQUESTS = List.of(
            new Object[] {SyncItemPurchaseRequest.INSTANCE, 1},
            new Object[] {new SellItemRequest(0), 1},
            new Object[] {new EquipItemRequest(TYPE_HAIR, 0), 1},
            new Object[] {EnterShopRequest.INSTANCE, 2},
            new Object[] {ExitShopRequest.INSTANCE, 2},
            new Object[] {SyncMusicPurchaseRequest.INSTANCE, 1},
            new Object[] {new SyncMusicDownloadRequest(1), 1},
            new Object[] {SyncPointRequest.INSTANCE, 1},
            new Object[] {StartPaymentRequest.INSTANCE, 1},
            new Object[] {GetGiftMessageListRequest.INSTANCE, 1},
            new Object[] {new ReadGiftMessageRequest(1), 1},
            new Object[] {new ClaimGiftRequest(0, 1, HAIR, false), 1},
            new Object[] {SyncFreePassRequest.INSTANCE, 1},
            new Object[] {SyncCashPointRequest.INSTANCE, 1},
            new Object[] {new ChangeNameRequest("x", 0, NAME_TICKET), 1},
            new Object[] {new CheckNameRequest("x"), 1},
            new Object[] {PenaltyResetRequest.INSTANCE, 1},
            new Object[] {new BagExpansionRequest(0, BAG_TICKET), 1},
            new Object[] {RefreshBagRequest.INSTANCE, 1},
            new Object[] {new CheckGiftFreePassRequest("x"), 1});

    @Test
    void everyRequestOfTheBlockHasItsRoutes() {
        try (TestServer server = Economy.server()) {
            Routes routes = server.server().encore().routes();
            Set<Class<?>> listed = new HashSet<>();
            for (Object[] r : REQUESTS) {
                listed.add(r[0].getClass());
                assertEquals(
                        (int) r[1],
                        routes.routesFor(r[0].getClass()).size(),
                        r[0].getClass().getSimpleName());
            }
            // Every client request registered in 0x1388..0x13B1 is in the list above (05 §1).
            for (PacketType<?> t : server.server().encore().registry().types()) {
                if (t.opcode() >= 0x1388
                        && t.opcode() <= 0x13B1
                        && t.type().getSimpleName().endsWith("Request")) {
                    assertTrue(listed.contains(t.type()), t.toString());
                }
            }
            assertEquals(20, listed.size());
        }
    }

    @Test
    void beforeAuthorizeEveryRequestGetsInvalidLogin() {
        try (TestServer server = Economy.server();
                Bot bot = server.bot()) {
            for (Object[] r : REQUESTS) {
                bot.send(r[0]);
                for (int i = 0; i < (int) r[1]; i++) {
                    assertEquals(AuthResponse.INVALID, bot.expect(AuthResponse.class), r[0].toString());
                }
                assertEquals(List.of(), bot.sync(), "nothing more for " + r[0]);
            }
        }
    }

    @Test
    void aShortBodyIsDroppedBeforeTheAccessCheck() {
        try (TestServer server = Economy.server();
                Bot bot = server.bot()) {
            // SellItem with a 2-byte body (an i32 is due): no InvalidLogin, nothing at all (05 §0.3).
            bot.client().sendRaw(new byte[] {0x06, 0x00, (byte) 0x8A, 0x13, 0x01, 0x00});
            // ChangeName with an unterminated string.
            bot.client().sendRaw(new byte[] {0x07, 0x00, (byte) 0xA6, 0x13, 0x61, 0x62, 0x63});
            assertEquals(List.of(), bot.sync(), "nothing before the ping's answer: the connection lives on");
        }
    }

    @Test
    void theGapsOfTheBlockAreUnknownOpcodes() {
        try (TestServer server = Economy.server();
                Bot bot = server.lobbyBot("gaps")) {
            // 05 §1: 0x1390, 0x1391, 0x139C-0x139E and 0x13A3 are not handled: no reply, the connection lives on.
            for (int op : new int[] {0x1390, 0x1391, 0x139C, 0x139D, 0x139E, 0x13A3}) {
                bot.client().sendRaw(new byte[] {0x04, 0x00, (byte) op, (byte) (op >> 8)});
                assertEquals(List.of(), bot.sync(), Integer.toHexString(op));
            }
            bot.send(SyncCashPointRequest.INSTANCE);
            assertEquals(new SyncCashPointResponse(0, 0), bot.expect(SyncCashPointResponse.class));
        }
    }

    @Test
    void authorizedOutsideAChannel() {
        try (TestServer server = Economy.server();
                Bot bot = server.bot()) {
            String token = server.register("nochannel");
            assertEquals(AuthResponse.SUCCESS, bot.authorize(token).result());
            int id = Economy.userId(server, "nochannel");
            // An empty bag gets its answer without the item table.
            bot.send(PenaltyResetRequest.INSTANCE);
            assertEquals(new PenaltyResetResponse(true), bot.expect(PenaltyResetResponse.class));
            put(server, "nochannel", 0, HAIR, 0);
            put(server, "nochannel", 1, NAME_TICKET, 0);
            put(server, "nochannel", 2, BAG_TICKET, 0);
            // Channel-only groups and the EnterShop/ExitShop handlers: silence.
            for (Object r : List.of(
                    SyncItemPurchaseRequest.INSTANCE,
                    new SellItemRequest(0),
                    SyncMusicPurchaseRequest.INSTANCE,
                    SyncPointRequest.INSTANCE,
                    StartPaymentRequest.INSTANCE,
                    GetGiftMessageListRequest.INSTANCE,
                    SyncFreePassRequest.INSTANCE,
                    SyncCashPointRequest.INSTANCE,
                    new CheckGiftFreePassRequest("nochannel"),
                    EnterShopRequest.INSTANCE,
                    ExitShopRequest.INSTANCE)) {
                bot.send(r);
                assertEquals(List.of(), bot.sync(), "no reply to " + r);
            }
            assertEquals(HAIR, Economy.loadout(server, "nochannel").bagSlot(0), "nothing was sold");
            // My-room requests that do not read the item table work normally.
            bot.send(new CheckNameRequest("nochannel"));
            assertEquals(new CheckNameResponse(true, "nochannel"), bot.expect(CheckNameResponse.class));
            bot.send(new EquipItemRequest(TYPE_HAIR, 0));
            assertEquals(
                    EquipItemResponse.accepted(new EquipmentInfo(TYPE_HAIR, HAIR, 0, 0)),
                    bot.expect(EquipItemResponse.class));
            bot.send(RefreshBagRequest.INSTANCE);
            assertEquals(NAME_TICKET, bot.expect(BagRefreshResponse.class).bag().get(1));
            int song = server.storage().gifts().giveMusic(id, 2, 0, "elf").id();
            bot.send(new ClaimGiftRequest(1, song, 2, false));
            assertEquals(ClaimGiftResponse.of(ClaimGiftResult.SUCCESS), bot.expect(ClaimGiftResponse.class));
            // Bad slots are answered before the item table is needed; good ones are dropped there.
            bot.send(new ChangeNameRequest("other", 30, NAME_TICKET));
            assertEquals(ChangeNameResponse.rejected(), bot.expect(ChangeNameResponse.class));
            bot.send(new BagExpansionRequest(1, BAG_TICKET));
            assertEquals(BagExpansionResponse.rejected(), bot.expect(BagExpansionResponse.class));
            int item = server.storage().gifts().giveItem(id, HAIR, 0, "santa").id();
            for (Object r : List.of(
                    new ChangeNameRequest("other", 1, NAME_TICKET),
                    new BagExpansionRequest(2, BAG_TICKET),
                    PenaltyResetRequest.INSTANCE,
                    new ClaimGiftRequest(0, item, HAIR, false))) {
                bot.send(r);
                assertEquals(List.of(), bot.sync(), "dropped at the item table: " + r);
            }
            assertEquals(NAME_TICKET, Economy.loadout(server, "nochannel").bagSlot(1));
            assertEquals(BAG_TICKET, Economy.loadout(server, "nochannel").bagSlot(2));
            assertEquals(30, Economy.loadout(server, "nochannel").capacity());
            assertFalse(server.storage().gifts().itemGifts(id).isEmpty());
        }
    }

    @Test
    void shopAndChargeRequestsWorkInsideARoom() {
        try (TestServer server = Economy.server();
                Bot bot = server.lobbyBot("inroom")) {
            assertTrue(bot.createRoom("shopping", "").number() >= 0);
            bot.sync();
            bot.send(SyncCashPointRequest.INSTANCE);
            assertEquals(new SyncCashPointResponse(0, 0), bot.expect(SyncCashPointResponse.class));
            put(server, "inroom", 0, HAIR, 0);
            bot.send(new SellItemRequest(0));
            assertEquals(SellItemResponse.accepted(500), bot.expect(SellItemResponse.class));
        }
    }
}
