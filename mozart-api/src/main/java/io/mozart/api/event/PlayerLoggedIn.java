package io.mozart.api.event;

/**
 * A connection authorized successfully with a login token (Authorize 0x03E8).
 *
 * @param userId        the user index id
 * @param username      the login name
 * @param nickname      the character nickname
 * @param remoteAddress the client's address as text
 */
public record PlayerLoggedIn(int userId, String username, String nickname, String remoteAddress) implements GameEvent {}
