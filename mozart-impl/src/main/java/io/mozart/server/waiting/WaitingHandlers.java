package io.mozart.server.waiting;

import io.mozart.api.metadata.Music;
import io.mozart.api.storage.Penalty;
import io.mozart.encore.route.Routes;
import io.mozart.encore.session.Session;
import io.mozart.server.game.Broadcast;
import io.mozart.server.game.Channel;
import io.mozart.server.game.GameContext;
import io.mozart.server.game.GameRoutes;
import io.mozart.server.game.Guards;
import io.mozart.server.game.Held;
import io.mozart.server.game.Identity;
import io.mozart.server.game.MusicState;
import io.mozart.server.game.Player;
import io.mozart.server.game.PlayingState;
import io.mozart.server.game.Room;
import io.mozart.server.game.Slot;
import io.mozart.server.game.World;
import io.mozart.server.playing.Game;
import io.mozart.server.playing.rules.PenaltyRules;
import io.mozart.server.playing.rules.StartGameRules;
import io.mozart.server.protocol.Reply;
import io.mozart.server.protocol.lobby.RoomParameterChangedNotice;
import io.mozart.server.protocol.lobby.RoomSkillChangedNotice;
import io.mozart.server.protocol.lobby.RoomTitleChangedNotice;
import io.mozart.server.protocol.waiting.AcquireMusicNotice;
import io.mozart.server.protocol.waiting.AcquireMusicRequest;
import io.mozart.server.protocol.waiting.DownloadProgressChangedNotice;
import io.mozart.server.protocol.waiting.ExitWaitingRequest;
import io.mozart.server.protocol.waiting.ExitWaitingResponse;
import io.mozart.server.protocol.waiting.KickNotice;
import io.mozart.server.protocol.waiting.MusicStateChangedNotice;
import io.mozart.server.protocol.waiting.ReadyRequest;
import io.mozart.server.protocol.waiting.RoomArenaChangedNotice;
import io.mozart.server.protocol.waiting.RoomSlotActionType;
import io.mozart.server.protocol.waiting.RoomSlotUpdateNotice;
import io.mozart.server.protocol.waiting.SetDownloadProgressRequest;
import io.mozart.server.protocol.waiting.SetInstrumentRequest;
import io.mozart.server.protocol.waiting.SetRoomAlbumRequest;
import io.mozart.server.protocol.waiting.SetRoomArenaRequest;
import io.mozart.server.protocol.waiting.SetRoomMusicRequest;
import io.mozart.server.protocol.waiting.SetRoomSkillRequest;
import io.mozart.server.protocol.waiting.SetRoomTeamRequest;
import io.mozart.server.protocol.waiting.SetRoomTitleRequest;
import io.mozart.server.protocol.waiting.SyncMemberMusicStateNotice;
import io.mozart.server.protocol.waiting.SyncMemberMusicStateRequest;
import io.mozart.server.protocol.waiting.SyncMusicDownloadRequest;
import io.mozart.server.protocol.waiting.UpdateMusicStateRequest;
import io.mozart.server.protocol.waiting.UpdateSlotRequest;
import io.mozart.server.protocol.waiting.UserReadyStateChangedNotice;
import io.mozart.server.protocol.waiting.UserTeamChangedNotice;
import io.mozart.server.protocol.waiting.WaitingMusicChangedNotice;
import io.mozart.server.protocol.waiting.WaitingSkillChangedNotice;
import io.mozart.server.protocol.waiting.WaitingTitleChangedNotice;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The waiting room (spec 03): title, slots (lock, unlock, kick), music, album, arena, team, instrument, ready,
 * skills, music state, download progress and sync, and leaving the room. Room chat lives in the messaging area,
 * StartGame in the playing area.
 */
