package io.mozart.server.lobby;

import io.mozart.api.ServerOptions;
import io.mozart.api.storage.AttributiveItem;
import io.mozart.api.storage.GiftItem;
import io.mozart.api.storage.GiftMessage;
import io.mozart.api.storage.GiftMusic;
import io.mozart.api.storage.Loadout;
import io.mozart.api.storage.Progress;
import io.mozart.api.storage.UserGraph;
import io.mozart.encore.codec.Codec;
import io.mozart.server.game.Identity;
import io.mozart.server.game.Player;
import io.mozart.server.game.Room;
import io.mozart.server.game.Slot;
import io.mozart.server.protocol.ClientFrames;
import io.mozart.server.protocol.common.AttributiveItemEntry;
import io.mozart.server.protocol.common.EquipBlock;
import io.mozart.server.protocol.common.GiftItemEntry;
import io.mozart.server.protocol.common.GiftMusicEntry;
import io.mozart.server.protocol.lobby.CharacterInfoResponse;
import io.mozart.server.protocol.lobby.GiftMessageListResponse;
import io.mozart.server.protocol.lobby.JoinRoomResponse;
import io.mozart.server.protocol.lobby.RoomListResponse;
import io.mozart.server.protocol.lobby.UserJoinWaitingNotice;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the records the client sees from the game state: character info, room snapshots, member
 * blocks, gift message lists. Pure functions of their arguments (callers hold the world lock when they
 * read rooms).
 */
public final class Views {

    private static final Logger LOG = LoggerFactory.getLogger(Views.class);

    /** Body bytes a GiftMessageList may give its entries: one frame less opcode, {@code invalid} and count. */
    private static final int GIFT_MESSAGE_BUDGET = ClientFrames.MAX_PAYLOAD - 2 - 4 - 2;

    private Views() {}

    /**
     * Gift-message dates (spec 02 §5.9 leaves the host culture open; the default pattern is the en-US short
     * date the original client most likely shows).
     *
     * @param pattern a {@link DateTimeFormatter} pattern ({@link ServerOptions#giftDateFormat()})
     * @return the formatter, in UTC
     */
    public static DateTimeFormatter giftDate(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withZone(ZoneOffset.UTC);
    }

    /**
     * @param loadout a loadout
     * @return its equipment as the 16-slot wire block
     */
    public static EquipBlock equipment(Loadout loadout) {
        short[] eq = loadout.equipment();
        List<Integer> ids = new ArrayList<>(EquipBlock.SLOTS);
        for (int i = 0; i < EquipBlock.SLOTS; i++) {
            ids.add((int) eq[i]);
        }
        return new EquipBlock(ids);
    }

    /**
     * CharacterInfo 0x07D1 (spec 02 §4) from the cached profile.
     *
     * @param id the player's identity
     * @return the response
     */
    public static CharacterInfoResponse characterInfo(Identity id) {
        UserGraph u = id.user();
        Progress p = u.profile().progress();
        Loadout loadout = u.loadout();
        List<Integer> inventory = bag(u);
        List<AttributiveItemEntry> stacks = stacks(u);
        List<GiftItemEntry> itemGifts = itemGifts(u);
        List<GiftMusicEntry> musicGifts = musicGifts(u);
        return new CharacterInfoResponse(
                false,
                u.profile().nickname(),
                u.profile().gender().value(),
                u.wallet().gem(),
                u.wallet().point(),
                u.wallet().o2Cash(),
                p.level(),
                p.win(),
                p.lose(),
                p.draw(),
                p.experience(),
                battles(p),
                u.profile().administrator(),
                equipment(loadout),
                inventory,
                u.unreadMessages().size(),
                itemGifts,
                musicGifts,
                u.wallet().musicCash(),
                u.wallet().itemCash(),
                u.wallet().cashPoint(),
                stacks,
                (short) u.penalty().count(),
                (short) u.penalty().level());
    }

    /**
     * The bag as the wire shows it: exactly {@code capacity} item ids in slot order, 0 = empty (spec 05 §9.2).
     *
     * @param u a user graph
     * @return the item ids
     */
    public static List<Integer> bag(UserGraph u) {
        Loadout loadout = u.loadout();
        int capacity = loadout.capacity();
        short[] bag = loadout.bag();
        List<Integer> ids = new ArrayList<>(capacity);
        for (int slot = 0; slot < capacity; slot++) {
            ids.add((int) bag[slot]);
        }
        return ids;
    }

    /**
     * @param u a user graph
     * @return its unclaimed item gifts, storage order
     */
    public static List<GiftItemEntry> itemGifts(UserGraph u) {
        List<GiftItemEntry> out = new ArrayList<>();
        for (GiftItem g : u.giftItems()) {
            out.add(new GiftItemEntry(g.id(), g.itemId(), g.senderNickname()));
        }
        return out;
    }

