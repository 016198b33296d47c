package io.mozart.encore.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.encore.codec.DecodeException;
import io.mozart.encore.codec.EncodeException;
import io.mozart.encore.testproto.TestProtocol;
import io.mozart.encore.testproto.TestProtocol.Blob;
import io.mozart.encore.testproto.TestProtocol.Multi;
import io.mozart.encore.testproto.TestProtocol.Ping;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The inbound pipeline (frame decoder → packet decoder) on an {@link EmbeddedChannel}. */
class PipelineTest {

    private final List<String> events = new ArrayList<>();
    private final List<Throwable> errors = new ArrayList<>();
    private EmbeddedChannel channel;

    private EmbeddedChannel channel(int maxFrame) {
        DecodeListener listener = new DecodeListener() {
            @Override
            public void frame(ChannelHandlerContext ctx, ByteBuf payload) {
                events.add("frame " + payload.readableBytes());
            }

            @Override
            public void unknownOpcode(ChannelHandlerContext ctx, int opcode, int payloadLength) {
                events.add("unknown " + opcode);
            }

            @Override
            public void decodeError(ChannelHandlerContext ctx, int opcode, DecodeException error) {
                events.add("error " + opcode + " " + error.path() + " @" + error.offset());
            }
        };
        channel = new EmbeddedChannel(
                new FrameDecoder(maxFrame),
                new PacketDecoder(TestProtocol.REGISTRY, listener, true),
                new ChannelInboundHandlerAdapter() {
                    @Override
                    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                        errors.add(cause);
                        ctx.close();
                    }
                });
        return channel;
    }

    @AfterEach
    void finish() {
        if (channel != null) {
            channel.finishAndReleaseAll();
        }
    }

    private static byte[] frame(int... bytes) {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            b[i] = (byte) bytes[i];
        }
        return b;
    }

    private static byte[] pingFrame(int client, int seq) {
        ByteBuf f = Frames.encode(TestProtocol.REGISTRY, ByteBufAllocator.DEFAULT, new Ping(client, seq));
        byte[] b = new byte[f.readableBytes()];
        f.readBytes(b);
        f.release();
        return b;
    }

    private void write(byte[] bytes) {
        channel.writeInbound(Unpooled.wrappedBuffer(bytes));
    }

    @Test
    void oneFrame() {
        channel(FrameDecoder.MAX_FRAME_LENGTH);
        byte[] f = pingFrame(7, 9);
        assertArrayEquals(frame(12, 0, 0x10, 0, 7, 0, 0, 0, 9, 0, 0, 0), f);
        write(f);
        assertEquals(new Ping(7, 9), channel.readInbound());
        assertTrue(channel.isActive());
    }

    @Test
    void frameSplitAcrossReads() {
        channel(FrameDecoder.MAX_FRAME_LENGTH);
        byte[] f = pingFrame(1, 2);
        for (byte b : f) {
            assertNull(channel.readInbound());
            write(new byte[] {b});
        }
        assertEquals(new Ping(1, 2), channel.readInbound());
    }

    @Test
    void prefixSplitInTheMiddle() {
        channel(FrameDecoder.MAX_FRAME_LENGTH);
        byte[] f = pingFrame(3, 4);
        write(new byte[] {f[0]});
        byte[] rest = new byte[f.length - 1];
        System.arraycopy(f, 1, rest, 0, rest.length);
        write(rest);
        assertEquals(new Ping(3, 4), channel.readInbound());
    }

    @Test
    void severalFramesInOneRead() {
        channel(FrameDecoder.MAX_FRAME_LENGTH);
        byte[] a = pingFrame(1, 1);
        byte[] b = pingFrame(1, 2);
        byte[] c = pingFrame(1, 3);
        byte[] all = new byte[a.length + b.length + c.length + 4];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        System.arraycopy(c, 0, all, a.length + b.length, c.length);
        // plus half of a fourth frame prefix and body: 0x0C00 then two bytes
        all[all.length - 4] = 12;
        all[all.length - 2] = 0x10;
        write(all);
        assertEquals(new Ping(1, 1), channel.readInbound());
        assertEquals(new Ping(1, 2), channel.readInbound());
        assertEquals(new Ping(1, 3), channel.readInbound());
        assertNull(channel.readInbound());
        write(frame(5, 0, 0, 0, 6, 0, 0, 0));
        assertEquals(new Ping(5, 6), channel.readInbound());
    }

    @Test
    void lengthZeroIsIgnoredAndReadingGoesOn() {
        channel(FrameDecoder.MAX_FRAME_LENGTH);
        write(frame(0, 0));
        write(pingFrame(1, 1));
        assertEquals(new Ping(1, 1), channel.readInbound());
        assertTrue(channel.isActive());
        assertTrue(errors.isEmpty());
        assertEquals(List.of("frame 0", "frame 10"), events);
    }

    @Test
    void lengthTwoIsIgnoredAndReadingGoesOn() {
        channel(FrameDecoder.MAX_FRAME_LENGTH);
        write(frame(2, 0, 2, 0));
        write(pingFrame(1, 1));
        assertEquals(new Ping(1, 1), channel.readInbound());
        assertTrue(channel.isActive());
        assertTrue(errors.isEmpty());
    }

    @Test
    void lengthOneCloses() {
        channel(FrameDecoder.MAX_FRAME_LENGTH);
        write(frame(1, 0, 0x10, 0));
        assertFalse(channel.isActive());
        assertEquals(1, errors.size());
        assertInstanceOf(FrameException.class, errors.get(0));
        assertTrue(
                errors.get(0).getMessage().contains("length 1"), errors.get(0).getMessage());
    }

    @Test
    void negativeLengthCloses() {
        for (int hi : new int[] {0x80, 0xFF}) {
            errors.clear();
            channel(FrameDecoder.MAX_FRAME_LENGTH);
            write(frame(0x00, hi, 1, 2, 3, 4));
            assertFalse(channel.isActive());
            assertEquals(1, errors.size());
            assertTrue(
                    errors.get(0).getMessage().contains("negative"),
                    errors.get(0).getMessage());
            channel.finishAndReleaseAll();
        }
    }

    @Test
    void largestFrameIsAccepted() {
        channel(FrameDecoder.MAX_FRAME_LENGTH);
        byte[] data = new byte[Frames.MAX_PAYLOAD - 2 - 5];
        data[data.length - 1] = 42;
        ByteBuf f = Frames.encode(TestProtocol.REGISTRY, ByteBufAllocator.DEFAULT, new Blob(1, true, data));
        assertEquals(FrameDecoder.MAX_FRAME_LENGTH, f.readableBytes());
        assertEquals(0x7FFF, f.getShortLE(0));
        channel.writeInbound(f);
        assertEquals(new Blob(1, true, data), channel.readInbound());
        assertTrue(channel.isActive());
    }

    @Test
    void payloadOneByteOverTheLimitIsNeverEncoded() {
        byte[] data = new byte[Frames.MAX_PAYLOAD - 2 - 5 + 1];
        EncodeException e = assertThrows(
                EncodeException.class,
                () -> Frames.encode(TestProtocol.REGISTRY, ByteBufAllocator.DEFAULT, new Blob(1, true, data)));
        assertTrue(e.getMessage().contains("32766"), e.getMessage());
    }

    @Test
    void configuredMaxAndMaxPlusOne() {
        channel(20);
        byte[] ok = new byte[20];
        ok[0] = 20;
        ok[2] = 0x50; // Blob: opcode(2) seq(4) reliable(1) data(11)
        write(ok);
        Object blob = channel.readInbound();
        assertInstanceOf(Blob.class, blob);
        assertEquals(11, ((Blob) blob).data().length);
        byte[] tooLong = new byte[21];
        tooLong[0] = 21;
        tooLong[2] = 0x50;
        write(tooLong);
        assertFalse(channel.isActive());
        assertEquals(1, errors.size());
        assertInstanceOf(FrameException.class, errors.get(0));
        assertTrue(
                errors.get(0).getMessage().contains("too long"), errors.get(0).getMessage());
    }

    @Test
    void unknownOpcodeIsDroppedAndReadingGoesOn() {
        channel(FrameDecoder.MAX_FRAME_LENGTH);
        write(frame(6, 0, 0x34, 0x12, 1, 2));
        write(pingFrame(2, 2));
        assertEquals(new Ping(2, 2), channel.readInbound());
        assertTrue(events.contains("unknown " + 0x1234), events.toString());
        assertTrue(channel.isActive());
    }

    @Test
    void trailingBytesAreIgnored() {
        channel(FrameDecoder.MAX_FRAME_LENGTH);
        write(frame(14, 0, 0x10, 0, 1, 0, 0, 0, 2, 0, 0, 0, 0xAA, 0xBB));
        assertEquals(new Ping(1, 2), channel.readInbound());
        write(frame(4, 0, 0x60, 0, 9, 9, 9));
        // A bare message with extra bytes: the extra bytes are ignored... but here the frame says 4 bytes,
        // so the remaining 9 9 9 start the next frame (0x0909 = 2313 bytes), which never completes.
        assertEquals(Multi.INSTANCE, channel.readInbound());
        assertTrue(channel.isActive());
    }

    @Test
    void shortBodyIsADecodeErrorAndReadingGoesOn() {
        channel(FrameDecoder.MAX_FRAME_LENGTH);
        write(frame(8, 0, 0x10, 0, 1, 0, 0, 0));
        write(pingFrame(3, 3));
        assertEquals(new Ping(3, 3), channel.readInbound());
        assertTrue(events.stream().anyMatch(e -> e.startsWith("error 16 Ping.seq @")), events.toString());
        assertTrue(channel.isActive());
    }

    @Test
    void payloadShorterThanAnOpcodeIsADecodeError() {
        channel(FrameDecoder.MAX_FRAME_LENGTH);
        write(frame(3, 0, 0x10));
        assertTrue(events.contains("error -1  @0"), events.toString());
        write(pingFrame(1, 1));
        assertEquals(new Ping(1, 1), channel.readInbound());
    }
}
