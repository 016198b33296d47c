package io.mozart.server.lobby;

import io.mozart.api.event.RoomCreated;
import io.mozart.api.metadata.Music;
import io.mozart.encore.route.Routes;
import io.mozart.encore.session.Session;
import io.mozart.server.game.Broadcast;
import io.mozart.server.game.Channel;
import io.mozart.server.game.GameContext;
import io.mozart.server.game.GameRoutes;
import io.mozart.server.game.Guards;
import io.mozart.server.game.Identity;
import io.mozart.server.game.Player;
import io.mozart.server.game.PlayingState;
import io.mozart.server.game.Room;
import io.mozart.server.game.RoomSettings;
import io.mozart.server.game.Slot;
import io.mozart.server.game.World;
import io.mozart.server.protocol.ClientFrames;
import io.mozart.server.protocol.Reply;
import io.mozart.server.protocol.ServerMessage;
import io.mozart.server.protocol.common.MusicPremiumEntry;
import io.mozart.server.protocol.lobby.CreateRoomRequest;
import io.mozart.server.protocol.lobby.CreateRoomResponse;
import io.mozart.server.protocol.lobby.GetChannelInfoRequest;
import io.mozart.server.protocol.lobby.GetCharacterInfoRequest;
import io.mozart.server.protocol.lobby.GetGiftMessageListRequest;
import io.mozart.server.protocol.lobby.GetMusicListRequest;
import io.mozart.server.protocol.lobby.GetUserListRequest;
import io.mozart.server.protocol.lobby.JoinRoomResponse;
import io.mozart.server.protocol.lobby.JoinWaitingRequest;
import io.mozart.server.protocol.lobby.MusicListResponse;
import io.mozart.server.protocol.lobby.MusicLoadedNotice;
import io.mozart.server.protocol.lobby.MusicPremiumTimeListNotice;
import io.mozart.server.protocol.lobby.ReadGiftMessageRequest;
import io.mozart.server.protocol.lobby.RoomCreatedNotice;
import io.mozart.server.protocol.lobby.RoomListResponse;
import io.mozart.server.protocol.lobby.RoomParameterChangedNotice;
import io.mozart.server.protocol.lobby.RoomSkillChangedNotice;
import io.mozart.server.protocol.lobby.SendMusicListRequest;
import io.mozart.server.protocol.lobby.UserListResponse;
import io.mozart.server.protocol.planet.ChannelLogoutRequest;
import io.mozart.server.protocol.planet.ChannelLogoutResponse;
import io.mozart.server.shop.rules.FreePass;
import io.mozart.server.shop.rules.FreePassRules;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lobby ("main room", spec 02 §4–§5): character info, the user and room lists, creating and joining
 * rooms, channel logout, the music lists and gift messages.
 */
