package io.mozart.server.protocol.shop;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.fixedList;
import static io.mozart.encore.codec.Codecs.listI32;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.DecodeException;
import io.mozart.encore.codec.EncodeException;
import io.mozart.server.protocol.ServerMessage;
import io.mozart.server.protocol.common.AttributiveItemEntry;
import io.mozart.server.protocol.common.BagCapacity;
import io.mozart.server.protocol.common.Wire;
import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** SyncPurchase — S→C response — opcode 0x1389 (spec 05 §3), the answer to SyncItemPurchase. */
public record SyncPurchaseResponse(
        int gem,
        int point,
        int o2Cash,
        int cashPoint,
        List<Integer> bag,
        int musicCash,
        int itemCash,
        List<AttributiveItemEntry> attributiveItems,
        int freePassExtensionDays)
        implements ServerMessage {
    /** Body bytes besides the bag and the attributive entries. */
    public static final int FIXED_SIZE = 32;
    /** The wire codec (capacity inferred on decode). */
    public static final Codec<SyncPurchaseResponse> CODEC = new WireCodec(0);

    public SyncPurchaseResponse {
        bag = List.copyOf(Objects.requireNonNull(bag, "bag"));
        attributiveItems = List.copyOf(Objects.requireNonNull(attributiveItems, "attributiveItems"));
        if (!BagCapacity.isValid(bag.size())) {
            throw new IllegalArgumentException("bag must hold 30, 60, ... 180 slots, not " + bag.size());
        }
        if (attributiveItems.size() > bag.size()) {
            throw new IllegalArgumentException("more attributive entries than bag slots");
        }
        if (freePassExtensionDays < 0) {
            throw new IllegalArgumentException("negative freePassExtensionDays");
        }
    }

    /** A codec for a client that knows its bag capacity. */
    public static Codec<SyncPurchaseResponse> codec(int capacity) {
        if (!BagCapacity.isValid(capacity)) {
            throw new IllegalArgumentException("not a bag capacity: " + capacity);
        }
        return new WireCodec(capacity);
    }

    /** @return the encoded body size in bytes */
    public int bodySize() {
        return FIXED_SIZE + 4 * bag.size() + AttributiveItemEntry.SIZE * attributiveItems.size();
    }

    /** Every bag capacity the remaining bytes of a body could be decoded with, smallest first. */
    public static List<Integer> candidateCapacities(ByteBuf body) {
        List<Integer> out = new ArrayList<>();
        int start = body.readerIndex();
        int length = body.readableBytes();
        for (int cap = BagCapacity.BASE; cap <= BagCapacity.MAX; cap += BagCapacity.EXPANSION_SIZE) {
            int countAt = 16 + 4 * cap + 8;
            if (countAt + 4 > length) {
                break;
            }
            long n = body.getIntLE(start + countAt);
            if (n >= 0 && n <= cap && length == countAt + 4 + AttributiveItemEntry.SIZE * n + 4) {
                out.add(cap);
            }
        }
        return out;
    }

    private static final class WireCodec implements Codec<SyncPurchaseResponse> {
        private static final Codec<List<AttributiveItemEntry>> ATTRIBUTIVE = listI32(AttributiveItemEntry.CODEC);

        private final int fixedCapacity;

        WireCodec(int fixedCapacity) {
            this.fixedCapacity = fixedCapacity;
        }

        @Override
        public SyncPurchaseResponse read(ByteBuf in) {
            int capacity = fixedCapacity;
            if (capacity == 0) {
                List<Integer> candidates = candidateCapacities(in);
                if (candidates.isEmpty()) {
                    throw DecodeException.at(
                            in.readerIndex(), "body of " + in.readableBytes() + " bytes fits no bag capacity");
                }
                capacity = candidates.get(0);
            }
            int gem = Wire.read(in, "gem", I32);
            int point = Wire.read(in, "point", I32);
            int o2Cash = Wire.read(in, "o2Cash", I32);
            int cashPoint = Wire.read(in, "cashPoint", I32);
            List<Integer> bag = Wire.read(in, "bag", fixedList(I32, capacity));
            int musicCash = Wire.read(in, "musicCash", I32);
            int itemCash = Wire.read(in, "itemCash", I32);
            List<AttributiveItemEntry> attributive = Wire.read(in, "attributiveItems", ATTRIBUTIVE);
            int days = Wire.read(in, "freePassExtensionDays", I32);
            try {
                return new SyncPurchaseResponse(
                        gem, point, o2Cash, cashPoint, bag, musicCash, itemCash, attributive, days);
            } catch (IllegalArgumentException e) {
                throw DecodeException.at(in.readerIndex(), "invalid value: " + e.getMessage());
            }
        }

        @Override
        public void write(ByteBuf out, SyncPurchaseResponse v) {
            if (v == null) {
                throw new EncodeException("required record is null");
            }
            if (fixedCapacity != 0 && v.bag().size() != fixedCapacity) {
                throw new EncodeException("bag has " + v.bag().size() + " slots, codec expects " + fixedCapacity);
            }
            out.writeIntLE(v.gem());
            out.writeIntLE(v.point());
            out.writeIntLE(v.o2Cash());
            out.writeIntLE(v.cashPoint());
            for (int id : v.bag()) {
                out.writeIntLE(id);
            }
            out.writeIntLE(v.musicCash());
            out.writeIntLE(v.itemCash());
            ATTRIBUTIVE.write(out, v.attributiveItems());
            out.writeIntLE(v.freePassExtensionDays());
        }
    }
}
