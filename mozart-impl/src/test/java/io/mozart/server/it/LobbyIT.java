package io.mozart.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.api.ChannelOptions;
import io.mozart.api.metadata.AlbumCatalogue;
import io.mozart.api.metadata.ItemCatalogue;
import io.mozart.api.metadata.MetadataProvider;
import io.mozart.api.metadata.Music;
import io.mozart.api.metadata.MusicCatalogue;
import io.mozart.api.storage.GiftMessage;
import io.mozart.api.storage.GiftType;
import io.mozart.api.storage.Progress;
import io.mozart.api.storage.RankingEntry;
import io.mozart.api.storage.ScoreRecord;
import io.mozart.api.storage.Wallet;
import io.mozart.client.Bot;
import io.mozart.server.protocol.common.MusicPremiumEntry;
import io.mozart.server.protocol.lobby.CharacterInfoResponse;
import io.mozart.server.protocol.lobby.CreateRoomRequest;
import io.mozart.server.protocol.lobby.CreateRoomResponse;
import io.mozart.server.protocol.lobby.GetUserListRequest;
import io.mozart.server.protocol.lobby.GiftMessageListResponse;
import io.mozart.server.protocol.lobby.JoinRoomResponse;
import io.mozart.server.protocol.lobby.JoinWaitingRequest;
import io.mozart.server.protocol.lobby.MusicListResponse;
import io.mozart.server.protocol.lobby.MusicLoadedNotice;
import io.mozart.server.protocol.lobby.RoomCreatedNotice;
import io.mozart.server.protocol.lobby.RoomListResponse;
import io.mozart.server.protocol.lobby.RoomParameterChangedNotice;
import io.mozart.server.protocol.lobby.RoomRemovedNotice;
import io.mozart.server.protocol.lobby.RoomSkillChangedNotice;
import io.mozart.server.protocol.lobby.RoomStateChangedNotice;
import io.mozart.server.protocol.lobby.RoomTitleChangedNotice;
import io.mozart.server.protocol.lobby.RoomUserCountChangedNotice;
import io.mozart.server.protocol.lobby.UserJoinWaitingNotice;
import io.mozart.server.protocol.lobby.UserListResponse;
import io.mozart.server.protocol.planet.ChannelLoginResponse;
import io.mozart.server.protocol.planet.ChannelLogoutResponse;
import io.mozart.server.protocol.playing.ScoreCompletedNotice;
import io.mozart.server.protocol.ranking.MusicPlayRankingResponse;
import io.mozart.server.protocol.ranking.MusicScoreListResponse;
import io.mozart.server.protocol.waiting.ExitWaitingRequest;
import io.mozart.server.protocol.waiting.ExitWaitingResponse;
import io.mozart.server.protocol.waiting.SetRoomSkillRequest;
import io.mozart.server.protocol.waiting.SetRoomTitleRequest;
import io.mozart.server.protocol.waiting.UserLeaveWaitingNotice;
import io.mozart.server.protocol.waiting.WaitingMusicChangedNotice;
import io.mozart.server.protocol.waiting.WaitingSkillChangedNotice;
import io.mozart.server.protocol.waiting.WaitingTitleChangedNotice;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The lobby (spec 02) over real sockets against a real SQLite file: character info, the lists, creating
 * and joining rooms, the lobby notices and who gets them, channel logout and disconnect cleanup. "Nobody
 * else got anything" is proven with {@link Bot#sync()}, a ping barrier, never with a quiet period.
 */
class LobbyIT {

    /** Music 1 (free) and music 2 (premium: 100 O2Cash), in file order. */
    private static final MetadataProvider METADATA = MetadataProvider.of(
            MusicCatalogue.of(List.of(
                    Music.basic(1, 10, 20, 30, 500, 600, 700),
                    new Music(2, 1, 120f, 5, 6, 7, 70000, 80, 90, false, false, 100, 0, Optional.empty()))),
            ItemCatalogue.empty(),
            AlbumCatalogue.empty());

    private static TestServer server() {
        return TestServer.start(b -> {}, METADATA);
    }

    private static int userId(TestServer server, String username) {
        return server.storage()
                .characters()
                .findByUsername(username)
                .orElseThrow()
                .id();
    }

    private static CreateRoomResponse create(Bot bot, String title, String password) {
        List<Object> frames = createFrames(bot, title, password);
        assertEquals(1, frames.size(), "the creator gets only its CreateRoom response: " + frames);
        return (CreateRoomResponse) frames.get(0);
    }

    /** CreateRoom after a barrier, so that the frames returned are the ones the request caused. */
    private static List<Object> createFrames(Bot bot, String title, String password) {
        bot.sync();
        bot.send(new CreateRoomRequest(title, 1, !password.isEmpty(), password, 0, 0, false));
        return bot.until(CreateRoomResponse.class);
    }

    private static List<Object> created(int number, String title, boolean password, int musicId) {
        return List.of(
                new RoomCreatedNotice(number, title, 1, password, 0, 0, false, 0),
                new RoomParameterChangedNotice(number, musicId, 0, 1),
                new RoomSkillChangedNotice(number, List.of()));
    }

