package io.mozart.server.playing.rules;

import io.mozart.server.protocol.playing.MatchResult;
import io.mozart.server.protocol.playing.ScoreCompletedNotice;
import io.mozart.server.protocol.playing.ScoreEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Result processing as a pure function (spec 04 §6): safety gate and anti-cheat (§6.2), then the per-player
 * loop in ascending memberId order (§6.3: outcome, rewards when safe, level/experience), and the ScoreCompleted
 * ordering. Loading users, committing one transaction per player and the best-score record
 * ({@link BestScoreRules}) are the caller's job.
 */
public final class ResultRules {

    private ResultRules() {}

    /**
     * The whole game's outcome.
     *
     * @param safe    music found and at least one player cleared: rewards are given
     * @param aborted anti-cheat tripped: persist nothing, send no ScoreCompleted (the room still returns to
     *                Waiting)
     * @param players per-player results in ascending memberId order (empty when aborted)
     */
    public record GameResults(boolean safe, boolean aborted, List<PlayerResult> players) {

        /**
         * Freezes the list.
         *
         * @param safe    safe flag
         * @param aborted aborted flag
         * @param players results
         */
        public GameResults {
            players = List.copyOf(players);
        }

        /**
         * The results broadcast: entries stable-sorted by score descending (ties keep ascending memberId).
         *
         * @return the ScoreCompleted notice
         */
        public ScoreCompletedNotice scoreCompleted() {
            List<ScoreEntry> entries = new ArrayList<>();
            players.stream()
                    .sorted(Comparator.comparingLong(
                                    (PlayerResult p) -> p.score().score())
                            .reversed())
                    .forEach(p -> entries.add(p.toScoreEntry()));
            return new ScoreCompletedNotice(entries);
        }
    }

    /**
     * §6.2: {@code safe} = music found and at least one state cleared.
     *
     * <p>Divergence: Mozart also requires {@code totalNotes > 0}. With a note-less chart the reference's gem
     * formula divides by a max score of 0, saturates to {@code Integer.MAX_VALUE} and overflows on the bonuses
     * (a forged score would then change the gem balance by about ±2^31).
     *
     * @param chart  the chart of the room's music and difficulty
     * @param states all tracked states (all completed)
     * @return whether rewards are given
     */
    public static boolean safe(ChartInfo chart, List<PlayerScore> states) {
        return chart.found() && chart.totalNotes() > 0 && states.stream().anyMatch(PlayerScore::clear);
    }

    /**
     * §6.2 anti-cheat: when safe, any cleared state judging more notes than the chart has aborts processing.
     *
     * @param chart  the chart
     * @param states all tracked states
     * @return whether processing must abort
     */
    public static boolean cheated(ChartInfo chart, List<PlayerScore> states) {
        return safe(chart, states) && states.stream().anyMatch(s -> s.clear() && s.judged() > chart.totalNotes());
    }

    /**
     * Anti-cheat (issue 15, compatibility.md): a score above what the reward formula allows for the chart
     * ({@link RewardRules#maxScore}, computed without overflow) is clamped to that maximum, so neither the gems
     * nor the best-score record nor the other players' result screen can hold an impossible value. Unchanged when
     * the chart is missing or has no notes (such a game is never safe: no gems, a stored score of 0).
     *
     * @param chart the room's chart
     * @param score a submitted state
     * @return the state with its score clamped
     */
    public static PlayerScore capped(ChartInfo chart, PlayerScore score) {
        if (!chart.found() || chart.totalNotes() <= 0) {
            return score;
        }
        long max = maxScore(chart.totalNotes());
        if (score.score() <= max) {
            return score;
        }
        return new PlayerScore(
                score.memberId(),
                score.cool(),
                score.good(),
                score.bad(),
                score.miss(),
                score.maxCombo(),
                score.maxJamCombo(),
                max,
                score.clear(),
                score.speed(),
                score.longNoteScore());
    }

    /** {@link RewardRules#maxScore} in 64 bits: the same value wherever that one does not overflow. */
    static long maxScore(int totalNotes) {
        long maxJams = (totalNotes - 26L) / 25;
        long rem = (totalNotes - 26L) % 25;
        return Math.max(0, 200L * totalNotes + 125L * maxJams * (maxJams + 1) + 10L * rem * (maxJams + 1));
    }

