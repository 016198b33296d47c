package io.mozart.server.protocol.lobby;

import static io.mozart.server.protocol.ProtocolFrames.i32;
import static io.mozart.server.protocol.ProtocolFrames.text;
import static io.mozart.server.protocol.ProtocolFrames.u16;
import static io.mozart.server.protocol.ProtocolFrames.u32;
import static io.mozart.server.protocol.ProtocolFrames.u8;

import io.mozart.server.protocol.common.AttributiveItemEntry;
import io.mozart.server.protocol.common.EquipBlock;
import io.mozart.server.protocol.common.GiftItemEntry;
import io.mozart.server.protocol.common.GiftMusicEntry;
import io.mozart.server.protocol.common.MusicPremiumEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik arbitraries for every lobby record. */
public final class LobbyArbitraries {

    private LobbyArbitraries() {}

    /** @return an arbitrary per record class */
    public static Map<Class<?>, Arbitrary<?>> all() {
        Map<Class<?>, Arbitrary<?>> m = new LinkedHashMap<>();
        m.put(GetCharacterInfoRequest.class, Arbitraries.just(GetCharacterInfoRequest.INSTANCE));
        m.put(CharacterInfoResponse.class, characterInfo());
        m.put(GetChannelInfoRequest.class, Arbitraries.just(GetChannelInfoRequest.INSTANCE));
        m.put(
                RoomListResponse.class,
                roomEntry().list().ofSize(RoomListResponse.ROOM_COUNT).map(RoomListResponse::new));
        m.put(GetUserListRequest.class, Arbitraries.just(GetUserListRequest.INSTANCE));
        m.put(
                UserListResponse.class,
                Combinators.combine(i32(), text(16), text(16), i32())
                        .as(UserListResponse.UserEntry::new)
                        .list()
                        .ofMaxSize(10)
                        .map(UserListResponse::new));
        m.put(
                CreateRoomRequest.class,
                Combinators.combine(
                                text(CreateRoomRequest.TITLE_MAX, 30),
                                u8(),
                                bool(),
                                text(CreateRoomRequest.PASSWORD_MAX, 15),
                                u8(),
                                u8(),
                                bool())
                        .as(CreateRoomRequest::new));
        m.put(
                CreateRoomResponse.class,
                Arbitraries.oneOf(
                        Combinators.combine(i32(), bool()).as(CreateRoomResponse::success),
                        i32().filter(r -> r != CreateRoomResponse.SUCCESS)
                                .map(r -> new CreateRoomResponse(r, null, null))));
        m.put(
                JoinWaitingRequest.class,
                Combinators.combine(i32(), u8(), text(15)).as(JoinWaitingRequest::new));
        m.put(
                JoinRoomResponse.class,
                Arbitraries.oneOf(
                        roomInfo().map(JoinRoomResponse::success),
                        i32().filter(r -> r != JoinRoomResponse.SUCCESS).map(JoinRoomResponse::failure)));
        m.put(UserJoinWaitingNotice.class, userJoinWaiting());
        m.put(MusicLoadedNotice.class, Combinators.combine(u8(), u8()).as(MusicLoadedNotice::new));
        m.put(SendMusicListRequest.class, u16().list().ofMaxSize(40).map(SendMusicListRequest::new));
        m.put(GetMusicListRequest.class, Arbitraries.just(GetMusicListRequest.INSTANCE));
        m.put(
                MusicListResponse.class,
                Combinators.combine(u16(), u16(), u16(), u16(), i32(), i32())
                        .as(MusicListResponse.MusicInfo::new)
                        .list()
                        .ofMaxSize(30)
                        .map(MusicListResponse::new));
        m.put(GetGiftMessageListRequest.class, Arbitraries.just(GetGiftMessageListRequest.INSTANCE));
        m.put(
                GiftMessageListResponse.class,
                Combinators.combine(
                                bool(),
                                Combinators.combine(i32(), u8(), text(12), text(12), text(20), text(40))
                                        .as(GiftMessageListResponse.GiftEntry::new)
                                        .list()
                                        .ofMaxSize(6))
                        .as(GiftMessageListResponse::new));
        m.put(ReadGiftMessageRequest.class, i32().map(ReadGiftMessageRequest::new));
        m.put(
                RoomCreatedNotice.class,
                Combinators.combine(i32(), text(30), u8(), bool(), u8(), u8(), bool(), u8())
                        .as(RoomCreatedNotice::new));
        m.put(RoomRemovedNotice.class, i32().map(RoomRemovedNotice::new));
        m.put(RoomTitleChangedNotice.class, Combinators.combine(i32(), text(30)).as(RoomTitleChangedNotice::new));
        m.put(
                RoomUserCountChangedNotice.class,
                Combinators.combine(i32(), u8(), u8(), bool(), u8()).as(RoomUserCountChangedNotice::new));
        m.put(RoomStateChangedNotice.class, Combinators.combine(i32(), u8()).as(RoomStateChangedNotice::new));
        m.put(
                RoomParameterChangedNotice.class,
                Combinators.combine(i32(), u16(), u8(), u8()).as(RoomParameterChangedNotice::new));
        m.put(
                RoomSkillChangedNotice.class,
                Combinators.combine(i32(), i32().list().ofMaxSize(8)).as(RoomSkillChangedNotice::new));
        m.put(
                MusicPremiumTimeListNotice.class,
                Combinators.combine(u16(), u8(), u8(), u8(), u8(), u8())
                        .as(MusicPremiumEntry::new)
                        .list()
                        .ofMaxSize(20)
                        .map(MusicPremiumTimeListNotice::new));
        m.put(
                RankNotificationNotice.class,
                Combinators.combine(bool(), i32(), text(16), i32()).as(RankNotificationNotice::new));
        return m;
    }

