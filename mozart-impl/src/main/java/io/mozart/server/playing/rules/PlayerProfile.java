package io.mozart.server.playing.rules;

/**
 * The stored user values result processing reads and updates (spec 04 §6.3, §9).
 *
 * @param level      level before the game (default 1)
 * @param experience experience before the game
 * @param gem        gems before the game
 * @param cashPoint  current cash points (only echoed into the score entry)
 */
public record PlayerProfile(int level, int experience, int gem, int cashPoint) {}