    /**
     * §6.3 step 1: Draw if another state has exactly this score (any tie, even for last place), else Win if it
     * is the top score, else Lose. Teams are ignored; a solo game is a Win.
     *
     * @param score  this player's score
     * @param states all tracked states
     * @return the match result
     */
    public static MatchResult outcome(long score, List<PlayerScore> states) {
        long top = states.stream().mapToLong(PlayerScore::score).max().orElse(score);
        long same = states.stream().filter(s -> s.score() == score).count();
        if (same > 1) {
            return MatchResult.DRAW;
        }
        return score == top ? MatchResult.WIN : MatchResult.LOSE;
    }

    /**
     * Runs result processing.
     *
     * @param chart    the room's chart ({@link ChartInfo#MISSING} when the music is not in the channel list)
     * @param states   every tracked state (all completed), any order, distinct member ids
     * @param profiles the stored profile of each state's user, by memberId (all must be present: the
     *                 reference aborts the remaining loop when a user cannot be loaded — the caller decides)
     * @param gemRate  the channel's gem multiplier
     * @param expRate  the channel's experience multiplier
     * @return the results
     */
    public static GameResults process(
            ChartInfo chart,
            List<PlayerScore> states,
            Map<Integer, PlayerProfile> profiles,
            float gemRate,
            float expRate) {
        Map<Integer, MatchResult> outcomes = new java.util.HashMap<>();
        for (PlayerScore s : states) {
            outcomes.put(s.memberId(), outcome(s.score(), states));
        }
        return process(chart, states, profiles, outcomes, memberId -> true, gemRate, expRate);
    }

    /**
     * Runs result processing with outcomes decided by the caller (Mozart's {@link MatchRules}) and a per-player
     * reward gate (Mozart's {@code Game:SingleModeRewardLevelLimit}); a gated player gets the unsafe treatment
     * (battle counted, no gems, no experience).
     *
     * @param chart    the room's chart
     * @param states   every tracked state (all completed), distinct member ids
     * @param profiles stored profile by memberId
     * @param outcomes match result by memberId (one for each state)
     * @param rewarded whether the player with this memberId may earn rewards at all
     * @param gemRate  the channel's gem multiplier
     * @param expRate  the channel's experience multiplier
     * @return the results
     */
    public static GameResults process(
            ChartInfo chart,
            List<PlayerScore> states,
            Map<Integer, PlayerProfile> profiles,
            Map<Integer, MatchResult> outcomes,
            java.util.function.IntPredicate rewarded,
            float gemRate,
            float expRate) {
        Objects.requireNonNull(chart, "chart");
        boolean safe = safe(chart, states);
        if (cheated(chart, states)) {
            return new GameResults(true, true, List.of());
        }
        List<PlayerScore> ordered = new ArrayList<>(states);
        ordered.sort(Comparator.comparingInt(PlayerScore::memberId));
        List<PlayerResult> out = new ArrayList<>();
        for (PlayerScore s : ordered) {
            PlayerProfile p =
                    Objects.requireNonNull(profiles.get(s.memberId()), "no profile for member " + s.memberId());
            MatchResult result =
                    Objects.requireNonNull(outcomes.get(s.memberId()), "no outcome for member " + s.memberId());
            if (!safe || !rewarded.test(s.memberId())) {
                out.add(new PlayerResult(s, result, 0, p.level(), p.experience(), p.gem(), p.cashPoint()));
                continue;
            }
            int reward = RewardRules.gemReward(
                    p.level(),
                    s.score(),
                    chart.totalNotes(),
                    s.clear(),
                    s.cool(),
                    s.good(),
                    s.bad(),
                    s.miss(),
                    gemRate);
            int xp = RewardRules.xpGain(chart.musicLevel(), s.cool(), s.good(), chart.totalNotes(), expRate);
            LevelTable.Progress progress = LevelTable.apply(p.level(), p.experience(), xp);
            out.add(new PlayerResult(
                    s,
                    result,
                    reward,
                    progress.level(),
                    progress.experience(),
                    RewardRules.saturatedAdd(p.gem(), reward),
                    p.cashPoint()));
        }
        return new GameResults(safe, false, out);
    }
}
