package io.mozart.api.extension;

import java.util.Objects;

/**
 * A custom handler binding as given to the server builder: either raw ({@code handler} set) or typed
 * ({@code typed} set).
 *
 * @param opcode      the opcode it serves
 * @param requirement what the connection must have done first
 * @param handler     the raw handler, {@code null} for a typed binding
 * @param typed       the typed binding, {@code null} for a raw one
 */
public record CustomHandler(int opcode, Requirement requirement, PacketHandler handler, Typed<?, ?> typed) {

    /**
     * Validates the binding.
     *
     * @param opcode      the opcode
     * @param requirement the requirement
     * @param handler     the raw handler or null
     * @param typed       the typed binding or null
     */
    public CustomHandler {
        if (opcode < 0 || opcode > 0xFFFF) {
            throw new IllegalArgumentException("opcode out of u16 range: " + opcode);
        }
        Objects.requireNonNull(requirement, "requirement");
        if ((handler == null) == (typed == null)) {
            throw new IllegalArgumentException("exactly one of handler and typed must be given");
        }
        if (typed != null && typed.request().opcode() != opcode) {
            throw new IllegalArgumentException("opcode differs from the request packet's");
        }
    }

    /**
     * A raw binding.
     *
     * @param opcode      the opcode
     * @param requirement the requirement
     * @param handler     the handler
     */
    public CustomHandler(int opcode, Requirement requirement, PacketHandler handler) {
        this(opcode, requirement, Objects.requireNonNull(handler, "handler"), null);
    }

    /**
     * A typed binding.
     *
     * @param request the request packet (its opcode is the binding's)
     * @param reply   the reply packet, {@code null} when the handler never answers
     * @param handler the handler
     * @param <Q>     request type
     * @param <A>     reply type
     */
    public record Typed<Q, A>(
            CustomPacket<Q> request, CustomPacket<A> reply, TypedHandler<? super Q, ? extends A> handler) {

        /**
         * Validates.
         *
         * @param request request packet
         * @param reply   reply packet or null
         * @param handler handler
         */
        public Typed {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(handler, "handler");
        }
    }
}