    /**
     * @param u a user graph
     * @return its unclaimed music gifts, storage order
     */
    public static List<GiftMusicEntry> musicGifts(UserGraph u) {
        List<GiftMusicEntry> out = new ArrayList<>();
        for (GiftMusic g : u.giftMusic()) {
            out.add(new GiftMusicEntry(g.id(), g.musicId(), g.senderNickname()));
        }
        return out;
    }

    /**
     * The stack counts as the wire shows them: one entry per bag slot (slot order) whose item has a count
     * record with a count &gt; 0 (spec 05 §9.3).
     *
     * @param u a user graph
     * @return the entries
     */
    public static List<AttributiveItemEntry> stacks(UserGraph u) {
        List<AttributiveItemEntry> stacks = new ArrayList<>();
        for (int itemId : bag(u)) {
            if (itemId != 0) {
                int count = u.countOf(itemId);
                if (count > 0) {
                    stacks.add(new AttributiveItemEntry(itemId, count));
                }
            }
        }
        return stacks;
    }

    /**
     * @param p progress
     * @return win + lose + draw (the stored battle counter is not shown, spec 02 §4)
     */
    public static int battles(Progress p) {
        return p.win() + p.lose() + p.draw();
    }

    /**
     * GiftMessageList 0x139A (spec 02 §5.9): unread messages only.
     *
     * @param id    the player's identity
     * @param dates the write-date format
     * @return the response
     */
    public static GiftMessageListResponse giftMessages(Identity id, DateTimeFormatter dates) {
        List<GiftMessageListResponse.GiftEntry> entries = new ArrayList<>();
        int budget = GIFT_MESSAGE_BUDGET;
        List<GiftMessage> unread = id.user().unreadMessages();
        for (GiftMessage m : unread) {
            Instant at = m.writtenAt() == null ? Instant.EPOCH : m.writtenAt();
            GiftMessageListResponse.GiftEntry e = new GiftMessageListResponse.GiftEntry(
                    m.id(), m.type().ordinal(), dates.format(at), m.senderNickname(), m.title(), m.content());
            budget -= 5 + cstrSize(e.writeDate()) + cstrSize(e.sender()) + cstrSize(e.title()) + cstrSize(e.content());
            if (budget < 0) {
                // Protocol README rule 4: the oldest messages that fit; reading them makes room for the rest.
                LOG.warn(
                        "{} has {} unread gift messages; the first {} fit one frame",
                        id.nickname(),
                        unread.size(),
                        entries.size());
                break;
            }
            entries.add(e);
        }
        return new GiftMessageListResponse(false, entries);
    }

    /** Upper bound of a {@code cstr}'s size on the wire: its UTF-8 bytes and the terminator. */
    private static int cstrSize(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length + 1;
    }

    /**
     * @param id  an identity
     * @param now the current time
     * @return the active free-pass type shown to others (0 when none or expired)
     */
    public static long activePass(Identity id, Instant now) {
        return id.user().passes().activeFreePassType(now);
    }

    /**
     * MemberInfo of one occupied slot, as the joiner's JoinRoom snapshot shows it.
     *
     * @param slot an occupied slot
     * @param now  the current time
     * @return the block
     */
    public static JoinRoomResponse.MemberInfo memberInfo(Slot slot, Instant now) {
        return memberInfo(slot, slot.player().installedMusic(), now);
    }

    private static JoinRoomResponse.MemberInfo memberInfo(Slot slot, List<Integer> installed, Instant now) {
        Identity id = slot.player().identity();
        UserGraph u = id.user();
        return new JoinRoomResponse.MemberInfo(
                id.nickname(),
                u.profile().progress().level(),
                u.profile().gender().value(),
                u.wallet().gem(),
                slot.master(),
                slot.team(),
                slot.ready(),
                slot.musicState(),
                equipment(u.loadout()),
                installed,
                u.wallet().cashPoint(),
                activePass(id, now),
                slot.playingState().wire(),
                id.administrator());
    }

    /**
     * UserJoinWaiting 0x0BBC for the other members.
     *
     * @param slot the joiner's slot
     * @param now  the current time
     * @return the notice
     */
    public static UserJoinWaitingNotice userJoinWaiting(Slot slot, Instant now) {
        Player p = slot.player();
        Identity id = p.identity();
        UserGraph u = id.user();
        List<Integer> installed = p.installedMusic();
        UserJoinWaitingNotice full = new UserJoinWaitingNotice(
                slot.index(),
                id.nickname(),
                u.profile().progress().level(),
                u.profile().gender().value(),
                u.wallet().gem(),
                slot.team(),
                slot.ready(),
                slot.musicState(),
                equipment(u.loadout()),
                installed,
                u.wallet().cashPoint(),
                activePass(id, now),
                slot.playingState().wire(),
                id.administrator());
        int over = overflow(UserJoinWaitingNotice.CODEC, full);
        if (over <= 0) {
            return full;
        }
        List<Integer> kept = InstalledMusicCap.fit(
                        List.of(installed),
                        Math.max(0, installed.size() - entries(over)),
                        slot.player().room() == null ? 0 : slot.player().room().musicId())
                .get(0);
        LOG.warn(
                "{}: UserJoinWaiting lists {} of {} installed songs to fit one frame",
                id.nickname(),
                kept.size(),
                installed.size());
        return new UserJoinWaitingNotice(
                slot.index(),
                id.nickname(),
                u.profile().progress().level(),
                u.profile().gender().value(),
                u.wallet().gem(),
                slot.team(),
                slot.ready(),
                slot.musicState(),
                equipment(u.loadout()),
                kept,
                u.wallet().cashPoint(),
                activePass(id, now),
                slot.playingState().wire(),
                id.administrator());
    }

