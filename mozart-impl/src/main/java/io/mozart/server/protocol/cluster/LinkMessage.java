package io.mozart.server.protocol.cluster;

/** A message of the internal gateway ↔ channel link (spec 06 §7); never sent to or received from a game client. */
public sealed interface LinkMessage {
    /** Sent by the gateway to a channel process: a GatewayCommand opcode (spec 01 §3.5). */
    non-sealed interface FromGateway extends LinkMessage {}

    /** Sent by a channel process to the gateway: a ChannelCommand opcode (spec 01 §3.6). */
    non-sealed interface FromChannel extends LinkMessage {}
}