    private static RoomUserCountChangedNotice count(int number, int users) {
        return new RoomUserCountChangedNotice(number, 8, users, false, 0);
    }

    private static List<Object> exit(Bot bot) {
        bot.send(new ExitWaitingRequest(0));
        return bot.until(ExitWaitingResponse.class);
    }

    @Test
    void characterInfoOfARegisteredUserComesAsGiftsThenInfoThenPremiumTimes() {
        try (TestServer server = server();
                Bot bot = server.bot()) {
            String token = server.register("carol");
            int id = userId(server, "carol");
            server.storage().wallets().set(id, new Wallet(1234, 5, 6, 7, 8, 9));
            server.storage().gifts().giveItem(id, 7001, 0, "shop");
            GiftMessage stored = server.storage()
                    .gifts()
                    .sendMessage(new GiftMessage(
                            0,
                            "admin",
                            0,
                            "Admin",
                            "carol",
                            id,
                            "carol",
                            "Welcome",
                            "Have a gift",
                            GiftType.ITEM,
                            null));
            // The write date as M/d/yyyy in UTC (spec 02 O11 leaves the culture open; docs/compatibility.md).
            String date = DateTimeFormatter.ofPattern("M/d/yyyy")
                    .withZone(ZoneOffset.UTC)
                    .format(stored.writtenAt());
            bot.login(token, 0);

            Bot.CharacterInfoReplies replies = bot.characterInfo();
            assertNotNull(replies.gifts(), "unread gift messages come first");
            assertEquals(1, replies.gifts().messages().size());
            GiftMessageListResponse.GiftEntry message =
                    replies.gifts().messages().get(0);
            assertEquals(
                    new GiftMessageListResponse.GiftEntry(stored.id(), 0, date, "Admin", "Welcome", "Have a gift"),
                    message);
            CharacterInfoResponse info = replies.info();
            assertEquals("carol", info.nickname());
            assertEquals(1, info.gender(), "registered as male");
            assertEquals(1234, info.gem());
            assertEquals(5, info.point());
            assertEquals(6, info.o2Cash());
            assertEquals(7, info.musicCash());
            assertEquals(8, info.itemCash());
            assertEquals(9, info.cashPoint());
            assertEquals(1, info.level());
            assertEquals(30, info.inventory().size(), "one entry per bag slot, empty ones included");
            assertEquals(1, info.unreadGiftMessages());
            assertEquals(1, info.itemGiftBox().size());
            assertEquals(7001, info.itemGiftBox().get(0).itemId());
            assertEquals(
                    List.of(MusicPremiumEntry.unlimited(2)),
                    replies.premium().entries(),
                    "free music lists every purchasable song without a date");
            assertEquals(List.of(), bot.sync());

            // Reading the message: no reply, and it leaves the unread list and the next character info.
            bot.readGiftMessage(message.messageId());
            assertEquals(List.of(), bot.giftMessages().messages());
            Bot.CharacterInfoReplies after = bot.characterInfo();
            assertNull(after.gifts(), "no gift list once everything is read");
            assertEquals(0, after.info().unreadGiftMessages());
        }
    }

    @Test
    void moreUnreadGiftMessagesThanOneFrameHoldsAreCutToWhatFits() {
        try (TestServer server = server();
                Bot bot = server.bot()) {
            String token = server.register("inbox");
            int id = userId(server, "inbox");
            // 60 messages of about 1.3 KB each (a 400-character Korean text is 1200 UTF-8 bytes): about 78 KB.
            String content = "\uAC00".repeat(400);
            server.storage().inTransaction(tx -> {
                for (int i = 0; i < 60; i++) {
                    tx.gifts()
                            .sendMessage(new GiftMessage(
                                    0, "a", 0, "A", "inbox", id, "inbox", "title " + i, content, GiftType.ITEM, null));
                }
                return null;
            });
            bot.login(token, 0);
            // The list pushed before the character info and the one asked for are capped to one frame, oldest
            // first (protocol README rule 4); the character info still arrives and counts all 60.
            Bot.CharacterInfoReplies replies = bot.characterInfo();
            assertNotNull(replies.gifts());
            int shown = replies.gifts().messages().size();
            assertTrue(shown > 20 && shown < 60, "what fits one frame: " + shown);
            assertEquals("title 0", replies.gifts().messages().get(0).title());
            assertEquals(60, replies.info().unreadGiftMessages());
            List<GiftMessageListResponse.GiftEntry> asked = bot.giftMessages().messages();
            assertEquals(replies.gifts().messages(), asked);
            // Reading the first one makes room for the next.
            bot.readGiftMessage(asked.get(0).messageId());
            List<GiftMessageListResponse.GiftEntry> next = bot.giftMessages().messages();
            assertEquals(shown, next.size());
            assertEquals("title 1", next.get(0).title());
            assertEquals("title " + shown, next.get(shown - 1).title());
        }
    }