public final class WaitingHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(WaitingHandlers.class);
    private static final int NOBODY = 0xFF;
    private static final int DOWNLOAD_DONE = 100;

    private final GameContext ctx;
    private final World world;
    private final Guards guards;

    /**
     * @param ctx    the game context
     * @param guards the guards
     */
    public WaitingHandlers(GameContext ctx, Guards guards) {
        this.ctx = ctx;
        this.world = ctx.world();
        this.guards = guards;
    }

    /** @param builder the routes builder */
    public void register(Routes.Builder builder) {
        GameRoutes routes = GameRoutes.of(builder);
        routes.on(SetRoomTitleRequest.class, this::setTitle, guards.roomMaster());
        routes.onBlocking(ExitWaitingRequest.class, this::exit, guards.inRoom());
        routes.on(UpdateSlotRequest.class, this::updateSlot, guards.roomMaster());
        routes.on(SetRoomMusicRequest.class, this::setMusic, guards.roomMaster());
        routes.on(SetRoomAlbumRequest.class, this::setAlbum, guards.roomMaster());
        routes.on(SetRoomArenaRequest.class, this::setArena, guards.roomMaster());
        routes.on(SetRoomTeamRequest.class, this::setTeam, guards.inRoom());
        routes.on(SetInstrumentRequest.class, this::setInstrument, guards.inRoom());
        routes.on(ReadyRequest.class, this::ready, guards.inRoom());
        routes.on(SetRoomSkillRequest.class, this::setSkills, guards.roomMaster());
        routes.on(UpdateMusicStateRequest.class, this::updateMusicState, guards.inRoom());
        routes.on(AcquireMusicRequest.class, this::acquireMusic, guards.inRoom());
        routes.on(SyncMemberMusicStateRequest.class, this::syncMemberMusicState, guards.inRoom());
        routes.on(SetDownloadProgressRequest.class, this::downloadProgress, guards.inRoom());
        routes.on(SyncMusicDownloadRequest.class, this::syncMusicDownload, guards.inChannel());
    }

    /** A room change made under the lock by the master or a member. */
    @FunctionalInterface
    private interface RoomWork {
        void run(Held h, Room room, Slot self);
    }

    private Reply inRoom(Session session, RoomWork work) {
        Player player = Player.of(session);
        world.runInChannelOf(player, h -> {
            Room room = player.room();
            Slot self = room == null ? null : room.slotOf(player);
            if (self == null) {
                LOG.info("{}: waiting-room request without a slot ignored", player);
                return;
            }
            work.run(h, room, self);
        });
        return null;
    }

    private static boolean refusedWhilePlaying(Room room, Slot self, String what) {
        if (room.isPlaying()) {
            LOG.info("{}: {} while {} is playing ignored", self.player(), what, room);
            return true;
        }
        return false;
    }

    private Reply setTitle(Session session, SetRoomTitleRequest request) {
        return inRoom(session, (h, room, self) -> {
            room.title(h, request.title());
            Broadcast.send(room.members(), new WaitingTitleChangedNotice(request.title()));
            Broadcast.send(room.channel().outside(room), new RoomTitleChangedNotice(room.number(), request.title()));
        });
    }

    private Reply exit(Session session, ExitWaitingRequest request) {
        Player player = Player.of(session);
        Boolean penalized = world.inChannelOf(player, h -> {
            Room room = player.room();
            if (room == null) {
                return null;
            }
            Game game = Game.of(room);
            Game.Tracked t = game == null || !game.running() ? null : game.tracked(player);
            return PenaltyRules.penalized(request.exitType(), room.isPlaying(), t != null, t != null && t.completed());
        });
        if (penalized == null) {
            return ExitWaitingResponse.OK;
        }
        if (penalized) {
            try {
                Penalty p = ctx.storage().penalties().increment(player.userId());
                LOG.info("{}: penalised for leaving (count {}, level {})", player, p.count(), p.level());
            } catch (RuntimeException e) {
                LOG.warn("{}: penalty could not be stored: {}", player, e.toString());
            }
        }
        world.runInChannelOf(player, h -> h.leaveRoom(player));
        if (penalized) {
            ctx.refresh(player);
        }
        return ExitWaitingResponse.OK;
    }

    private Reply updateSlot(Session session, UpdateSlotRequest request) {
        return inRoom(session, (h, room, self) -> {
            int index = request.slotIndex();
            if (index < 0 || index >= Room.SLOTS) {
                return;
            }
            Slot slot = room.slot(index);
            RoomSlotActionType action;
            if (slot.occupied()) {
                if (slot == self) {
                    // The reference lets the master kick itself and leaves a masterless room (spec 03 O4).
                    LOG.info("{}: master kicking its own slot refused", self.player());
                    return;
                }
                Player victim = slot.player();
                victim.send(KickNotice.INSTANCE);
                h.removeMember(room, slot);
                action = RoomSlotActionType.PLAYER_KICKED;
                LOG.info("{}: kicked {} from {}", self.player(), victim, room);
            } else if (slot.kind() == Slot.Kind.LOCKED) {
                h.toggleLock(room, slot);
                action = RoomSlotActionType.SLOT_UNLOCKED;
            } else {
                h.toggleLock(room, slot);
                action = RoomSlotActionType.SLOT_LOCKED;
            }
            Broadcast.send(room.members(), RoomSlotUpdateNotice.of(index, action));
            h.sendUserCount(room);
        });
    }

    private Reply setMusic(Session session, SetRoomMusicRequest request) {
        return inRoom(session, (h, room, self) -> {
            if (refusedWhilePlaying(room, self, "music change")) {
                return;
            }
            room.musicId(h, request.musicId());
            room.difficulty(h, request.difficulty());
            room.speed(h, request.speed());
            announceMusic(room);
        });
    }

    private Reply setAlbum(Session session, SetRoomAlbumRequest request) {
        return inRoom(session, (h, room, self) -> {
            if (refusedWhilePlaying(room, self, "album change")) {
                return;
            }
            room.musicId(h, request.albumId());
            room.speed(h, request.speed());
            announceMusic(room);
        });
    }

    private static void announceMusic(Room room) {
        int music = room.musicId() & 0xFFFF;
        Broadcast.send(room.members(), new WaitingMusicChangedNotice(music, room.difficulty(), room.speed()));
        Broadcast.send(
                room.channel().outside(room),
                new RoomParameterChangedNotice(room.number(), music, room.difficulty(), room.speed()));
    }

    private Reply setArena(Session session, SetRoomArenaRequest request) {
        return inRoom(session, (h, room, self) -> {
            room.arena(h, request.arena());
            Broadcast.send(room.members(), new RoomArenaChangedNotice(request.arena()));
        });
    }

    private Reply setTeam(Session session, SetRoomTeamRequest request) {
        return inRoom(session, (h, room, self) -> {
            if (refusedWhilePlaying(room, self, "team change")) {
                return;
            }
            self.team(h, request.team());
            Broadcast.send(room.members(), new UserTeamChangedNotice(self.index(), request.team()));
        });
    }

    private Reply setInstrument(Session session, SetInstrumentRequest request) {
        LOG.debug("{}: SetInstrument {} ignored (as the reference does)", Player.of(session), request.instrumentId());
        return null;
    }

    private Reply ready(Session session, ReadyRequest request) {
        return inRoom(session, (h, room, self) -> {
            self.ready(h, !self.ready());
            Broadcast.send(room.members(), new UserReadyStateChangedNotice(self.index(), self.ready()));
        });
    }

    private Reply setSkills(Session session, SetRoomSkillRequest request) {
        return inRoom(session, (h, room, self) -> {
            if (refusedWhilePlaying(room, self, "skill change")) {
                return;
            }
            List<Integer> kept = new ArrayList<>();
            for (Integer s : request.skills()) {
                if (s > 0) {
                    kept.add(s);
                }
            }
            room.skills(h, kept);
            room.skillsSeed(h, kept.isEmpty() ? 0 : ctx.random().nextInt(Integer.MAX_VALUE));
            Broadcast.send(room.members(), new WaitingSkillChangedNotice(kept));
            Broadcast.send(room.channel().outside(room), new RoomSkillChangedNotice(room.number(), kept));
        });
    }

    /**
     * The music-state adjustment of spec 03 §2.6.
     *
     * @param room     the room (lock held)
     * @param member   the member
     * @param reported the reported state
     * @return the state to store
     */
    int adjust(Room room, Player member, int reported) {
        Channel channel = room.channel();
        if (channel.freeMusic()) {
            return reported == MusicState.NO_ACCESS.wire() ? MusicState.READY.wire() : reported;
        }
        if (reported != MusicState.READY.wire()) {
            return reported;
        }
        Optional<Music> music = channel.music().find(room.musicId());
        Identity id = member.identity();
        if (music.isPresent()
                && music.get().purchasable()
                && music.get().priceO2Cash() > 0
                && !id.user().acquiredMusic().contains(room.musicId())
                && id.user().passes().activeFreePassType(ctx.clock().instant()) == 0
                && id.user().wallet().cashPoint() < StartGameRules.PAID_MUSIC_COST) {
            return MusicState.NO_ACCESS.wire();
        }
        return reported;
    }

    private Reply updateMusicState(Session session, UpdateMusicStateRequest request) {
        return inRoom(session, (h, room, self) -> {
            int stored = adjust(room, self.player(), request.state());
            self.musicState(h, stored);
            Broadcast.send(
                    room.members(),
                    new MusicStateChangedNotice(
                            self.index(), self.playingState().wire(), stored));
        });
    }

    private Reply acquireMusic(Session session, AcquireMusicRequest request) {
        return inRoom(session, (h, room, self) -> {
            List<AcquireMusicNotice.Entry> entries = new ArrayList<>();
            for (Slot s : room.slots()) {
                AcquireMusicNotice.Entry e = s.occupied()
                        ? new AcquireMusicNotice.Entry(
                                s.index(),
                                s.musicState() == MusicState.NO_MUSIC.wire()
                                        ? MusicState.DOWNLOADING.wire()
                                        : s.musicState() & 0xFF)
                        : new AcquireMusicNotice.Entry(NOBODY, MusicState.NO_MUSIC.wire());
                if (request.memberIds().contains(e.memberId())) {
                    entries.add(e);
                }
            }
            Broadcast.send(room.members(), new AcquireMusicNotice(entries));
        });
    }

    private Reply syncMemberMusicState(Session session, SyncMemberMusicStateRequest request) {
        return inRoom(session, (h, room, self) -> {
            int index = request.memberId();
            if (index < 0 || index >= Room.SLOTS || !room.slot(index).occupied()) {
                return;
            }
            Broadcast.send(
                    room.members(),
                    new SyncMemberMusicStateNotice(index, room.slot(index).musicState()));
        });
    }

    private Reply downloadProgress(Session session, SetDownloadProgressRequest request) {
        return inRoom(session, (h, room, self) -> {
            int index = request.memberId();
            if (request.progress() >= DOWNLOAD_DONE) {
                if (index >= Room.SLOTS || !room.slot(index).occupied()) {
                    return;
                }
                Slot target = room.slot(index);
                if (target == self) {
                    target.musicState(h, MusicState.READY.wire());
                    List<Integer> installed = new ArrayList<>(self.player().installedMusic());
                    installed.add((room.musicId() | 0x8000) & 0xFFFF);
                    self.player().installedMusic(installed);
                } else {
                    // The reference lets any member mark another member's music ready (spec 03 O8).
                    LOG.info(
                            "{}: finished download reported for slot {} (not its own); state kept",
                            self.player(),
                            index);
                }
            }
            Broadcast.send(room.members(), new DownloadProgressChangedNotice(request.progress(), index));
        });
    }

    private Reply syncMusicDownload(Session session, SyncMusicDownloadRequest request) {
        Player player = Player.of(session);
        world.runInChannelOf(player, h -> {
            List<Integer> installed = new ArrayList<>(player.installedMusic());
            installed.add(request.musicId());
            player.installedMusic(installed);
            Room room = player.room();
            Slot self = room == null ? null : room.slotOf(player);
            if (self == null) {
                return;
            }
            int stored = adjust(room, player, MusicState.READY.wire());
            self.musicState(h, stored);
            Broadcast.send(
                    room.members(),
                    new MusicStateChangedNotice(
                            self.index(), self.playingState().wire(), stored));
            Broadcast.send(room.members(), new MusicStateChangedNotice(self.index(), PlayingState.NONE.wire(), stored));
        });
        return null;
    }
}
