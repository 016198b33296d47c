package io.mozart.api.event;

/**
 * An authorized connection ended (disconnect, Terminate, music-load timeout, server shutdown).
 *
 * @param userId   the user index id
 * @param nickname the character nickname
 * @param reason   why the connection ended
 */
public record PlayerLoggedOut(int userId, String nickname, String reason) implements GameEvent {}
