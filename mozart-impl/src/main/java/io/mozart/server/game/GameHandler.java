package io.mozart.server.game;

import io.mozart.encore.session.Session;
import io.mozart.server.protocol.ClientMessage;
import io.mozart.server.protocol.Reply;

/**
 * Handles one client request. Its answer is a {@link Reply}: {@code null} for none, one server message, or
 * {@link Reply#of(java.util.List) several} in order. A request is no {@code Reply}: answering with one does not
 * compile.
 *
 * @param <Q> the request type
 */
@FunctionalInterface
public interface GameHandler<Q extends ClientMessage> {

    /**
     * @param session the sending session
     * @param request the decoded request
     * @return the reply, or {@code null} for none
     * @throws Exception any failure; it is logged with opcode and session id, the connection lives on
     */
    Reply handle(Session session, Q request) throws Exception;
}
