package io.mozart.server.playing;

import io.mozart.api.event.GameStarted;
import io.mozart.api.metadata.Music;
import io.mozart.api.storage.AttributiveItem;
import io.mozart.api.storage.Loadout;
import io.mozart.api.storage.Storage;
import io.mozart.api.storage.Wallet;
import io.mozart.encore.server.EncoreServer;
import io.mozart.encore.session.Session;
import io.mozart.server.game.Broadcast;
import io.mozart.server.game.Channel;
import io.mozart.server.game.GameContext;
import io.mozart.server.game.Held;
import io.mozart.server.game.Identity;
import io.mozart.server.game.MusicState;
import io.mozart.server.game.Player;
import io.mozart.server.game.PlayingState;
import io.mozart.server.game.Room;
import io.mozart.server.game.RoomState;
import io.mozart.server.game.Slot;
import io.mozart.server.game.World;
import io.mozart.server.playing.rules.SkillRules;
import io.mozart.server.playing.rules.StartGameRules;
import io.mozart.server.protocol.Reply;
import io.mozart.server.protocol.lobby.RoomStateChangedNotice;
import io.mozart.server.protocol.playing.StartGameNotice;
import io.mozart.server.protocol.playing.StartGameRequest;
import io.mozart.server.protocol.playing.StartResult;
import io.mozart.server.protocol.waiting.AcquireMusicNotice;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * StartGame (spec 04 §3): the master's checks, the skill and paid-music charges in one storage transaction, then the
 * start itself. The checks and the start hold the room's channel; the storage transaction runs between them, holding
 * nothing, and the start re-checks that the room did not change meanwhile.
 */
final class StartGameFlow {

    private static final Logger LOG = LoggerFactory.getLogger(StartGameFlow.class);

    private final GameContext ctx;
    private final World world;
    private final LiveGameFlow live;
    private final AtomicLong generations = new AtomicLong();

    StartGameFlow(GameContext ctx, LiveGameFlow live) {
        this.ctx = ctx;
        this.world = ctx.world();
        this.live = live;
    }

    /** What the checks decided (holding the channel). */
    private record StartPlan(Reply refusal, Room room, int masterId, List<Integer> skills, List<Integer> charged) {}

