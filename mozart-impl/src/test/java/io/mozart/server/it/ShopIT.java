package io.mozart.server.it;

import static io.mozart.server.it.Economy.HAIR;
import static io.mozart.server.it.Economy.SKILL;
import static io.mozart.server.it.Economy.UNKNOWN;
import static io.mozart.server.it.Economy.put;
import static io.mozart.server.it.Economy.wallet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.api.metadata.AlbumCatalogue;
import io.mozart.api.metadata.ItemCatalogue;
import io.mozart.api.metadata.MetadataProvider;
import io.mozart.api.metadata.Music;
import io.mozart.api.metadata.MusicCatalogue;
import io.mozart.api.storage.Wallet;
import io.mozart.client.Bot;
import io.mozart.server.protocol.charge.SyncCashPointRequest;
import io.mozart.server.protocol.charge.SyncCashPointResponse;
import io.mozart.server.protocol.common.AttributiveItemEntry;
import io.mozart.server.protocol.common.GiftItemEntry;
import io.mozart.server.protocol.common.GiftMusicEntry;
import io.mozart.server.protocol.common.MusicPremiumEntry;
import io.mozart.server.protocol.lobby.CharacterInfoResponse;
import io.mozart.server.protocol.lobby.JoinRoomResponse;
import io.mozart.server.protocol.myroom.BagRefreshResponse;
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
import io.mozart.server.protocol.waiting.MusicStateChangedNotice;
import io.mozart.server.protocol.waiting.SyncMusicDownloadRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The item shop and the music shop over real sockets against a real SQLite file (spec 05 §3–§4). */
class ShopIT {

    private static List<Integer> emptyBag() {
        return new ArrayList<>(Collections.nCopies(30, 0));
    }

    @Test
    void syncItemPurchaseReadsWhatTheWebShopWrote() {
        try (TestServer server = Economy.server();
                Bot bot = server.lobbyBot("buyer")) {
            Economy.setWallet(server, "buyer", new Wallet(10, 20, 30, 40, 50, 60));
            put(server, "buyer", 2, HAIR, 0);
            put(server, "buyer", 4, SKILL, 3);
            bot.send(SyncItemPurchaseRequest.INSTANCE);
            List<Integer> bag = emptyBag();
            bag.set(2, HAIR);
            bag.set(4, SKILL);
            // cashPoint is the wallet's (the reference sends 0, E1); no pass bought: 0 extension days.
            assertEquals(
                    new SyncPurchaseResponse(
                            10, 20, 30, 60, bag, 40, 50, List.of(new AttributiveItemEntry(SKILL, 3)), 0),
                    bot.expect(SyncPurchaseResponse.class));
            // The sync refreshed the cached profile: character info shows the new wallet.
            assertEquals(10, bot.characterInfo().info().gem());
        }
    }

    @Test
    void aBoughtFreePassIsReportedAsExtensionDays() {
        try (TestServer server = Economy.server();
                Bot bot = server.lobbyBot("vip")) {
            bot.send(SyncItemPurchaseRequest.INSTANCE);
            assertEquals(0, bot.expect(SyncPurchaseResponse.class).freePassExtensionDays());
            server.storage().members().setFreePass("vip", 0x40, Instant.now().plus(30, ChronoUnit.DAYS));
            bot.send(SyncItemPurchaseRequest.INSTANCE);
            int days = bot.expect(SyncPurchaseResponse.class).freePassExtensionDays();
            assertTrue(days == 30 || days == 31, "ceil of the distance from the last read: " + days);
            bot.send(SyncItemPurchaseRequest.INSTANCE);
            assertEquals(0, bot.expect(SyncPurchaseResponse.class).freePassExtensionDays(), "nothing new");
            server.storage().members().setFreePass("vip", 0x40, Instant.now().plus(37, ChronoUnit.DAYS));
            // SyncMusicPurchase reports the extension too (the reference always sends 0, E3).
            bot.send(SyncMusicPurchaseRequest.INSTANCE);
            int musicDays = bot.expect(SyncMusicPurchaseResponse.class).freePassExtensionDays();
            assertTrue(musicDays == 7 || musicDays == 8, "seven more days: " + musicDays);
        }
    }

