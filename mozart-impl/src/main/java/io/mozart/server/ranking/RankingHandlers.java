package io.mozart.server.ranking;

import io.mozart.api.metadata.Music;
import io.mozart.api.storage.Progress;
import io.mozart.api.storage.RankingEntry;
import io.mozart.api.storage.ScoreRecord;
import io.mozart.encore.route.Routes;
import io.mozart.encore.session.Session;
import io.mozart.server.game.Channel;
import io.mozart.server.game.GameContext;
import io.mozart.server.game.GameRoutes;
import io.mozart.server.game.Guards;
import io.mozart.server.game.Identity;
import io.mozart.server.game.Player;
import io.mozart.server.playing.rules.ClearType;
import io.mozart.server.playing.rules.Grade;
import io.mozart.server.playing.rules.GradeRules;
import io.mozart.server.protocol.Reply;
import io.mozart.server.protocol.ranking.GetMusicPlayRankingRequest;
import io.mozart.server.protocol.ranking.GetMusicScoreListRequest;
import io.mozart.server.protocol.ranking.MusicPlayRankingResponse;
import io.mozart.server.protocol.ranking.MusicScoreListResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The two ranking queries of the lobby (spec 02 §5.11). */
public final class RankingHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(RankingHandlers.class);
    private static final int DIFFICULTIES_SHOWN = 3;

    private final GameContext ctx;
    private final Guards guards;

    /**
     * @param ctx    the game context
     * @param guards the guards
     */
    public RankingHandlers(GameContext ctx, Guards guards) {
        this.ctx = ctx;
        this.guards = guards;
    }

    /**
     * Adds this area's routes.
     *
     * @param builder the routes builder
     */
    public void register(Routes.Builder builder) {
        GameRoutes routes = GameRoutes.of(builder);
        routes.onBlocking(GetMusicPlayRankingRequest.class, this::playRanking, guards.inChannel());
        routes.onBlocking(GetMusicScoreListRequest.class, this::scoreList, guards.inChannel());
    }

    /**
     * @param rank     position
     * @param nickname nickname
     * @param p        progress (stored battle count, wins)
     * @param type     stored change type
     * @param delta    stored change amount
     * @return the wire entry; winRate is the integer quotient wins / battles (spec 02 O9)
     */
    static MusicPlayRankingResponse.RankEntry entry(int rank, String nickname, Progress p, int type, int delta) {
        int winRate = p.battle() == 0 ? 0 : p.win() / p.battle();
        return new MusicPlayRankingResponse.RankEntry(
                rank, nickname, p.battle(), p.win(), winRate, type == 0 ? 1 : 0, delta);
    }

    private Reply playRanking(Session session, GetMusicPlayRankingRequest request) {
        Identity id = Player.of(session).identity();
        Optional<RankingEntry> mine = id.user().ranking();
        MusicPlayRankingResponse.RankEntry self = mine.map(r ->
                        entry(r.ranking(), id.nickname(), id.profile().progress(), r.changeType(), r.changeRanking()))
                .orElseGet(() -> entry(0, id.nickname(), id.profile().progress(), 1, 0));
        List<MusicPlayRankingResponse.RankEntry> top = new ArrayList<>();
        for (RankingEntry r : ctx.storage().rankings().top(MusicPlayRankingResponse.MAX_ENTRIES)) {
            top.add(entry(r.ranking(), r.nickname(), r.progress(), r.changeType(), r.changeRanking()));
        }
        return new MusicPlayRankingResponse(self, top);
    }

    private Reply scoreList(Session session, GetMusicScoreListRequest request) {
        Player player = Player.of(session);
        Identity id = player.identity();
        Channel channel = player.channel();
        if (channel == null) {
            return null;
        }
        Map<Integer, long[]> scores = new LinkedHashMap<>();
        Map<Integer, int[]> ranks = new LinkedHashMap<>();
        for (ScoreRecord r : id.user().scores()) {
            long[] s = scores.computeIfAbsent(r.musicId(), k -> new long[DIFFICULTIES_SHOWN]);
            int[] g = ranks.computeIfAbsent(r.musicId(), k -> new int[DIFFICULTIES_SHOWN]);
            if (r.difficulty() < 0 || r.difficulty() >= DIFFICULTIES_SHOWN) {
                continue;
            }
            s[r.difficulty()] = r.score();
            g[r.difficulty()] = grade(channel, r).wire();
        }
        List<MusicScoreListResponse.ScoreEntry> entries = new ArrayList<>(scores.size());
        for (Map.Entry<Integer, long[]> e : scores.entrySet()) {
            long[] s = e.getValue();
            int[] g = ranks.get(e.getKey());
            entries.add(new MusicScoreListResponse.ScoreEntry(
                    e.getKey() & 0xFFFF, (int) s[0], (int) s[1], (int) s[2], g[0], g[1], g[2]));
        }
        if (entries.size() > MusicScoreListResponse.MAX_ENTRIES) {
            LOG.warn(
                    "{}: {} score entries, only the first {} fit one frame",
                    player,
                    entries.size(),
                    MusicScoreListResponse.MAX_ENTRIES);
            entries = entries.subList(0, MusicScoreListResponse.MAX_ENTRIES);
        }
        return new MusicScoreListResponse(entries);
    }

    private static Grade grade(Channel channel, ScoreRecord r) {
        Optional<Music> music = channel.music().find(r.musicId());
        if (music.isEmpty()) {
            return Grade.NONE;
        }
        Music m = music.get();
        int n = GradeRules.noteCount(r.difficulty(), m.noteCountEx(), m.noteCountNx(), m.noteCountHx());
        return GradeRules.ofRecord(r.score(), n, ClearType.fromWire(r.clearType()));
    }
}