    /** Rolls a start's storage transaction back. */
    private static final class StartRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StartRefused(String reason) {
            super(reason, null, false, false);
        }
    }

    Reply startGame(Session session, StartGameRequest request) {
        Player master = Player.of(session);
        StartPlan plan = world.inChannelOf(master, h -> planStart(master));
        if (plan == null) {
            return null;
        }
        if (plan.refusal() != null) {
            return plan.refusal();
        }
        if (!plan.skills().isEmpty() || !plan.charged().isEmpty()) {
            try {
                ctx.storage().useTransaction(tx -> charge(tx, plan));
            } catch (StartRefused e) {
                LOG.info("{}: start refused: {}", master, e.getMessage());
                return StartGameNotice.failure(StartResult.GENERIC_ERROR);
            } catch (RuntimeException e) {
                LOG.warn("{}: start failed writing skills/cash: {}", master, e.toString());
                return StartGameNotice.failure(StartResult.GENERIC_ERROR);
            }
        }
        List<Player> refresh = world.inChannelOf(master, h -> begin(h, master, plan, session.server()));
        if (refresh == null) {
            return null;
        }
        for (Player p : refresh) {
            if (p == master) {
                ctx.refresh(p);
            } else {
                p.session().executeBlocking(() -> live.refreshQuietly(p));
            }
        }
        return null;
    }

    private StartPlan planStart(Player master) {
        Room room = master.room();
        if (room == null || !room.isMaster(master)) {
            return null;
        }
        if (room.isPlaying()) {
            // The reference silently replaces the running game's tracker (spec 04 §12.12); Mozart refuses.
            LOG.info("{}: StartGame while {} is playing ignored", master, room);
            return null;
        }
        List<Slot> members = room.memberSlots();
        if (members.size() == 1 && !ctx.options().allowSoloInVersus()) {
            return refuse(StartResult.INSUFFICIENT_PLAYERS);
        }
        if (members.size() > 1) {
            List<Integer> teams = new ArrayList<>();
            boolean allReady = true;
            boolean allMusic = true;
            for (Slot s : members) {
                teams.add(s.team());
                allReady &= s.ready();
                allMusic &= MusicState.READY.is(s.musicState());
            }
            if (!StartGameRules.teamsBalanced(teams)) {
                return refuse(StartResult.TEAM_UNBALANCED);
            }
            if (!allReady) {
                return refuse(StartResult.NOT_READY);
            }
            if (!allMusic) {
                List<AcquireMusicNotice.Entry> entries = new ArrayList<>();
                for (Slot s : members) {
                    int state = MusicState.NO_MUSIC.is(s.musicState()) ? MusicState.DOWNLOADING.wire() : s.musicState();
                    entries.add(new AcquireMusicNotice.Entry(s.index(), state & 0xFF));
                }
                Broadcast.send(room.members(), new AcquireMusicNotice(entries));
                return refuse(StartResult.NONE);
            }
        }
        List<Integer> skills = new ArrayList<>();
        for (Integer s : room.skills()) {
            if (s != null && s > 0) {
                skills.add(s);
            }
        }
        List<Integer> charged = new ArrayList<>();
        Channel channel = room.channel();
        if (!channel.freeMusic()) {
            Optional<Music> music = channel.music().find(room.musicId());
            if (music.isPresent() && music.get().purchasable()) {
                for (Slot s : members) {
                    Identity id = s.player().identity();
                    if (id.user().passes().activeFreePassType(ctx.clock().instant()) == 0) {
                        charged.add(id.userId());
                    }
                }
            }
        }
        return new StartPlan(null, room, master.userId(), skills, charged);
    }

    private static StartPlan refuse(StartResult result) {
        return new StartPlan(StartGameNotice.failure(result), null, 0, List.of(), List.of());
    }

    private void charge(Storage tx, StartPlan plan) {
        if (!plan.skills().isEmpty()) {
            int uid = plan.masterId();
            Loadout loadout = tx.inventories().find(uid).orElseThrow(() -> new StartRefused("master has no bag"));
            List<Integer> bag = new ArrayList<>(loadout.capacity());
            for (int i = 0; i < loadout.capacity(); i++) {
                bag.add(loadout.bagSlot(i));
            }
            Map<Integer, Integer> counts = new HashMap<>();
            for (AttributiveItem a : tx.attributiveItems().list(uid)) {
                counts.put(a.itemId(), a.count());
            }
            SkillRules.Consumption c = SkillRules.consume(plan.skills(), bag, counts);
            if (!c.satisfied()) {
                throw new StartRefused("master lacks skill items " + plan.skills());
            }
            for (int slot : c.emptiedBag()) {
                tx.inventories().writeBagSlot(uid, slot, 0, 0);
            }
            for (Map.Entry<Integer, Integer> e : c.counts().entrySet()) {
                if (e.getValue() <= 0) {
                    tx.attributiveItems().delete(uid, e.getKey());
                } else {
                    tx.attributiveItems().setCount(uid, e.getKey(), e.getValue());
                }
            }
        }
        for (int uid : plan.charged()) {
            Wallet w = tx.wallets().find(uid).orElse(Wallet.EMPTY);
            if (w.cashPoint() < StartGameRules.PAID_MUSIC_COST) {
                throw new StartRefused("user " + uid + " has " + w.cashPoint() + " cash points for paid music");
            }
            tx.wallets().adjust(uid, Wallet.cashPoints(-StartGameRules.PAID_MUSIC_COST));
        }
    }

    private List<Player> begin(Held h, Player master, StartPlan plan, EncoreServer server) {
        Room room = master.room();
        if (room != plan.room() || !room.isMaster(master) || room.isPlaying()) {
            LOG.warn("{}: room changed while the start was being charged; not started", master);
            return null;
        }
        Game game = new Game(generations.incrementAndGet(), room);
        Game previous = Game.of(room);
        if (previous != null) {
            previous.cancelLoadTimer(h);
        }
        room.game(h, game);
        List<Integer> userIds = new ArrayList<>();
        List<Player> refresh = new ArrayList<>();
        for (Slot s : room.memberSlots()) {
            s.playingState(h, PlayingState.PLAYING);
            userIds.add(s.player().userId());
            if (s.player() == master || plan.charged().contains(s.player().userId())) {
                refresh.add(s.player());
            }
        }
        room.state(h, RoomState.PLAYING);
        Broadcast.send(room.members(), StartGameNotice.success(room.skillsSeed()));
        Broadcast.send(
                room.channel().outside(room), new RoomStateChangedNotice(room.number(), RoomState.PLAYING.wire()));
        game.settings(h, room.musicId(), room.difficulty());
        Duration timeout = ctx.options().musicLoadTimeout();
        if (!timeout.isZero() && !timeout.isNegative()) {
            game.loadTimer(
                    h,
                    server.scheduler()
                            .schedule(
                                    () -> server.gameExecutor().execute(() -> live.loadTimeout(game)),
                                    timeout.toMillis(),
                                    TimeUnit.MILLISECONDS));
        }
        LOG.info("{}: started {}", master, game);
        h.publish(new GameStarted(room.channel().id(), room.number(), room.musicId(), room.difficulty(), userIds));
        return refresh;
    }
}