    @Test
    void theGiftDateFormatIsConfigurable() {
        try (TestServer server = TestServer.start(b -> b.giftDateFormat("dd.MM.yyyy"));
                Bot bot = server.bot()) {
            String token = server.register("europe");
            int id = userId(server, "europe");
            GiftMessage stored = server.storage()
                    .gifts()
                    .sendMessage(
                            new GiftMessage(0, "a", 0, "A", "europe", id, "europe", "t", "c", GiftType.MUSIC, null));
            bot.login(token, 0);
            String date = DateTimeFormatter.ofPattern("dd.MM.yyyy")
                    .withZone(ZoneOffset.UTC)
                    .format(stored.writtenAt());
            assertEquals(
                    List.of(new GiftMessageListResponse.GiftEntry(stored.id(), 1, date, "A", "t", "c")),
                    bot.giftMessages().messages());
        }
    }

    @Test
    void channelInfoListsUsersThenRooms() {
        try (TestServer server =
                        TestServer.start(b -> b.channels(ChannelOptions.of(0).withCapacity(5)));
                Bot a = server.lobbyBot("anna");
                Bot b = server.lobbyBot("ben")) {
            assertEquals(
                    CreateRoomResponse.SUCCESS, create(b, "ben's room", "pw").result());
            assertEquals(created(0, "ben's room", true, 0), a.sync());
            Bot.ChannelInfo info = a.channelInfo();
            List<UserListResponse.UserEntry> users = info.users().users();
            assertEquals(
                    List.of(
                            new UserListResponse.UserEntry(userId(server, "anna"), "anna", "anna", 1),
                            new UserListResponse.UserEntry(userId(server, "ben"), "ben", "ben", 1)),
                    users,
                    "channel-entry order, nickname in both name fields, the requester included");
            List<RoomListResponse.RoomEntry> rooms = info.rooms().rooms();
            assertEquals(RoomListResponse.ROOM_COUNT, rooms.size());
            assertEquals(
                    new RoomListResponse.RoomEntry(
                            0, 1, "ben's room", true, 0, 0, 1, 1, 8, 1, 0, 0, List.of(), false, 0),
                    rooms.get(0));
            for (int i = 1; i < 5; i++) {
                assertEquals(RoomListResponse.RoomEntry.EMPTY, rooms.get(i), "entry " + i);
            }
            for (int i = 5; i < RoomListResponse.ROOM_COUNT; i++) {
                assertEquals(RoomListResponse.RoomEntry.FILLER, rooms.get(i), "entry " + i + " beyond capacity");
            }
            assertEquals(info.users(), a.userList());
            assertEquals(List.of(), a.sync());
        }
    }

    @Test
    void musicRankingAndScoreListsComeFromTheCatalogueAndStorage() {
        try (TestServer server = server();
                Bot bot = server.bot()) {
            String token = server.register("dora");
            int id = userId(server, "dora");
            Progress progress = new Progress(3, 100, 4, 4, 0, 0);
            server.storage().characters().updateProgress(id, progress);
            server.storage()
                    .rankings()
                    .replaceAll(List.of(new RankingEntry(id, "dora", "dora", true, progress, 1, 0, 2, null)));
            server.storage().scores().save(id, new ScoreRecord(1, 0, 123456, 0));
            server.storage().scores().save(id, new ScoreRecord(77, 1, 5, 0));
            bot.login(token, 0);

            assertEquals(
                    List.of(
                            new MusicListResponse.MusicInfo(1, 500, 600, 700, 0, 0),
                            new MusicListResponse.MusicInfo(2, 70000 & 0xFFFF, 80, 90, 100, 0)),
                    bot.musicList().music());

            // winRate is the integer quotient wins / battles (spec 02 O9); change type 0 is "down" (1).
            MusicPlayRankingResponse.RankEntry dora = new MusicPlayRankingResponse.RankEntry(1, "dora", 4, 4, 1, 1, 2);
            MusicPlayRankingResponse ranking = bot.playRanking();
            assertEquals(dora, ranking.self());
            assertEquals(List.of(dora), ranking.entries());

            // Music 1 EX (500 notes): max score 190060, so 123456 is at least 50 % and below 70 %: rank C (4).
            // Music 77 is not in the catalogue: rank None.
            List<MusicScoreListResponse.ScoreEntry> scores = bot.scoreList().entries();
            assertEquals(2, scores.size());
            assertTrue(
                    scores.contains(new MusicScoreListResponse.ScoreEntry(1, 123456, 0, 0, 4, 0, 0)), scores::toString);
            assertTrue(scores.contains(new MusicScoreListResponse.ScoreEntry(77, 0, 5, 0, 0, 0, 0)), scores::toString);
        }
    }