    @Test
    void sellingCreditsTheGemPriceOnceAndSurvivesAReconnect() {
        try (TestServer server = Economy.server()) {
            try (Bot bot = server.lobbyBot("seller")) {
                Economy.setWallet(server, "seller", new Wallet(1000, 0, 0, 0, 0, 0));
                put(server, "seller", 0, HAIR, 0);
                put(server, "seller", 1, HAIR, 0);
                bot.send(new SellItemRequest(0));
                assertEquals(SellItemResponse.accepted(1500), bot.expect(SellItemResponse.class));
                // The client resends the same sale: the slot is empty now, nothing is sold twice.
                bot.send(new SellItemRequest(0));
                assertEquals(SellItemResponse.rejected(), bot.expect(SellItemResponse.class));
                assertEquals(1500, wallet(server, "seller").gem());
                assertEquals(0, Economy.loadout(server, "seller").bagSlot(0));
                assertEquals(HAIR, Economy.loadout(server, "seller").bagSlot(1), "the other hair stays");
            }
            try (Bot again = Economy.reconnect(server, "seller")) {
                CharacterInfoResponse info = again.characterInfo().info();
                assertEquals(1500, info.gem());
                assertEquals(0, info.inventory().get(0));
                assertEquals(HAIR, info.inventory().get(1));
                again.send(SyncItemPurchaseRequest.INSTANCE);
                assertEquals(1500, again.expect(SyncPurchaseResponse.class).gem());
            }
        }
    }

    @Test
    void twoSalesOfOneSlotSentBackToBackSellOnce() {
        try (TestServer server = Economy.server();
                Bot bot = server.lobbyBot("twice")) {
            put(server, "twice", 7, HAIR, 0);
            bot.send(new SellItemRequest(7));
            bot.send(new SellItemRequest(7));
            assertEquals(SellItemResponse.accepted(500), bot.expect(SellItemResponse.class));
            assertEquals(SellItemResponse.rejected(), bot.expect(SellItemResponse.class));
            assertEquals(500, wallet(server, "twice").gem());
        }
    }

    @Test
    void aSaleWhoseWalletWriteFailsLeavesTheItemInTheBag() {
        AtomicBoolean failWallet = new AtomicBoolean(true);
        try (TestServer server = TestServer.start(
                        b -> {}, Economy.METADATA, s -> new FailingStorage(s, new AtomicBoolean(), failWallet));
                Bot bot = server.lobbyBot("rollback")) {
            put(server, "rollback", 3, HAIR, 0);
            bot.send(new SellItemRequest(3));
            assertEquals(SellItemResponse.rejected(), bot.expect(SellItemResponse.class));
            assertEquals(HAIR, Economy.loadout(server, "rollback").bagSlot(3), "the cleared slot was rolled back");
            assertEquals(0, wallet(server, "rollback").gem());
            failWallet.set(false);
            bot.send(new SellItemRequest(3));
            assertEquals(SellItemResponse.accepted(500), bot.expect(SellItemResponse.class));
        }
    }

    @Test
    void refusedSalesChangeNothing() {
        try (TestServer server = Economy.server();
                Bot bot = server.lobbyBot("refused")) {
            Economy.setWallet(server, "refused", new Wallet(Integer.MAX_VALUE - 10, 0, 0, 0, 0, 0));
            put(server, "refused", 0, HAIR, 0);
            put(server, "refused", 1, UNKNOWN, 0);
            for (int slot : new int[] {-1, 30, Integer.MAX_VALUE, 2, 1, 0}) {
                bot.send(new SellItemRequest(slot));
                assertEquals(SellItemResponse.rejected(), bot.expect(SellItemResponse.class), "slot " + slot);
            }
            assertEquals(Integer.MAX_VALUE - 10, wallet(server, "refused").gem(), "an overflowing sale is refused");
            assertEquals(HAIR, Economy.loadout(server, "refused").bagSlot(0));
            assertEquals(UNKNOWN, Economy.loadout(server, "refused").bagSlot(1));
        }
    }

