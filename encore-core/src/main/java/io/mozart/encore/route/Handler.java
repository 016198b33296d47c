package io.mozart.encore.route;

import io.mozart.encore.session.Session;

/**
 * Handles one packet type. Runs on the game executor, in the session's serial order.
 *
 * @param <T> the packet type
 */
@FunctionalInterface
public interface Handler<T> {

    /**
     * Handles a packet.
     *
     * @param session the sending session
     * @param packet  the decoded packet
     * @return {@code null} for no reply; a registered record for one reply frame; a {@link java.util.List} of
     *         records for several frames, sent in list order
     * @throws Exception any failure; it is logged with opcode and session id, the connection lives on
     */
    Object handle(Session session, T packet) throws Exception;
}