    @Test
    void listsLongerThanOneFrameAreCappedNotBroken() {
        List<Music> many = new ArrayList<>();
        for (int id = 1; id <= 5000; id++) {
            many.add(new Music(id, 0, 100f, 1, 2, 3, 10, 20, 30, false, false, 5, 0, Optional.empty()));
        }
        MetadataProvider big =
                MetadataProvider.of(MusicCatalogue.of(many), ItemCatalogue.empty(), AlbumCatalogue.empty());
        try (TestServer server = TestServer.start(b -> {}, big);
                Bot bot = server.lobbyBot("collector")) {
            // Spec 02 O12: 16-byte entries; opcode, i16 count and 2045 entries (32724 bytes) are the most that fit
            // one frame and still fit a gateway's relay frame (ClientFrames.MAX_PAYLOAD = 32730).
            List<MusicListResponse.MusicInfo> music = bot.musicList().music();
            assertEquals(MusicListResponse.MAX_ENTRIES, music.size());
            assertEquals(2045, music.size());
            assertEquals(new MusicListResponse.MusicInfo(2045, 10, 20, 30, 5, 0), music.get(2044));
            // 7-byte premium entries: 4674 fit (6 + 7 * 4674 = 32724 bytes).
            Bot.CharacterInfoReplies replies = bot.characterInfo();
            assertEquals(4674, replies.premium().entries().size());
            assertEquals(
                    MusicPremiumEntry.unlimited(4674),
                    replies.premium().entries().get(4673));
            assertEquals(List.of(), bot.sync());
        }
    }

    @Test
    void createNumbersRoomsFromTheLowestFreeNumberAndTheRoomTakesTheFirstInstalledSong() {
        try (TestServer server = server();
                Bot a = server.lobbyBot("r0");
                Bot b = server.lobbyBot("r1");
                Bot c = server.lobbyBot("r2");
                Bot lobby = server.lobbyBot("watcher")) {
            a.sendMusicList(List.of(0xF064, 0x0001));
            assertEquals(CreateRoomResponse.success(0, false), create(a, "zero", ""));
            assertEquals(CreateRoomResponse.success(1, false), create(b, "one", ""));
            List<Object> both = new ArrayList<>(created(0, "zero", false, 100));
            both.addAll(created(1, "one", false, 0));
            assertEquals(both, lobby.sync(), "music = the first installed id with its flag nibble masked off");
            exit(a);
            assertEquals(List.of(new RoomRemovedNotice(0)), lobby.sync());
            assertEquals(CreateRoomResponse.success(0, false), create(c, "zero again", ""), "number 0 is reused");
            // Already in a room: CreateRoom is ignored (no reply).
            c.send(new CreateRoomRequest("second", 1, false, "", 0, 0, false));
            assertEquals(List.of(), c.sync());
        }
    }

    @Test
    void passwordsAreCheckedExactly() {
        try (TestServer server = server();
                Bot master = server.lobbyBot("pm");
                Bot joiner = server.lobbyBot("pj")) {
            int number = create(master, "locked", "Secret").number();
            master.sync();
            assertEquals(
                    JoinRoomResponse.failure(JoinRoomResponse.INVALID_PASSWORD),
                    joiner.joinRoom(number, 0, "secret"),
                    "case-sensitive");
            assertEquals(JoinRoomResponse.failure(JoinRoomResponse.INVALID_PASSWORD), joiner.joinRoom(number, 0, ""));
            assertEquals(List.of(), master.sync(), "a refused join changes nothing in the room");
            assertEquals(
                    JoinRoomResponse.SUCCESS,
                    joiner.joinRoom(number, 0, "Secret").result());
            // A room without a password ignores whatever password the joiner sends.
            try (Bot open = server.lobbyBot("po");
                    Bot other = server.lobbyBot("pq")) {
                int free = create(open, "open", "").number();
                assertEquals(
                        JoinRoomResponse.SUCCESS,
                        other.joinRoom(free, 0, "anything").result());
            }
        }
    }

    @Test
    void joinWithTwoClientsGivesTheSnapshotAndTellsTheOthers() {
        try (TestServer server = server();
                Bot master = server.lobbyBot("m2");
                Bot joiner = server.lobbyBot("j2");
                Bot lobby = server.lobbyBot("l2")) {
            master.sendMusicList(List.of(1));
            int number = create(master, "duo", "").number();
            joiner.sync();
            lobby.sync();
            joiner.sendMusicList(List.of(0xF001, 2));
            JoinRoomResponse joined = joiner.joinRoom(number, 1, "");
            assertEquals(JoinRoomResponse.SUCCESS, joined.result());
            JoinRoomResponse.RoomInfo info = joined.info();
            assertEquals(1, info.index());
            assertEquals(1, info.team(), "lowest team nobody uses");
            assertEquals("duo", info.title());
            assertEquals(1, info.musicId());
            assertEquals(2, info.userCount());
            assertEquals(JoinRoomResponse.RoomInfo.SLOT_COUNT, info.slots().size());
            JoinRoomResponse.SlotInfo first = info.slots().get(0);
            assertEquals(0, first.index());
            assertEquals(JoinRoomResponse.SlotInfo.OCCUPIED, first.state());
            assertEquals("m2", first.member().nickname());
            assertTrue(first.member().isRoomMaster());
            assertTrue(first.member().ready());
            assertEquals(List.of(1), first.member().musicIds());
            for (int i = 1; i < JoinRoomResponse.RoomInfo.SLOT_COUNT; i++) {
                assertEquals(
                        JoinRoomResponse.SlotInfo.vacant(i + 1), info.slots().get(i));
            }
            List<Object> toMaster = master.sync();
            assertEquals(1, toMaster.size(), toMaster::toString);
            UserJoinWaitingNotice join = (UserJoinWaitingNotice) toMaster.get(0);
            assertEquals(1, join.memberId());
            assertEquals("j2", join.nickname());
            assertEquals(1, join.team());
            assertEquals(List.of(0xF001, 2), join.musicIds(), "the installed list is echoed verbatim");
            // Mozart tells the lobby the new user count (the reference never does, spec 02 O3).
            assertEquals(List.of(count(number, 2)), lobby.sync());
            assertEquals(List.of(), joiner.sync());
        }
    }