    @Test
    void sellingOneOfTwoSlotsOfAStackKeepsTheOtherSlotsCount() {
        try (TestServer server = Economy.server();
                Bot bot = server.lobbyBot("stack")) {
            put(server, "stack", 1, SKILL, 3);
            put(server, "stack", 2, SKILL, 3);
            bot.send(new SellItemRequest(1));
            assertEquals(SellItemResponse.accepted(100), bot.expect(SellItemResponse.class));
            BagRefreshResponse bag = Economy.refreshBag(bot);
            assertEquals(List.of(new AttributiveItemEntry(SKILL, 3)), bag.attributiveItems(), "E5");
            bot.send(new SellItemRequest(2));
            assertEquals(SellItemResponse.accepted(200), bot.expect(SellItemResponse.class));
            assertTrue(server.storage()
                    .attributiveItems()
                    .find(Economy.userId(server, "stack"), SKILL)
                    .isEmpty());
            assertEquals(List.of(), Economy.refreshBag(bot).attributiveItems());
        }
    }

    @Test
    void syncMusicPurchaseListsPaidSongsAndGifts() {
        try (TestServer server = Economy.server();
                Bot bot = server.lobbyBot("music")) {
            int id = Economy.userId(server, "music");
            Economy.setWallet(server, "music", new Wallet(1, 2, 3, 4, 5, 6));
            int itemGift =
                    server.storage().gifts().giveItem(id, HAIR, 0, "santa").id();
            int musicGift = server.storage().gifts().giveMusic(id, 2, 0, "elf").id();
            bot.send(SyncMusicPurchaseRequest.INSTANCE);
            // Free music is on by default: every paid song (2 and 3, not 1) with zero dates.
            assertEquals(
                    new SyncMusicPurchaseResponse(
                            1,
                            2,
                            3,
                            4,
                            5,
                            6,
                            List.of(MusicPremiumEntry.unlimited(2), MusicPremiumEntry.unlimited(3)),
                            List.of(new GiftItemEntry(itemGift, HAIR, "santa")),
                            List.of(new GiftMusicEntry(musicGift, 2, "elf")),
                            0),
                    bot.expect(SyncMusicPurchaseResponse.class));
        }
    }

    @Test
    void withoutFreeMusicOwnedSongsHaveNoExpiryWhileAPassIsActive() {
        try (TestServer server = TestServer.start(b -> b.freeMusic(false), Economy.METADATA);
                Bot bot = server.lobbyBot("pass")) {
            Instant expiry = Instant.parse("2099-03-04T05:06:00Z");
            server.storage().members().setFreePass("pass", 0x08, expiry);
            server.storage().music().add(Economy.userId(server, "pass"), 3);
            bot.send(SyncMusicPurchaseRequest.INSTANCE);
            SyncMusicPurchaseResponse r = bot.expect(SyncMusicPurchaseResponse.class);
            assertEquals(
                    List.of(new MusicPremiumEntry(2, 4, 3, 99, 5, 6), MusicPremiumEntry.unlimited(3)),
                    r.musicEntries());
        }
    }

    @Test
    void aHugeMusicListIsCutToOneFrame() {
        List<Music> songs = new ArrayList<>();
        for (int id = 1; id <= 5000; id++) {
            songs.add(new Music(id, 0, 0f, 1, 2, 3, 4, 5, 6, false, false, 100, 0, Optional.empty()));
        }
        MetadataProvider huge =
                MetadataProvider.of(MusicCatalogue.of(songs), ItemCatalogue.empty(), AlbumCatalogue.empty());
        try (TestServer server = TestServer.start(b -> {}, huge);
                Bot bot = server.lobbyBot("collector")) {
            bot.send(SyncMusicPurchaseRequest.INSTANCE);
            SyncMusicPurchaseResponse r = bot.expect(SyncMusicPurchaseResponse.class);
            // (32730 largest relayable client message − 2 opcode − 36 fixed body bytes) / 7 bytes per entry
            // (protocol README rule 4, ClientFrames.MAX_PAYLOAD)
            assertEquals(4670, r.musicEntries().size());
            assertEquals(MusicPremiumEntry.unlimited(4670), r.musicEntries().get(4669));
        }
    }

