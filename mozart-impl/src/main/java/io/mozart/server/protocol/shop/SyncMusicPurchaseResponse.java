package io.mozart.server.protocol.shop;

import static io.mozart.encore.codec.Codecs.I32;
import static io.mozart.encore.codec.Codecs.fixedList;
import static io.mozart.encore.codec.Codecs.listI16;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.DecodeException;
import io.mozart.encore.codec.EncodeException;
import io.mozart.server.protocol.ServerMessage;
import io.mozart.server.protocol.common.GiftItemEntry;
import io.mozart.server.protocol.common.GiftMusicEntry;
import io.mozart.server.protocol.common.MusicPremiumEntry;
import io.mozart.server.protocol.common.Wire;
import io.netty.buffer.ByteBuf;
import java.util.List;
import java.util.Objects;

/** SyncMusicPurchase — S→C response — opcode 0x1393 (spec 05 §4). */
public record SyncMusicPurchaseResponse(
        int gem,
        int point,
        int o2Cash,
        int musicCash,
        int itemCash,
        int cashPoint,
        List<MusicPremiumEntry> musicEntries,
        List<GiftItemEntry> itemGifts,
        List<GiftMusicEntry> musicGifts,
        int freePassExtensionDays)
        implements ServerMessage {
    public static final Codec<SyncMusicPurchaseResponse> CODEC = new WireCodec();

    public SyncMusicPurchaseResponse {
        musicEntries = List.copyOf(Objects.requireNonNull(musicEntries, "musicEntries"));
        itemGifts = List.copyOf(Objects.requireNonNull(itemGifts, "itemGifts"));
        musicGifts = List.copyOf(Objects.requireNonNull(musicGifts, "musicGifts"));
        if (itemGifts.size() > Short.MAX_VALUE || musicGifts.size() > Short.MAX_VALUE) {
            throw new IllegalArgumentException("a gift list exceeds its i16 count");
        }
    }

    /** @return {@code musicEntryCount} as sent: the number of premium entries */
    public int musicEntryCount() {
        return musicEntries.size();
    }

    private static final class WireCodec implements Codec<SyncMusicPurchaseResponse> {
        private static final Codec<List<GiftItemEntry>> ITEM_GIFTS = listI16(GiftItemEntry.CODEC);
        private static final Codec<List<GiftMusicEntry>> MUSIC_GIFTS = listI16(GiftMusicEntry.CODEC);

        @Override
        public SyncMusicPurchaseResponse read(ByteBuf in) {
            int gem = Wire.read(in, "gem", I32);
            int point = Wire.read(in, "point", I32);
            int o2Cash = Wire.read(in, "o2Cash", I32);
            int musicCash = Wire.read(in, "musicCash", I32);
            int itemCash = Wire.read(in, "itemCash", I32);
            int countAt = in.readerIndex();
            int count = Wire.read(in, "musicEntryCount", I32);
            if (count < 0) {
                throw DecodeException.at(countAt, "negative element count " + count)
                        .within("musicEntryCount");
            }
            if ((long) count * MusicPremiumEntry.SIZE > in.readableBytes()) {
                throw DecodeException.at(countAt, count + " entries do not fit the frame")
                        .within("musicEntries");
            }
            int cashPoint = Wire.read(in, "cashPoint", I32);
            List<MusicPremiumEntry> entries = Wire.read(in, "musicEntries", fixedList(MusicPremiumEntry.CODEC, count));
            List<GiftItemEntry> itemGifts = Wire.read(in, "itemGifts", ITEM_GIFTS);
            List<GiftMusicEntry> musicGifts = Wire.read(in, "musicGifts", MUSIC_GIFTS);
            int days = Wire.read(in, "freePassExtensionDays", I32);
            return new SyncMusicPurchaseResponse(
                    gem, point, o2Cash, musicCash, itemCash, cashPoint, entries, itemGifts, musicGifts, days);
        }

        @Override
        public void write(ByteBuf out, SyncMusicPurchaseResponse v) {
            if (v == null) {
                throw new EncodeException("required record is null");
            }
            out.writeIntLE(v.gem());
            out.writeIntLE(v.point());
            out.writeIntLE(v.o2Cash());
            out.writeIntLE(v.musicCash());
            out.writeIntLE(v.itemCash());
            out.writeIntLE(v.musicEntryCount());
            out.writeIntLE(v.cashPoint());
            try {
                for (MusicPremiumEntry e : v.musicEntries()) {
                    MusicPremiumEntry.CODEC.write(out, e);
                }
            } catch (EncodeException e) {
                throw e.within("musicEntries");
            }
            Wire.write(out, "itemGifts", ITEM_GIFTS, v.itemGifts());
            Wire.write(out, "musicGifts", MUSIC_GIFTS, v.musicGifts());
            out.writeIntLE(v.freePassExtensionDays());
        }
    }
}