    /** @return how many bytes the record's frame payload (opcode + body) is over one frame, or {@code <= 0} */
    private static <T> int overflow(Codec<T> codec, T record) {
        ByteBuf body = Unpooled.buffer();
        try {
            codec.write(body, record);
            return 2 + body.readableBytes() - ClientFrames.MAX_PAYLOAD;
        } finally {
            body.release();
        }
    }

    /** @return how many {@code u16} installed-music entries cover {@code bytes} */
    private static int entries(int bytes) {
        return (bytes + 1) / 2;
    }

    /**
     * RoomInfo of the JoinRoom response: the joiner's own slot and team, and the seven other slots.
     *
     * @param room   the room
     * @param joiner the joiner's slot
     * @param now    the current time
     * @return the snapshot
     */
    public static JoinRoomResponse.RoomInfo roomInfo(Room room, Slot joiner, Instant now) {
        List<Slot> others = new ArrayList<>(JoinRoomResponse.RoomInfo.SLOT_COUNT);
        List<List<Integer>> installed = new ArrayList<>();
        for (Slot s : room.slots()) {
            if (s != joiner) {
                others.add(s);
                installed.add(s.kind() == Slot.Kind.MEMBER ? s.player().installedMusic() : List.of());
            }
        }
        JoinRoomResponse.RoomInfo full = roomInfo(room, joiner, others, installed, now);
        int over = overflow(JoinRoomResponse.CODEC, JoinRoomResponse.success(full));
        if (over <= 0) {
            return full;
        }
        // Eight members' installed-music lists can outgrow one frame (a real client reports thousands of songs):
        // every member keeps the same, largest number of entries that fits (README rule 4).
        int total = installed.stream().mapToInt(List::size).sum();
        List<List<Integer>> kept = InstalledMusicCap.fit(installed, Math.max(0, total - entries(over)), room.musicId());
        LOG.warn(
                "{}: the JoinRoom snapshot lists {} of {} installed songs of its members to fit one frame",
                room,
                kept.stream().mapToInt(List::size).sum(),
                total);
        return roomInfo(room, joiner, others, kept, now);
    }

    private static JoinRoomResponse.RoomInfo roomInfo(
            Room room, Slot joiner, List<Slot> others, List<List<Integer>> installed, Instant now) {
        List<JoinRoomResponse.SlotInfo> slots = new ArrayList<>(JoinRoomResponse.RoomInfo.SLOT_COUNT);
        for (int i = 0; i < others.size(); i++) {
            Slot s = others.get(i);
            List<Integer> music = installed.get(i);
            slots.add(
                    switch (s.kind()) {
                        case VACANT -> JoinRoomResponse.SlotInfo.vacant(s.index());
                        case LOCKED -> JoinRoomResponse.SlotInfo.locked(s.index());
                        case MEMBER -> JoinRoomResponse.SlotInfo.occupied(s.index(), memberInfo(s, music, now));
                    });
        }
        return new JoinRoomResponse.RoomInfo(
                joiner.index(),
                joiner.team(),
                room.title(),
                room.musicId() & 0xFFFF,
                room.arena(),
                room.mode(),
                room.difficulty(),
                room.speed(),
                room.userCount(),
                slots,
                room.skills(),
                room.premium());
    }

    /**
     * A room-list entry. {@code premium} is always 0 in this response (spec 02 O4).
     *
     * @param room the room
     * @return the entry
     */
    public static RoomListResponse.RoomEntry roomEntry(Room room) {
        return new RoomListResponse.RoomEntry(
                room.number(),
                room.state().wire(),
                room.title(),
                room.hasPassword(),
                room.musicId() & 0xFFFF,
                room.difficulty(),
                room.mode(),
                room.speed(),
                room.capacity(),
                room.userCount(),
                room.minLevel() & 0xFF,
                room.maxLevel() & 0xFF,
                room.skills(),
                false,
                room.type() & 0xFF);
    }

    /**
     * @param attributiveItems stack counts
     * @param itemId           an item
     * @return its stack count, 0 when none
     */
    public static int countOf(List<AttributiveItem> attributiveItems, int itemId) {
        for (AttributiveItem a : attributiveItems) {
            if (a.itemId() == itemId) {
                return a.count();
            }
        }
        return 0;
    }
}
