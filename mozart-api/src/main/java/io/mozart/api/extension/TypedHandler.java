package io.mozart.api.extension;

/**
 * A handler that receives a decoded custom packet and may answer with a record, added with
 * {@code MozartServer.builder().handler(request, reply, requirement, handler)}. It runs like a
 * {@link PacketHandler}: on a game thread, in the connection's order. A body that does not decode
 * never reaches it (the frame is dropped with one log line, the connection lives on).
 *
 * @param <Q> the request record type
 * @param <A> the reply record type
 */
@FunctionalInterface
public interface TypedHandler<Q, A> {

    /**
     * Handles one request.
     *
     * @param context the sending connection
     * @param request the decoded request
     * @return the reply, sent to the sender with the reply packet's opcode, or {@code null} for none
     * @throws Exception any failure; logged, the connection is kept
     */
    A handle(PacketContext context, Q request) throws Exception;
}
