package io.mozart.server.protocol;

import java.util.List;

/** A handler's answer: {@code null} for none, one {@link ServerMessage}, or several in order; never a request. */
public sealed interface Reply permits ServerMessage, Reply.Many {
    /** @return the messages as one reply, sent in this order (an empty list sends nothing) */
    static Reply of(List<? extends ServerMessage> messages) {
        return new Many(List.copyOf(messages));
    }

    /** @return the messages as one reply, sent in this order */
    static Reply of(ServerMessage... messages) {
        return new Many(List.of(messages));
    }

    /** Several server messages answering one request. */
    record Many(List<ServerMessage> messages) implements Reply {
        public Many {
            messages = List.copyOf(messages);
        }
    }
}