public final class LobbyHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(LobbyHandlers.class);
    /** Opcode and i32 count of UserList 0x07DB. */
    private static final int USER_LIST_HEADER = 2 + 4;
    /** Entries of MusicPremiumTimeList 0x07EA that fit one frame (opcode, i32 count, 7 bytes each). */
    static final int MAX_PREMIUM_ENTRIES = (ClientFrames.MAX_PAYLOAD - 2 - 4) / MusicPremiumEntry.SIZE;

    private final GameContext ctx;
    private final World world;
    private final Guards guards;
    private final DateTimeFormatter giftDates;

    /**
     * @param ctx    the game context
     * @param guards the guards
     */
    public LobbyHandlers(GameContext ctx, Guards guards) {
        this.ctx = ctx;
        this.world = ctx.world();
        this.guards = guards;
        this.giftDates = Views.giftDate(ctx.options().giftDateFormat());
    }

    /**
     * Adds this area's routes. Two opcodes have two handlers each, in the reference's order (spec 01
     * §2.1): an unauthorized client therefore gets two InvalidLogin replies, as it does there.
     *
     * @param builder the routes builder
     */
    public void register(Routes.Builder builder) {
        GameRoutes routes = GameRoutes.of(builder);
        routes.on(GetCharacterInfoRequest.class, this::characterInfo, guards.inChannel());
        routes.on(GetCharacterInfoRequest.class, this::premiumTimeList, guards.inChannel());
        routes.on(GetChannelInfoRequest.class, (s, r) -> userList(s), guards.inChannel());
        routes.on(GetChannelInfoRequest.class, (s, r) -> roomList(s), guards.inChannel());
        routes.on(GetUserListRequest.class, (s, r) -> userList(s), guards.inChannel());
        routes.on(CreateRoomRequest.class, this::createRoom, guards.inChannel());
        routes.on(JoinWaitingRequest.class, this::joinRoom, guards.inChannel());
        routes.on(ChannelLogoutRequest.class, this::channelLogout, guards.inChannel());
        routes.on(SendMusicListRequest.class, this::sendMusicList, guards.inChannel());
        routes.on(GetMusicListRequest.class, this::musicList, guards.inChannel());
        routes.onBlocking(GetGiftMessageListRequest.class, this::giftMessageList, guards.inChannel());
        routes.onBlocking(ReadGiftMessageRequest.class, this::readGiftMessage, guards.inChannel());
    }

    private Reply characterInfo(Session session, GetCharacterInfoRequest request) {
        Identity id = Player.of(session).identity();
        List<ServerMessage> replies = new ArrayList<>(2);
        if (!id.user().unreadMessages().isEmpty()) {
            replies.add(Views.giftMessages(id, giftDates));
        }
        replies.add(Views.characterInfo(id));
        return Reply.of(replies);
    }

    private Reply premiumTimeList(Session session, GetCharacterInfoRequest request) {
        Player player = Player.of(session);
        Identity id = player.identity();
        Channel channel = player.channel();
        if (channel == null) {
            return null;
        }
        List<Integer> purchasable = new ArrayList<>();
        for (Music m : channel.music().all()) {
            if (m.priceO2Cash() > 0 || m.priceGem() > 0) {
                purchasable.add(m.id());
            }
        }
        if (purchasable.size() > MAX_PREMIUM_ENTRIES) {
            LOG.warn(
                    "channel {}: {} purchasable songs, only the first {} fit the premium-time list",
                    channel.id(),
                    purchasable.size(),
                    MAX_PREMIUM_ENTRIES);
            purchasable = purchasable.subList(0, MAX_PREMIUM_ENTRIES);
        }
        Instant loaded = id.loadedAt();
        FreePass pass =
                FreePassRules.read(id.user().passes().vip(), id.user().passes().expiry(), loaded);
        return new MusicPremiumTimeListNotice(FreePassRules.premiumEntries(
                purchasable,
                ctx.options().freeMusic(),
                pass,
                new HashSet<>(id.user().acquiredMusic())));
    }

    private Reply userList(Session session) {
        Player player = Player.of(session);
        return world.inChannelOf(player, h -> {
            Channel channel = h.channel();
            List<UserListResponse.UserEntry> users = new ArrayList<>(channel.population());
            int budget = ClientFrames.MAX_PAYLOAD - USER_LIST_HEADER;
            for (Player p : channel.players()) {
                Identity id = p.identity();
                int size = userEntrySize(id.nickname());
                if (size > budget) {
                    LOG.warn(
                            "{}: {} users, only the first {} fit the user list",
                            channel,
                            channel.population(),
                            users.size());
                    break;
                }
                budget -= size;
                users.add(new UserListResponse.UserEntry(
                        id.userId(),
                        id.nickname(),
                        id.nickname(),
                        id.profile().progress().level()));
            }
            return new UserListResponse(users);
        });
    }

    /**
     * @param nickname a nickname
     * @return the bytes of its UserList entry: user id, the nickname twice as cstrings, level
     */
    static int userEntrySize(String nickname) {
        return 4 + 2 * (nickname.getBytes(StandardCharsets.UTF_8).length + 1) + 4;
    }

    private Reply roomList(Session session) {
        Player player = Player.of(session);
        return world.inChannelOf(player, h -> {
            Channel channel = h.channel();
            List<RoomListResponse.RoomEntry> rooms = new ArrayList<>(RoomListResponse.ROOM_COUNT);
            for (int i = 0; i < RoomListResponse.ROOM_COUNT; i++) {
                if (i >= channel.capacity()) {
                    rooms.add(RoomListResponse.RoomEntry.FILLER);
                } else {
                    Room room = channel.room(i);
                    rooms.add(room == null ? RoomListResponse.RoomEntry.EMPTY : Views.roomEntry(room));
                }
            }
            return new RoomListResponse(rooms);
        });
    }

    private Reply createRoom(Session session, CreateRoomRequest request) {
        Player player = Player.of(session);
        Identity id = player.identity();
        List<Integer> installed = player.installedMusic();
        int musicId = installed.isEmpty() ? 0 : installed.get(0) & 0x0FFF;
        int arena = 0x80000000 | ctx.random().nextInt(36);
        int type = 0;
        if (id.administrator()) {
            boolean male = id.profile().gender().value() == 1;
            type = (male ? 5 : 3) + ctx.random().nextInt(2);
        }
        int roomType = type;
        return world.inChannelOf(player, h -> {
            if (player.room() != null) {
                LOG.info("{}: create room while in {} ignored", player, player.room());
                return null;
            }
            Channel channel = h.channel();
            if (channel.roomsFull()) {
                return CreateRoomResponse.FULL;
            }
            Room room = h.createRoom(
                    player,
                    new RoomSettings(
                            request.title(),
                            request.effectivePassword(),
                            request.mode(),
                            request.minLevelLimit(),
                            request.maxLevelLimit(),
                            request.premium(),
                            roomType,
                            musicId,
                            arena));
            if (room == null) {
                return CreateRoomResponse.FULL;
            }
            List<Player> others = channel.except(player);
            Broadcast.send(
                    others,
                    new RoomCreatedNotice(
                            room.number(),
                            room.title(),
                            room.mode(),
                            room.hasPassword(),
                            room.minLevel(),
                            room.maxLevel(),
                            room.premium(),
                            room.type()));
            Broadcast.send(
                    others,
                    new RoomParameterChangedNotice(room.number(), room.musicId(), room.difficulty(), room.speed()));
            Broadcast.send(others, new RoomSkillChangedNotice(room.number(), room.skills()));
            LOG.info("{}: created {}", player, room);
            h.publish(new RoomCreated(channel.id(), room.number(), room.title(), id.nickname()));
            return CreateRoomResponse.success(room.number(), room.premium());
        });
    }

    private Reply joinRoom(Session session, JoinWaitingRequest request) {
        Player player = Player.of(session);
        Instant now = ctx.clock().instant();
        return world.inChannelOf(player, h -> {
            Channel channel = h.channel();
            Room room = channel.room(request.number());
            if (room == null) {
                // The reference sends nothing and leaves the client waiting (spec 02 O1); we answer.
                LOG.info("{}: join of missing room {} in {}", player, request.number(), channel);
                return JoinRoomResponse.failure(JoinRoomResponse.GENERIC_ERROR);
            }
            if (room.hasPassword() && !room.password().equals(request.password())) {
                return JoinRoomResponse.failure(JoinRoomResponse.INVALID_PASSWORD);
            }
            if (player.room() == room) {
                LOG.info("{}: join of its own room {} ignored", player, room);
                return null;
            }
            h.leaveRoom(player);
            Slot slot = h.join(player, room, request.musicState());
            if (slot == null) {
                return JoinRoomResponse.failure(JoinRoomResponse.FULL);
            }
            Broadcast.send(room.membersExcept(player), Views.userJoinWaiting(slot, now));
            if (slot.playingState() == PlayingState.WAITING) {
                Broadcast.send(room.members(), new MusicLoadedNotice(slot.index(), PlayingState.WAITING.wire()));
            }
            h.sendUserCount(room);
            LOG.info("{}: joined {} in slot {}", player, room, slot.index());
            return JoinRoomResponse.success(Views.roomInfo(room, slot, now));
        });
    }

    private Reply channelLogout(Session session, ChannelLogoutRequest request) {
        Player player = Player.of(session);
        world.leaveChannel(player);
        LOG.info("{}: left its channel", player);
        return ChannelLogoutResponse.INSTANCE;
    }

    private Reply sendMusicList(Session session, SendMusicListRequest request) {
        Player.of(session).installedMusic(request.musicIds());
        return null;
    }

    private Reply musicList(Session session, GetMusicListRequest request) {
        Player player = Player.of(session);
        Channel channel = player.channel();
        if (channel == null) {
            return null;
        }
        List<Music> all = channel.music().all();
        if (all.size() > MusicListResponse.MAX_ENTRIES) {
            LOG.warn(
                    "channel {}: music list has {} songs, only the first {} fit one frame",
                    channel.id(),
                    all.size(),
                    MusicListResponse.MAX_ENTRIES);
            all = all.subList(0, MusicListResponse.MAX_ENTRIES);
        }
        List<MusicListResponse.MusicInfo> music = new ArrayList<>(all.size());
        for (Music m : all) {
            music.add(new MusicListResponse.MusicInfo(
                    m.id() & 0xFFFF,
                    m.noteCountEx() & 0xFFFF,
                    m.noteCountNx() & 0xFFFF,
                    m.noteCountHx() & 0xFFFF,
                    m.priceO2Cash(),
                    m.priceGem()));
        }
        return new MusicListResponse(music);
    }

    private Reply giftMessageList(Session session, GetGiftMessageListRequest request) {
        Player player = Player.of(session);
        Identity id = ctx.refresh(player);
        return id == null ? null : Views.giftMessages(id, giftDates);
    }

    private Reply readGiftMessage(Session session, ReadGiftMessageRequest request) {
        Player player = Player.of(session);
        ctx.storage().gifts().markRead(player.userId(), request.giftMessageId());
        ctx.refresh(player);
        return null;
    }
}
