package io.mozart.encore.client;

import io.mozart.encore.codec.DecodeException;
import io.mozart.encore.exec.NamedThreadFactory;
import io.mozart.encore.pipeline.DecodeListener;
import io.mozart.encore.pipeline.FrameDecoder;
import io.mozart.encore.pipeline.Frames;
import io.mozart.encore.pipeline.PacketDecoder;
import io.mozart.encore.pipeline.PipelineNames;
import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.encore.protocol.PacketType;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A small blocking client for tests, bots and load tools: the same registry and framing as the server.
 * Decoded packets go into a thread-safe queue; {@link #receive}, {@link #expect} and {@link #drain} take them
 * out. Decode errors and unknown opcodes are recorded ({@link #decodeErrors()}), never thrown on the I/O
 * thread. All methods are thread-safe; sends from one thread reach the socket in call order.
 *
 * <p>Clients share one small daemon event-loop group ({@code encore-client-*} threads) unless the builder is
 * given a group.
 */
public final class EncoreClient implements AutoCloseable {

    private static final Object CLOSED = new Object();
    private static volatile EventLoopGroup sharedGroup;

    private final PacketRegistry registry;
    private final Channel channel;
    private final BlockingQueue<Object> inbox = new LinkedBlockingQueue<>();
    private final List<String> decodeErrors = new CopyOnWriteArrayList<>();
    private volatile Throwable failure;

    private EncoreClient(PacketRegistry registry, Channel channel) {
        this.registry = registry;
        this.channel = channel;
    }

    /**
     * Connects with default settings on the shared event-loop group.
     *
     * @param host     server host
     * @param port     server port
     * @param registry the packet table
     * @return the connected client
     * @throws IllegalStateException when the connection fails
     */
    public static EncoreClient connect(String host, int port, PacketRegistry registry) {
        return builder().registry(registry).connect(host, port);
    }

    /** @return a builder for non-default settings */
    public static Builder builder() {
        return new Builder();
    }

    private static EventLoopGroup sharedGroup() {
        EventLoopGroup g = sharedGroup;
        if (g == null) {
            synchronized (EncoreClient.class) {
                g = sharedGroup;
                if (g == null) {
                    g = new MultiThreadIoEventLoopGroup(
                            Math.max(2, Runtime.getRuntime().availableProcessors()),
                            new NamedThreadFactory("encore-client", true),
                            NioIoHandler.newFactory());
                    sharedGroup = g;
                }
            }
        }
        return g;
    }

    /**
     * Encodes and sends one packet (does not wait for the write).
     *
     * @param packet a registered record
     * @return the write's future
     * @throws io.mozart.encore.codec.EncodeException when it cannot be encoded
     */
    public ChannelFuture send(Object packet) {
        return channel.writeAndFlush(Frames.encode(registry, channel.alloc(), packet));
    }

    /**
     * Sends bytes exactly as given (a complete frame, or part of one, or several): for malformed-input tests.
     *
     * @param bytes raw bytes; ownership passes to the client
     * @return the write's future
     */
    public ChannelFuture sendRaw(ByteBuf bytes) {
        return channel.writeAndFlush(bytes);
    }

    /**
     * Sends bytes exactly as given.
     *
     * @param bytes raw bytes
     * @return the write's future
     */
    public ChannelFuture sendRaw(byte[] bytes) {
        return channel.writeAndFlush(Unpooled.wrappedBuffer(bytes.clone()));
    }

    /**
     * Takes the next packet.
     *
     * @param timeout how long to wait
     * @return the packet, or {@code null} on timeout or when the connection is closed and nothing is left
     */
    public Object receive(Duration timeout) {
        try {
            Object o = inbox.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
            if (o == CLOSED) {
                inbox.add(CLOSED);
                return null;
            }
            return o;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * Takes the next packet, which must be of the given class.
     *
     * @param type    the expected class
     * @param timeout how long to wait
     * @param <T>     the packet type
     * @return the packet
     * @throws IllegalStateException on timeout, on a closed connection, or when another packet comes first
     */
    public <T> T expect(Class<T> type, Duration timeout) {
        Object o = receive(timeout);
        if (o == null) {
            throw new IllegalStateException("expected " + type.getSimpleName() + " but "
                    + (isConnected() ? "nothing arrived within " + timeout : "the connection is closed")
                    + (decodeErrors.isEmpty() ? "" : "; decode errors: " + decodeErrors));
        }
        if (!type.isInstance(o)) {
            throw new IllegalStateException("expected " + type.getSimpleName() + " but got " + o);
        }
        return type.cast(o);
    }

    /**
     * Takes every packet that arrives until none has arrived for {@code quiet}.
     *
     * @param quiet the silence that ends the drain
     * @return the packets in arrival order
     */
    public List<Object> drain(Duration quiet) {
        List<Object> out = new ArrayList<>();
        Object o;
        while ((o = receive(quiet)) != null) {
            out.add(o);
        }
        return out;
    }

    /** Stops reading from the socket (autoRead off), to play a slow reader. */
    public void pauseReading() {
        channel.config().setAutoRead(false);
    }

    /** Reads again after {@link #pauseReading()}. */
    public void resumeReading() {
        channel.config().setAutoRead(true);
        channel.read();
    }

    /** @return whether the connection is open */
    public boolean isConnected() {
        return channel.isActive();
    }

    /** @return decode failures and unknown opcodes seen so far, one line each */
    public List<String> decodeErrors() {
        return List.copyOf(decodeErrors);
    }

    /** @return the transport error that closed the connection, or {@code null} */
    public Throwable failure() {
        return failure;
    }

    /** @return the underlying channel (for advanced use) */
    public Channel channel() {
        return channel;
    }

    /** Closes the connection and waits for it to be closed. Idempotent. */
    @Override
    public void close() {
        channel.close().awaitUninterruptibly(10, TimeUnit.SECONDS);
    }

    private final class Inbox extends ChannelInboundHandlerAdapter implements DecodeListener {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            inbox.add(msg);
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) throws Exception {
            inbox.add(CLOSED);
            super.channelInactive(ctx);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            failure = cause;
            ctx.close();
        }

        @Override
        public void unknownOpcode(ChannelHandlerContext ctx, int opcode, int payloadLength) {
            decodeErrors.add("unknown opcode " + PacketType.hex(opcode));
        }

        @Override
        public void decodeError(ChannelHandlerContext ctx, int opcode, DecodeException error) {
            decodeErrors.add("opcode " + PacketType.hex(Math.max(opcode, 0)) + ": " + error.getMessage());
        }
    }

    /** Settings of a client connection. */
    public static final class Builder {

        private PacketRegistry registry;
        private EventLoopGroup group;
        private int receiveBufferSize;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private String localAddress;

        private Builder() {}

        /**
         * @param registry the packet table (required)
         * @return this builder
         */
        public Builder registry(PacketRegistry registry) {
            this.registry = Objects.requireNonNull(registry, "registry");
            return this;
        }

        /**
         * @param group the event-loop group to use (the caller shuts it down); default a shared daemon group
         * @return this builder
         */
        public Builder eventLoopGroup(EventLoopGroup group) {
            this.group = Objects.requireNonNull(group, "group");
            return this;
        }

        /**
         * @param bytes SO_RCVBUF, 0 = OS default (small values make slow-reader tests quick)
         * @return this builder
         */
        public Builder receiveBufferSize(int bytes) {
            this.receiveBufferSize = bytes;
            return this;
        }

        /**
         * @param address local IP address to bind the socket to before connecting (e.g. {@code 127.0.0.2}, so
         *                that a test looks like another host); {@code null} = any (default)
         * @return this builder
         */
        public Builder localAddress(String address) {
            this.localAddress = address;
            return this;
        }

        /**
         * @param timeout connect timeout (default 10 s)
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * Connects and waits for the connection.
         *
         * @param host server host
         * @param port server port
         * @return the client
         * @throws IllegalStateException when the connection fails
         */
        public EncoreClient connect(String host, int port) {
            Objects.requireNonNull(registry, "registry");
            EncoreClient[] holder = new EncoreClient[1];
            Bootstrap b = new Bootstrap()
                    .group(group != null ? group : sharedGroup())
                    .channel(NioSocketChannel.class)
                    .option(ChannelOption.TCP_NODELAY, true)
                    .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) connectTimeout.toMillis());
            if (receiveBufferSize > 0) {
                b.option(ChannelOption.SO_RCVBUF, receiveBufferSize);
            }
            PacketRegistry reg = registry;
            b.handler(new ChannelInitializer<SocketChannel>() {
                @Override
                protected void initChannel(SocketChannel ch) {
                    EncoreClient client = new EncoreClient(reg, ch);
                    holder[0] = client;
                    Inbox inbox = client.new Inbox();
                    ch.pipeline()
                            .addLast(PipelineNames.FRAME_DECODER, new FrameDecoder())
                            .addLast(PipelineNames.PACKET_DECODER, new PacketDecoder(reg, inbox, false))
                            .addLast("inbox", inbox);
                }
            });
            ChannelFuture f = (localAddress == null
                            ? b.connect(host, port)
                            : b.connect(new InetSocketAddress(host, port), new InetSocketAddress(localAddress, 0)))
                    .awaitUninterruptibly();
            if (!f.isSuccess()) {
                throw new IllegalStateException("cannot connect to " + host + ":" + port, f.cause());
            }
            return holder[0];
        }
    }
}