    @Test
    void eightMembersWithThousandsOfInstalledSongsStillGetTheirJoinRoomSnapshot() {
        // 2,500 installed songs per member: seven members' lists alone are 35,000 bytes, more than one frame.
        try (TestServer server = server()) {
            List<Bot> bots = new ArrayList<>();
            try {
                int number = 0;
                JoinRoomResponse last = null;
                for (int i = 0; i < 8; i++) {
                    Bot b = server.lobbyBot("big" + i);
                    bots.add(b);
                    List<Integer> installed = new ArrayList<>();
                    for (int id = 2; id <= 2500; id++) {
                        installed.add(id);
                    }
                    installed.add(i == 0 ? 0 : installed.size(), 0xF001); // music 1 with a flag nibble
                    b.sendMusicList(installed);
                    b.sync();
                    if (i == 0) {
                        number = create(b, "big", "").number();
                    } else {
                        last = b.joinRoom(number, 0, "");
                        assertEquals(JoinRoomResponse.SUCCESS, last.result(), "joiner " + i);
                    }
                }
                List<Integer> sizes = new ArrayList<>();
                for (JoinRoomResponse.SlotInfo slot : last.info().slots()) {
                    if (slot.state() == JoinRoomResponse.SlotInfo.OCCUPIED) {
                        List<Integer> ids = slot.member().musicIds();
                        sizes.add(ids.size());
                        assertTrue(
                                ids.contains(0xF001),
                                "the room's music (1) is kept: " + slot.member().nickname());
                    }
                }
                assertEquals(7, sizes.size());
                assertEquals(1, sizes.stream().distinct().count(), "every member keeps as many: " + sizes);
                assertTrue(sizes.get(0) < 2500 && sizes.get(0) > 2000, "cut to what fits: " + sizes);
                // The others saw the last joiner with its whole list (one member fits a frame).
                UserJoinWaitingNotice joined = bots.get(0).sync().stream()
                        .filter(o -> o instanceof UserJoinWaitingNotice n && n.memberId() == 7)
                        .map(o -> (UserJoinWaitingNotice) o)
                        .findFirst()
                        .orElseThrow();
                assertEquals(2500, joined.musicIds().size());
            } finally {
                bots.forEach(Bot::close);
            }
        }
    }

    @Test
    void joinWithEightClientsFillsTheRoomAndTheNinthIsRefusedWithoutAStaleRoom() {
        try (TestServer server = server();
                Bot lobby = server.lobbyBot("l8")) {
            List<Bot> bots = new ArrayList<>();
            try {
                Bot master = server.lobbyBot("m8");
                bots.add(master);
                int number = create(master, "octet", "").number();
                JoinRoomResponse.RoomInfo last = null;
                for (int i = 1; i < 8; i++) {
                    Bot b = server.lobbyBot("j8-" + i);
                    bots.add(b);
                    JoinRoomResponse r = b.joinRoom(number, 0, "");
                    assertEquals(JoinRoomResponse.SUCCESS, r.result(), "joiner " + i);
                    assertEquals(i, r.info().index());
                    assertEquals(i, r.info().team());
                    assertEquals(i + 1, r.info().userCount());
                    last = r.info();
                }
                for (int i = 0; i < JoinRoomResponse.RoomInfo.SLOT_COUNT; i++) {
                    JoinRoomResponse.SlotInfo s = last.slots().get(i);
                    assertEquals(i, s.index());
                    assertEquals(JoinRoomResponse.SlotInfo.OCCUPIED, s.state());
                    assertEquals(i == 0 ? "m8" : "j8-" + i, s.member().nickname());
                    assertEquals(i, s.member().team());
                    assertEquals(i == 0, s.member().isRoomMaster());
                }
                for (int k = 0; k < 8; k++) {
                    List<Object> got = bots.get(k).sync();
                    List<Integer> joiners = new ArrayList<>();
                    for (Object o : got) {
                        joiners.add(((UserJoinWaitingNotice) o).memberId());
                    }
                    List<Integer> expected = new ArrayList<>();
                    for (int j = k + 1; j < 8; j++) {
                        expected.add(j);
                    }
                    assertEquals(expected, joiners, "member " + k + " hears of every later joiner and nothing else");
                }
                List<Object> lobbyGot = lobby.sync();
                List<Object> expectedLobby = new ArrayList<>(created(number, "octet", false, 0));
                for (int users = 2; users <= 8; users++) {
                    expectedLobby.add(count(number, users));
                }
                assertEquals(expectedLobby, lobbyGot);

                try (Bot ninth = server.lobbyBot("j8-9")) {
                    assertEquals(JoinRoomResponse.failure(JoinRoomResponse.FULL), ninth.joinRoom(number, 0, ""));
                    for (Bot b : bots) {
                        assertEquals(List.of(), b.sync(), "a refused join tells the room nothing");
                    }
                    // The refused joiner is not attached to the full room (spec 02 O2): it can create one.
                    assertEquals(CreateRoomResponse.success(1, false), create(ninth, "mine", ""));
                    assertEquals(2, server.server().world().channel(0).roomCount());
                }
            } finally {
                bots.forEach(Bot::close);
            }
        }
    }