    @Test
    void giftListsTooLongForAFrameAreDroppedAndTheSongsStillListed() {
        try (TestServer server = Economy.server();
                Bot bot = server.lobbyBot("popular")) {
            int id = Economy.userId(server, "popular");
            String sender = "s".repeat(120);
            // 300 item gifts of 4 + 4 + 121 bytes each: more than a whole frame (32692 body bytes for lists).
            server.storage().inTransaction(tx -> {
                for (int i = 0; i < 300; i++) {
                    tx.gifts().giveItem(id, HAIR, 0, sender);
                }
                return null;
            });
            bot.send(SyncMusicPurchaseRequest.INSTANCE);
            SyncMusicPurchaseResponse r = bot.expect(SyncMusicPurchaseResponse.class);
            // E13: the gifts are dropped because they alone do not fit; the paid songs 2 and 3 are still listed.
            assertEquals(List.of(), r.itemGifts());
            assertEquals(List.of(MusicPremiumEntry.unlimited(2), MusicPremiumEntry.unlimited(3)), r.musicEntries());
        }
    }

    @Test
    void syncMusicDownloadOfAPaidSongWithoutAccessReportsNoAccessTwiceToTheWholeRoom() {
        try (TestServer server = TestServer.start(b -> b.freeMusic(false), Economy.METADATA);
                GameIT.Table t = GameIT.table(server, "dl", 2)) {
            Bot master = t.master();
            Bot member = t.bots().get(1);
            master.music(2, 0, 1); // song 2 costs 100 O2Cash
            t.drainAll();
            member.send(new SyncMusicDownloadRequest(2));
            // 05 §4: no pass, not owned, CashPoint 0 < 10 → NoAccess (2); two notices, sender included.
            for (Bot b : List.of(master, member)) {
                assertEquals(new MusicStateChangedNotice(1, 0, 2), b.expect(MusicStateChangedNotice.class));
                assertEquals(new MusicStateChangedNotice(1, 0, 2), b.expect(MusicStateChangedNotice.class));
            }
            // Ten cash points (re-read by SyncCashPoint) give access.
            Economy.setWallet(server, "dl1", new Wallet(0, 0, 0, 0, 0, 10));
            member.send(SyncCashPointRequest.INSTANCE);
            member.expect(SyncCashPointResponse.class);
            member.send(new SyncMusicDownloadRequest(2));
            for (Bot b : List.of(master, member)) {
                assertEquals(new MusicStateChangedNotice(1, 0, 0), b.expect(MusicStateChangedNotice.class));
                assertEquals(new MusicStateChangedNotice(1, 0, 0), b.expect(MusicStateChangedNotice.class));
            }
            assertTrue(member.sync().isEmpty(), "no direct reply");
        }
    }

    @Test
    void syncMusicDownloadOfAMidGameJoinerCarriesItsPlayingStateOnlyInTheFirstNotice() {
        try (TestServer server = GameIT.server(b -> {});
                GameIT.Table t = GameIT.table(server, "late", 2)) {
            GameIT.startAndLoad(t);
            try (Bot late = server.lobbyBot("latecomer")) {
                JoinRoomResponse joined = late.joinRoom(t.number(), 0, "");
                assertEquals(JoinRoomResponse.SUCCESS, joined.result());
                t.drainAll();
                late.sync();
                late.send(new SyncMusicDownloadRequest(1));
                // 05 §4 2b/2c: the first notice has the member's playing state (Waiting, 2), the second 0.
                MusicStateChangedNotice first = t.master().await(MusicStateChangedNotice.class);
                assertEquals(2, first.playingState());
                assertEquals(0, first.state());
                MusicStateChangedNotice second = t.master().await(MusicStateChangedNotice.class);
                assertEquals(new MusicStateChangedNotice(first.memberId(), 0, 0), second);
            }
        }
    }

    @Test
    void shopScreenNotificationsAreSilentAndCheckoutIsAcknowledged() {
        try (TestServer server = Economy.server();
                Bot bot = server.lobbyBot("screen")) {
            bot.send(EnterShopRequest.INSTANCE);
            bot.send(ExitShopRequest.INSTANCE);
            assertTrue(bot.sync().isEmpty(), "EnterShop/ExitShop have no reply");
            bot.send(StartPaymentRequest.INSTANCE);
            assertEquals(StartPaymentResponse.INSTANCE, bot.expect(StartPaymentResponse.class));
            assertFalse(bot.sync().stream().anyMatch(o -> !(o instanceof StartPaymentResponse)));
        }
    }
}
