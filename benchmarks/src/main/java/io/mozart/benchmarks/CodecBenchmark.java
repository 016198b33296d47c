package io.mozart.benchmarks;

import io.mozart.encore.pipeline.Frames;
import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.MozartProtocol;
import io.mozart.server.protocol.common.AttributiveItemEntry;
import io.mozart.server.protocol.common.BagCapacity;
import io.mozart.server.protocol.common.EquipBlock;
import io.mozart.server.protocol.common.GiftItemEntry;
import io.mozart.server.protocol.common.GiftMusicEntry;
import io.mozart.server.protocol.lobby.CharacterInfoResponse;
import io.mozart.server.protocol.playing.GameStatsUpdateNotice;
import io.mozart.server.protocol.playing.UpdateGameStatsRequest;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Encode and decode of a small and a large server message, through the path the server takes:
 *
 * <ul>
 *   <li>{@code encode*Frame}: {@link Frames#encode} with the server's registry into a buffer of
 *       {@link ByteBufAllocator#DEFAULT} (pooled, as a broadcast does): length prefix, opcode, the record's codec;
 *       then the frame is released;</li>
 *   <li>{@code encode*Body}: the record's codec alone into a reused buffer (no allocator, no registry);</li>
 *   <li>{@code decode*Frame}: {@link PacketRegistry#decode} of a prepared frame (opcode lookup, the record's codec,
 *       the record and its lists), positioned after the length prefix as the frame decoder hands it on.</li>
 * </ul>
 *
 * The small message is GameStatsUpdate 0x0FAF (17-byte frame, the stats relay's notice). The large one is the
 * CharacterInfo 0x07D1 reply to GetCharacterInfo, fully filled: 50-character names (the nickname column's width),
 * a full 180-slot bag, 60 stacked items, 30 item gifts and 30 music gifts (a 4,933-byte frame).
 * {@code decodeStatsRequestFrame} decodes what the server reads on the same hot path: an UpdateGameStats 0x0FAE
 * request (20-byte frame). Run with {@code -prof gc} for bytes allocated per operation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CodecBenchmark {

    /** Bag slots of a fully expanded bag. */
    static final int BAG = BagCapacity.MAX;
    /** Gifts of each kind waiting in the large message. */
    static final int GIFTS = 30;
    /** Bag slots holding a stackable item. */
    static final int STACKS = 60;

    private final PacketRegistry registry = MozartProtocol.registry();
    private final ByteBufAllocator alloc = ByteBufAllocator.DEFAULT;
    private GameStatsUpdateNotice stats;
    private CharacterInfoResponse info;
    private ByteBuf statsFrame;
    private ByteBuf statsRequestFrame;
    private ByteBuf infoFrame;
    private ByteBuf scratch;

    /** Builds the two messages and their frames. */
    @Setup(Level.Trial)
    public void setUp() {
        stats = new GameStatsUpdateNotice(3, 1, 417, List.of(3, 0, 5, 1, 7, 2, 6, 4));
        info = characterInfo();
        statsFrame = Frames.encode(registry, alloc, stats);
        infoFrame = Frames.encode(registry, alloc, info);
        statsRequestFrame = Frames.encode(registry, alloc, new UpdateGameStatsRequest(1, 417, 4170, 123_456L, 0));
        scratch = alloc.buffer(infoFrame.readableBytes());
        System.out.printf(
                Locale.ROOT,
                "%nframes: GameStatsUpdate %d bytes, CharacterInfo %d bytes, UpdateGameStats %d bytes%n",
                statsFrame.readableBytes(),
                infoFrame.readableBytes(),
                statsRequestFrame.readableBytes());
    }

    /** Releases the buffers. */
    @TearDown(Level.Trial)
    public void tearDown() {
        statsFrame.release();
        infoFrame.release();
        statsRequestFrame.release();
        scratch.release();
    }

    /**
     * A CharacterInfo with every list full and every name as long as the nickname column allows.
     *
     * @return the message
     */
    static CharacterInfoResponse characterInfo() {
        String nickname = name('N');
        List<Integer> equipment = new ArrayList<>(EquipBlock.SLOTS);
        for (int i = 0; i < EquipBlock.SLOTS; i++) {
            equipment.add(1000 + i);
        }
        List<Integer> bag = new ArrayList<>(BAG);
        List<AttributiveItemEntry> stacks = new ArrayList<>(STACKS);
        for (int slot = 0; slot < BAG; slot++) {
            int itemId = 2000 + slot;
            bag.add(itemId);
            if (slot % 3 == 0) {
                stacks.add(new AttributiveItemEntry(itemId, 99));
            }
        }
        List<GiftItemEntry> itemGifts = new ArrayList<>(GIFTS);
        List<GiftMusicEntry> musicGifts = new ArrayList<>(GIFTS);
        for (int i = 0; i < GIFTS; i++) {
            itemGifts.add(new GiftItemEntry(10_000 + i, 3000 + i, name((char) ('a' + i % 26))));
            musicGifts.add(new GiftMusicEntry(20_000 + i, 100 + i, name((char) ('A' + i % 26))));
        }
        return new CharacterInfoResponse(
                false,
                nickname,
                1,
                123_456,
                7_890,
                4_321,
                87,
                5_432,
                1_234,
                56,
                9_876_543,
                6_722,
                false,
                new EquipBlock(equipment),
                bag,
                GIFTS * 2,
                itemGifts,
                musicGifts,
                1_000,
                2_000,
                3_000,
                stacks,
                (short) 2,
                (short) 1);
    }

    private static String name(char c) {
        return String.valueOf(c).repeat(50);
    }

    /** @return the frame's size (the frame itself is released) */
    @Benchmark
    public int encodeStatsFrame() {
        ByteBuf frame = Frames.encode(registry, alloc, stats);
        int size = frame.readableBytes();
        frame.release();
        return size;
    }

    /** @return the body's size */
    @Benchmark
    public int encodeStatsBody() {
        scratch.clear();
        GameStatsUpdateNotice.CODEC.write(scratch, stats);
        return scratch.writerIndex();
    }

    /** @return the decoded record */
    @Benchmark
    public Object decodeStatsFrame() {
        statsFrame.readerIndex(2);
        return registry.decode(statsFrame);
    }

    /** @return the decoded record */
    @Benchmark
    public Object decodeStatsRequestFrame() {
        statsRequestFrame.readerIndex(2);
        return registry.decode(statsRequestFrame);
    }

    /** @return the frame's size (the frame itself is released) */
    @Benchmark
    public int encodeCharacterInfoFrame() {
        ByteBuf frame = Frames.encode(registry, alloc, info);
        int size = frame.readableBytes();
        frame.release();
        return size;
    }

    /** @return the body's size */
    @Benchmark
    public int encodeCharacterInfoBody() {
        scratch.clear();
        CharacterInfoResponse.CODEC.write(scratch, info);
        return scratch.writerIndex();
    }

    /** @return the decoded record */
    @Benchmark
    public Object decodeCharacterInfoFrame() {
        infoFrame.readerIndex(2);
        return registry.decode(infoFrame);
    }
}