    @Test
    void joiningAPlayingRoomSeatsTheJoinerAsWaitingAndTellsTheWholeRoom() {
        try (TestServer server = GameIT.server(b -> {});
                GameIT.Table t = GameIT.table(server, "mid", 2);
                Bot late = server.lobbyBot("late")) {
            GameIT.startAndLoad(t);
            t.bots().forEach(Bot::sync);
            late.sync();
            late.send(new JoinWaitingRequest(t.number(), 0, ""));
            List<Object> frames = late.until(JoinRoomResponse.class);
            assertEquals(new MusicLoadedNotice(2, 2), frames.get(0), "room-all, the joiner included, first");
            JoinRoomResponse joined = (JoinRoomResponse) frames.get(1);
            assertEquals(2, frames.size());
            assertEquals(2, joined.info().index());
            assertEquals(1, joined.info().slots().get(0).member().playingState(), "the master is playing");
            for (Bot b : t.bots()) {
                List<Object> got = b.sync();
                assertEquals(2, got.size(), got::toString);
                UserJoinWaitingNotice join = (UserJoinWaitingNotice) got.get(0);
                assertEquals(2, join.playingState(), "Waiting: joined during a game");
                assertEquals(new MusicLoadedNotice(2, 2), got.get(1));
            }
        }
    }

    @Test
    void anAdministratorsRoomGetsADecorationType() {
        try (TestServer server = server();
                Bot admin = server.bot();
                Bot lobby = server.lobbyBot("lb")) {
            admin.login(server.register("gm", true), 0);
            int number = create(admin, "event", "").number();
            RoomCreatedNotice created = (RoomCreatedNotice) lobby.sync().get(0);
            assertEquals(number, created.number());
            assertTrue(
                    created.type() == 5 || created.type() == 6,
                    "a male administrator's room: 5 or 6, got " + created.type());
            JoinRoomResponse joined = lobby.joinRoom(number, 0, "");
            int arena = joined.info().arena();
            assertEquals(0x80000000, arena & 0xFFFFFF00, "random arena flag");
            assertTrue((arena & 0xFF) < 36, "seed 0..35");
            assertTrue(joined.info().slots().get(0).member().isAdministrator());
        }
    }

    @Test
    void joiningAMissingRoomIsAnsweredWithGenericError() {
        try (TestServer server = server();
                Bot bot = server.lobbyBot("lost")) {
            assertEquals(JoinRoomResponse.failure(JoinRoomResponse.GENERIC_ERROR), bot.joinRoom(42, 0, ""));
            assertEquals(JoinRoomResponse.failure(JoinRoomResponse.GENERIC_ERROR), bot.joinRoom(-1, 0, ""));
            assertEquals(CreateRoomResponse.success(0, false), create(bot, "still fine", ""));
        }
    }

