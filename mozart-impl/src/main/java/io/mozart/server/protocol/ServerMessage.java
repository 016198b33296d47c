package io.mozart.server.protocol;

/** A message the server sends to a game client: a response or a notice (spec S→C). The game's send paths take these. */
public non-sealed interface ServerMessage extends Reply {}
