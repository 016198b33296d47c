package io.mozart.encore.protocol;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.DecodeException;
import io.mozart.encore.codec.EncodeException;
import io.netty.buffer.ByteBuf;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The explicit, immutable table of opcode ↔ record class ↔ codec.
 *
 * <p>Built once at start-up; {@link Builder#register} fails on a duplicate opcode or a duplicate
 * class, naming both bindings. A payload is the {@code u16} little-endian opcode followed by the body.
 */
public final class PacketRegistry {

    private final PacketType<?>[] byOpcode;
    private final Map<Class<?>, PacketType<?>> byClass;
    private final Collection<PacketType<?>> types;

    private PacketRegistry(Map<Class<?>, PacketType<?>> byClass, Map<Integer, PacketType<RawFrame>> raw) {
        this.byOpcode = new PacketType<?>[0x10000];
        for (PacketType<?> t : byClass.values()) {
            byOpcode[t.opcode()] = t;
        }
        for (PacketType<RawFrame> t : raw.values()) {
            byOpcode[t.opcode()] = t;
        }
        this.byClass = Map.copyOf(byClass);
        this.types = Collections.unmodifiableCollection(new java.util.ArrayList<>(byClass.values()));
    }

    /**
     * The binding a packet is encoded with: its class's, or for a {@link RawFrame} its opcode's.
     *
     * @param packet a packet
     * @return the binding
     * @throws IllegalArgumentException when the class is not registered
     */
    public PacketType<?> typeOf(Object packet) {
        if (packet instanceof RawFrame r) {
            PacketType<?> t = byOpcode(r.opcode());
            return t != null ? t : new PacketType<>(r.opcode(), RawFrame.class, rawCodec(r.opcode()));
        }
        return byClass(packet.getClass());
    }

    private static Codec<RawFrame> rawCodec(int opcode) {
        return new Codec<>() {
            @Override
            public RawFrame read(ByteBuf in) {
                byte[] body = new byte[in.readableBytes()];
                in.readBytes(body);
                return new RawFrame(opcode, body);
            }

            @Override
            public void write(ByteBuf out, RawFrame value) {
                out.writeBytes(value.body());
            }
        };
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return every binding, in registration order */
    public Collection<PacketType<?>> types() {
        return types;
    }

    /**
     * @param opcode an opcode
     * @return its binding, or {@code null} when unregistered
     */
    public PacketType<?> byOpcode(int opcode) {
        return opcode < 0 || opcode > 0xFFFF ? null : byOpcode[opcode];
    }

    /**
     * @param type a record class
     * @param <T>  the record type
     * @return its binding
     * @throws IllegalArgumentException when the class is not registered
     */
    @SuppressWarnings("unchecked")
    public <T> PacketType<T> byClass(Class<T> type) {
        PacketType<T> t = (PacketType<T>) byClass.get(type);
        if (t == null) {
            throw new IllegalArgumentException("not a registered packet class: " + type.getName());
        }
        return t;
    }

    /**
     * @param type a record class
     * @return whether it is registered
     */
    public boolean contains(Class<?> type) {
        return byClass.containsKey(type);
    }

    /**
     * Decodes one payload: the opcode, then the body of the bound record. Bytes after the last field
     * are ignored.
     *
     * @param payload the payload, positioned at the opcode
     * @return the decoded record
     * @throws UnknownOpcodeException when the opcode is not registered
     * @throws DecodeException        when the body is malformed (path starts with the record name)
     */
    public Object decode(ByteBuf payload) {
        if (payload.readableBytes() < 2) {
            throw DecodeException.at(payload.readerIndex(), "payload shorter than an opcode");
        }
        int opcode = payload.readUnsignedShortLE();
        PacketType<?> type = byOpcode(opcode);
        if (type == null) {
            throw new UnknownOpcodeException(opcode);
        }
        return decodeBody(type, payload);
    }

    /**
     * Decodes a body of a known type.
     *
     * @param type the binding
     * @param body the body bytes, positioned after the opcode
     * @param <T>  the record type
     * @return the decoded record
     */
    public static <T> T decodeBody(PacketType<T> type, ByteBuf body) {
        try {
            return type.codec().read(body);
        } catch (DecodeException e) {
            throw e.within(type.name());
        } catch (RuntimeException e) {
            // A codec bug must never escape as an unchecked exception of another kind.
            throw DecodeException.at(body.readerIndex(), e.getClass().getSimpleName() + ": " + e.getMessage())
                    .within(type.name());
        }
    }

    /**
     * Writes opcode and body of a registered record.
     *
     * @param packet the record
     * @param out    the buffer to append to
     * @return the binding used
     * @throws IllegalArgumentException when the class is not registered
     * @throws EncodeException          when a field cannot be encoded
     */
    @SuppressWarnings("unchecked")
    public PacketType<?> encode(Object packet, ByteBuf out) {
        Objects.requireNonNull(packet, "packet");
        if (packet instanceof RawFrame r) {
            out.writeShortLE(r.opcode());
            out.writeBytes(r.body());
            return typeOf(r);
        }
        PacketType<Object> type = (PacketType<Object>) byClass(packet.getClass());
        out.writeShortLE(type.opcode());
        try {
            type.codec().write(out, packet);
        } catch (EncodeException e) {
            throw e.within(type.name());
        }
        return type;
    }

    /** Collects bindings; {@link #build()} freezes them. */
    public static final class Builder {

        private final Map<Class<?>, PacketType<?>> byClass = new LinkedHashMap<>();
        private final Map<Integer, PacketType<?>> byOpcode = new LinkedHashMap<>();
        private final Map<Integer, PacketType<RawFrame>> raw = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Binds an opcode to a record class.
         *
         * @param opcode the opcode
         * @param type   the record class
         * @param codec  its body codec
         * @param <T>    the record type
         * @return this builder
         * @throws IllegalStateException on a duplicate opcode or class, naming both bindings
         */
        public <T> Builder register(int opcode, Class<T> type, Codec<T> codec) {
            PacketType<T> t = new PacketType<>(opcode, type, codec);
            PacketType<?> sameOpcode = byOpcode.containsKey(opcode) ? byOpcode.get(opcode) : raw.get(opcode);
            if (sameOpcode != null) {
                throw new IllegalStateException("duplicate opcode " + PacketType.hex(opcode) + ": "
                        + sameOpcode.type().getName() + " and " + type.getName());
            }
            PacketType<?> sameClass = byClass.get(type);
            if (sameClass != null) {
                throw new IllegalStateException("duplicate packet class " + type.getName() + ": "
                        + PacketType.hex(sameClass.opcode()) + " and " + PacketType.hex(opcode));
            }
            byOpcode.put(opcode, t);
            byClass.put(type, t);
            return this;
        }

        /**
         * Adds every binding of another registry.
         *
         * @param other the registry to include
         * @return this builder
         */
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Builder include(PacketRegistry other) {
            for (PacketType<?> t : other.types()) {
                register(t.opcode(), (Class) t.type(), (Codec) t.codec());
            }
            return this;
        }

        /**
         * Binds an opcode to {@link RawFrame}: its frames decode to the raw body bytes.
         *
         * @param opcode the opcode
         * @return this builder
         * @throws IllegalStateException when the opcode is already bound
         */
        public Builder registerRaw(int opcode) {
            PacketType<RawFrame> t = new PacketType<>(opcode, RawFrame.class, rawCodec(opcode));
            PacketType<?> same = byOpcode.containsKey(opcode) ? byOpcode.get(opcode) : raw.get(opcode);
            if (same != null) {
                throw new IllegalStateException("duplicate opcode " + PacketType.hex(opcode) + ": "
                        + same.type().getName() + " and a raw binding");
            }
            raw.put(opcode, t);
            return this;
        }

        /**
         * Removes the binding of an opcode, if any (to replace it, for example with a raw binding).
         *
         * @param opcode the opcode
         * @return this builder
         */
        public Builder unregister(int opcode) {
            PacketType<?> t = byOpcode.remove(opcode);
            if (t != null) {
                byClass.remove(t.type());
            }
            raw.remove(opcode);
            return this;
        }

        /** @return the immutable registry */
        public PacketRegistry build() {
            return new PacketRegistry(byClass, raw);
        }
    }
}