    @Test
    void lobbyNoticesReachExactlyTheirRecipients() {
        try (TestServer server =
                        TestServer.start(b -> b.channels(ChannelOptions.of(0), ChannelOptions.of(1)), METADATA);
                Bot other = server.lobbyBot("other-master");
                Bot lobby = server.lobbyBot("lobby");
                Bot creator = server.lobbyBot("creator");
                Bot joiner = server.lobbyBot("joiner");
                Bot elsewhere = server.bot();
                Bot planet = server.bot()) {
            elsewhere.login(server.register("elsewhere"), 1);
            assertEquals(0, planet.authorize(server.register("planet")).result());
            int otherRoom = create(other, "other", "").number();
            for (Bot b : List.of(lobby, creator, joiner)) {
                assertEquals(created(otherRoom, "other", false, 0), b.sync());
            }

            // RoomCreated, RoomParameterChanged, RoomSkillChanged: channel-except(creator), other rooms included.
            int number = create(creator, "notices", "").number();
            List<Object> trio = created(number, "notices", false, 0);
            assertEquals(trio, lobby.sync());
            assertEquals(trio, other.sync());
            assertEquals(trio, joiner.sync());
            assertEquals(List.of(), elsewhere.sync(), "another channel hears nothing");
            assertEquals(List.of(), planet.sync(), "a session outside every channel hears nothing");

            // Join: UserJoinWaiting to the room; the new user count to channel-outside(room).
            assertEquals(
                    JoinRoomResponse.SUCCESS, joiner.joinRoom(number, 0, "").result());
            assertEquals(List.of(), joiner.sync());
            List<Object> toCreator = creator.sync();
            assertEquals(1, toCreator.size(), toCreator::toString);
            assertEquals("joiner", ((UserJoinWaitingNotice) toCreator.get(0)).nickname());
            assertEquals(List.of(count(number, 2)), lobby.sync());
            assertEquals(List.of(count(number, 2)), other.sync());

            // Title: WaitingTitleChanged to the room, RoomTitleChanged to channel-outside(room).
            creator.send(new SetRoomTitleRequest("renamed"));
            assertEquals(List.of(new WaitingTitleChangedNotice("renamed")), creator.sync());
            assertEquals(List.of(new WaitingTitleChangedNotice("renamed")), joiner.sync());
            assertEquals(List.of(new RoomTitleChangedNotice(number, "renamed")), lobby.sync());
            assertEquals(List.of(new RoomTitleChangedNotice(number, "renamed")), other.sync());

            // The joiner leaves: UserLeaveWaiting to the room, the count to everyone outside it, the leaver
            // (back in the lobby) included.
            assertEquals(List.of(count(number, 1), ExitWaitingResponse.OK), exit(joiner));
            assertEquals(List.of(new UserLeaveWaitingNotice(1, 0, false)), creator.sync());
            assertEquals(List.of(count(number, 1)), lobby.sync());
            assertEquals(List.of(count(number, 1)), other.sync());

            // The last member leaves: RoomRemoved to channel-all, the leaver included.
            assertEquals(List.of(new RoomRemovedNotice(number), ExitWaitingResponse.OK), exit(creator));
            for (Bot b : List.of(lobby, other, joiner)) {
                assertEquals(List.of(new RoomRemovedNotice(number)), b.sync());
            }
            assertEquals(List.of(), elsewhere.sync());
            assertEquals(List.of(), planet.sync());
        }
    }

    @Test
    void roomSettingAndStateNoticesReachOnlyTheChannelOutsideTheRoom() {
        try (TestServer server = GameIT.server(b -> b.channels(ChannelOptions.of(0), ChannelOptions.of(1)));
                GameIT.Table t = GameIT.table(server, "st", 2);
                Bot lobby = server.lobbyBot("st-lobby");
                Bot elsewhere = server.bot().login(server.register("st-else"), 1)) {
            Bot master = t.master();
            Bot member = t.bots().get(1);
            int number = t.number();
            for (Bot b : List.of(master, member, lobby, elsewhere)) {
                b.sync();
            }
            // Music and skills: the room gets its waiting-room notices, the channel outside the lobby notices.
            master.music(1, 1, 2);
            assertEquals(List.of(new WaitingMusicChangedNotice(1, 1, 2)), master.sync());
            assertEquals(List.of(new WaitingMusicChangedNotice(1, 1, 2)), member.sync());
            assertEquals(List.of(new RoomParameterChangedNotice(number, 1, 1, 2)), lobby.sync());
            master.send(new SetRoomSkillRequest(List.of(7)));
            assertEquals(List.of(new WaitingSkillChangedNotice(List.of(7))), master.sync());
            assertEquals(List.of(new WaitingSkillChangedNotice(List.of(7))), member.sync());
            assertEquals(List.of(new RoomSkillChangedNotice(number, List.of(7))), lobby.sync());
            master.send(new SetRoomSkillRequest(List.of(0)));
            master.sync();
            member.sync();
            assertEquals(List.of(new RoomSkillChangedNotice(number, List.of())), lobby.sync());
            assertEquals(List.of(), elsewhere.sync());

            // Game start and end: RoomStateChanged to the channel outside the room only.
            GameIT.startAndLoad(t);
            assertEquals(List.of(new RoomStateChangedNotice(number, 2)), lobby.sync());
            for (Bot b : t.bots()) {
                assertTrue(b.sync().stream().noneMatch(o -> o instanceof RoomStateChangedNotice));
            }
            master.submit(400, 100, 0, 120000, 100);
            member.submit(450, 50, 0, 130000, 100);
            for (Bot b : t.bots()) {
                b.await(ScoreCompletedNotice.class);
            }
            List<Object> afterGame = member.sync();
            assertTrue(afterGame.stream().noneMatch(o -> o instanceof RoomStateChangedNotice), afterGame::toString);
            assertEquals(List.of(new RoomStateChangedNotice(number, 1)), lobby.sync());
            assertEquals(List.of(), elsewhere.sync());
        }
    }

