package io.mozart.server.protocol;

/** A message a game client sends to the server: a request (spec C→S). Handlers are routed by these. */
public interface ClientMessage {}