    static Arbitrary<Boolean> bool() {
        return Arbitraries.of(true, false);
    }

    static Arbitrary<EquipBlock> equipment() {
        return Arbitraries.oneOf(
                Arbitraries.just(EquipBlock.EMPTY),
                i32().list().ofSize(EquipBlock.SLOTS).map(EquipBlock::new));
    }

    static Arbitrary<CharacterInfoResponse> characterInfo() {
        Arbitrary<List<Integer>> ints = i32().list().ofSize(13);
        Arbitrary<List<Integer>> inventory =
                Arbitraries.integers().between(0, 5).flatMap(exp -> i32().list().ofSize(30 + 30 * exp));
        Arbitrary<List<GiftItemEntry>> items = Combinators.combine(i32(), i32(), text(12))
                .as(GiftItemEntry::new)
                .list()
                .ofMaxSize(5);
        Arbitrary<List<GiftMusicEntry>> musics = Combinators.combine(i32(), i32(), text(12))
                .as(GiftMusicEntry::new)
                .list()
                .ofMaxSize(5);
        Arbitrary<List<AttributiveItemEntry>> attributive = Combinators.combine(i32(), i32())
                .as(AttributiveItemEntry::new)
                .list()
                .ofMaxSize(8);
        Arbitrary<List<Boolean>> flags = bool().list().ofSize(2);
        Arbitrary<List<Short>> penalties = Arbitraries.shorts().list().ofSize(2);
        return Combinators.combine(
                        text(16),
                        u8(),
                        ints,
                        flags,
                        equipment(),
                        inventory,
                        Combinators.combine(items, musics, attributive).as(List::of),
                        penalties)
                .as((nickname, gender, n, f, equip, inv, boxes, pen) -> {
                    @SuppressWarnings("unchecked")
                    List<GiftItemEntry> itemBox = (List<GiftItemEntry>) boxes.get(0);
                    @SuppressWarnings("unchecked")
                    List<GiftMusicEntry> musicBox = (List<GiftMusicEntry>) boxes.get(1);
                    @SuppressWarnings("unchecked")
                    List<AttributiveItemEntry> attr = (List<AttributiveItemEntry>) boxes.get(2);
                    return new CharacterInfoResponse(
                            f.get(0),
                            nickname,
                            gender,
                            n.get(0),
                            n.get(1),
                            n.get(2),
                            n.get(3),
                            n.get(4),
                            n.get(5),
                            n.get(6),
                            n.get(7),
                            n.get(8),
                            f.get(1),
                            equip,
                            inv,
                            n.get(9),
                            itemBox,
                            musicBox,
                            n.get(10),
                            n.get(11),
                            n.get(12),
                            attr,
                            pen.get(0),
                            pen.get(1));
                });
    }