    @Test
    void theMasterLeavingHandsTheRoomOverToTheLowestSlot() {
        try (TestServer server = server();
                Bot master = server.lobbyBot("hm");
                Bot second = server.lobbyBot("hs");
                Bot third = server.lobbyBot("ht")) {
            int number = create(master, "handover", "").number();
            second.joinRoom(number, 0, "");
            third.joinRoom(number, 0, "");
            for (Bot b : List.of(master, second, third)) {
                b.sync();
            }
            assertEquals(List.of(count(number, 2), ExitWaitingResponse.OK), exit(master));
            assertEquals(List.of(new UserLeaveWaitingNotice(0, 1, false)), second.sync());
            assertEquals(List.of(new UserLeaveWaitingNotice(0, 1, false)), third.sync());
            // The new master may now change the title; the old one is in the lobby and cannot.
            second.send(new SetRoomTitleRequest("mine now"));
            assertEquals(List.of(new WaitingTitleChangedNotice("mine now")), second.sync());
            assertEquals(List.of(new WaitingTitleChangedNotice("mine now")), third.sync());
            assertEquals(List.of(new RoomTitleChangedNotice(number, "mine now")), master.sync());
            master.send(new SetRoomTitleRequest("hijack"));
            assertEquals(List.of(), master.sync());
            assertEquals(List.of(), second.sync());
        }
    }

    @Test
    void channelLogoutLeavesTheRoomAndTheChannel() {
        try (TestServer server = TestServer.start(b -> b.channels(ChannelOptions.of(0), ChannelOptions.of(1)));
                Bot alone = server.lobbyBot("solo");
                Bot pair = server.lobbyBot("pair");
                Bot mate = server.lobbyBot("mate");
                Bot lobby = server.lobbyBot("seer")) {
            int soloRoom = create(alone, "solo", "").number();
            int pairRoom = create(pair, "pair", "").number();
            mate.joinRoom(pairRoom, 0, "");
            for (Bot b : List.of(alone, pair, mate, lobby)) {
                b.sync();
            }

            // Alone in a room: RoomRemoved reaches the leaver just before ChannelLogoutResponse.
            assertEquals(
                    List.of(new RoomRemovedNotice(soloRoom), ChannelLogoutResponse.INSTANCE), alone.channelLogout());
            for (Bot b : List.of(lobby, pair, mate)) {
                assertEquals(List.of(new RoomRemovedNotice(soloRoom)), b.sync(), "channel-all, room members too");
            }
            // With a mate: the mate gets UserLeaveWaiting and the lobby the new count; the leaver gets only
            // its response.
            assertEquals(List.of(ChannelLogoutResponse.INSTANCE), mate.channelLogout());
            assertEquals(List.of(new UserLeaveWaitingNotice(1, 0, false)), pair.sync());
            assertEquals(List.of(count(pairRoom, 1)), lobby.sync());
            assertEquals(List.of(), alone.sync());

            assertEquals(2, alone.channelList().channels().get(0).population(), "pair and seer remain");
            // Still authorized: lobby requests are ignored, and another channel can be entered.
            alone.send(GetUserListRequest.INSTANCE);
            assertEquals(List.of(), alone.sync());
            assertEquals(ChannelLoginResponse.success(), alone.channelLogin(0, 1));
            assertEquals(1, alone.userList().users().size());
        }
    }

    @Test
    void aDisconnectLeavesRoomAndChannelAndTheOthersSeeIt() {
        try (TestServer server = server();
                Bot master = server.lobbyBot("dm");
                Bot lobby = server.lobbyBot("dl")) {
            int number = create(master, "doomed", "").number();
            Bot member = server.lobbyBot("dj");
            member.joinRoom(number, 0, "");
            master.sync();
            lobby.sync();

            member.close();
            assertEquals(new UserLeaveWaitingNotice(1, 0, false), master.expect(UserLeaveWaitingNotice.class));
            assertEquals(count(number, 1), lobby.expect(RoomUserCountChangedNotice.class));
            assertEquals(List.of("dm", "dl"), nicknames(lobby.userList()));

            master.close();
            assertEquals(new RoomRemovedNotice(number), lobby.expect(RoomRemovedNotice.class));
            assertEquals(List.of("dl"), nicknames(lobby.userList()));
            assertEquals(1, lobby.channelList().channels().get(0).population());
            assertEquals(
                    RoomListResponse.RoomEntry.EMPTY,
                    lobby.channelInfo().rooms().rooms().get(number));
            assertFalse(server.server()
                    .world()
                    .channel(0)
                    .call(h -> server.server().world().channel(0).rooms())
                    .iterator()
                    .hasNext());
        }
    }

    private static List<String> nicknames(UserListResponse users) {
        List<String> out = new ArrayList<>();
        for (UserListResponse.UserEntry u : users.users()) {
            out.add(u.nickname());
        }
        return out;
    }
}