    static Arbitrary<RoomListResponse.RoomEntry> roomEntry() {
        Arbitrary<RoomListResponse.RoomEntry> real = Combinators.combine(
                        i32(),
                        u8(),
                        text(RoomListResponse.RoomEntry.TITLE_MAX, 25),
                        bool(),
                        u16(),
                        u8().list().ofSize(8),
                        i32().list().ofMaxSize(4),
                        bool())
                .as((number, state, title, pw, music, b, skills, premium) -> new RoomListResponse.RoomEntry(
                        number, state, title, pw, music, b.get(0), b.get(1), b.get(2), b.get(3), b.get(4), b.get(5),
                        b.get(6), skills, premium, b.get(7)));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, real),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(RoomListResponse.RoomEntry.EMPTY)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(RoomListResponse.RoomEntry.FILLER)));
    }

    static Arbitrary<JoinRoomResponse.MemberInfo> memberInfo() {
        return Combinators.combine(
                        text(16),
                        i32().list().ofSize(3),
                        u8().list().ofSize(4),
                        bool().list().ofSize(3),
                        equipment(),
                        u16().list().ofMaxSize(12),
                        u32())
                .as((nick, n, b, f, equip, ids, freePass) -> new JoinRoomResponse.MemberInfo(
                        nick, n.get(0), b.get(0), n.get(1), f.get(0), b.get(1), f.get(1), b.get(2), equip, ids,
                        n.get(2), freePass, b.get(3), f.get(2)));
    }

    static Arbitrary<JoinRoomResponse.SlotInfo> slotInfo() {
        return Arbitraries.oneOf(
                Combinators.combine(u8(), memberInfo()).as(JoinRoomResponse.SlotInfo::occupied),
                u8().map(JoinRoomResponse.SlotInfo::vacant),
                u8().map(JoinRoomResponse.SlotInfo::locked),
                Combinators.combine(u8(), i32().filter(s -> s != JoinRoomResponse.SlotInfo.OCCUPIED))
                        .as((i, s) -> new JoinRoomResponse.SlotInfo(i, s, null)));
    }

    static Arbitrary<JoinRoomResponse.RoomInfo> roomInfo() {
        return Combinators.combine(
                        u8().list().ofSize(6),
                        text(30),
                        u16(),
                        i32().list().ofSize(2),
                        slotInfo().list().ofSize(JoinRoomResponse.RoomInfo.SLOT_COUNT),
                        i32().list().ofMaxSize(4),
                        bool())
                .as((b, title, music, n, slots, skills, premium) -> new JoinRoomResponse.RoomInfo(
                        b.get(0), b.get(1), title, music, n.get(0), b.get(2), b.get(3), b.get(4), n.get(1), slots,
                        skills, premium));
    }

    static Arbitrary<UserJoinWaitingNotice> userJoinWaiting() {
        return Combinators.combine(
                        text(16),
                        i32().list().ofSize(3),
                        u8().list().ofSize(5),
                        bool().list().ofSize(2),
                        equipment(),
                        u16().list().ofMaxSize(12),
                        u32())
                .as((nick, n, b, f, equip, ids, freePass) -> new UserJoinWaitingNotice(
                        b.get(0), nick, n.get(0), b.get(1), n.get(1), b.get(2), f.get(0), b.get(3), equip, ids,
                        n.get(2), freePass, b.get(4), f.get(1)));
    }
}
