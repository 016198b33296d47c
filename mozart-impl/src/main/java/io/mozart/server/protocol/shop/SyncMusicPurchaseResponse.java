package io.mozart.server.protocol.shop;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.DecodeException;
import io.mozart.encore.codec.EncodeException;
import io.mozart.server.protocol.common.GiftItemEntry;
import io.mozart.server.protocol.common.GiftMusicEntry;
import io.mozart.server.protocol.common.MusicPremiumEntry;
import io.netty.buffer.ByteBuf;

import java.util.List;
import java.util.Objects;

import static io.mozart.encore.codec.Codecs.fixedList;
import static io.mozart.encore.codec.Codecs.listI16;

/**
 * SyncMusicPurchase — S→C response — opcode 0x1393 (spec 05 §4).
 *
 * <p>Wire order: gem, point, o2Cash, musicCash, itemCash, {@code i32 musicEntryCount}, cashPoint, then
 * {@code musicEntryCount} bare 7-byte {@link MusicPremiumEntry}s, then the two i16-prefixed gift lists and
 * {@code freePassExtensionDays}. The count is separated from its list by cashPoint, so the codec is
 * hand-written and the count is derived from {@link #musicEntries()} (never stored separately).
 *
 * @param gem                   wallet Gem
 * @param point                 wallet Point
 * @param o2Cash                wallet O2Cash
 * @param musicCash             wallet MusicCash
 * @param itemCash              wallet ItemCash
 * @param cashPoint             wallet CashPoint (filled in here, unlike SyncPurchase)
 * @param musicEntries          one entry per purchasable song, music-list order
 * @param itemGifts             all unclaimed item gifts (at most 32767)
 * @param musicGifts            all unclaimed music gifts (at most 32767)
 * @param freePassExtensionDays always 0 in the reference (oddity 05 §10.2)
 */
public record SyncMusicPurchaseResponse(int gem, int point, int o2Cash, int musicCash, int itemCash, int cashPoint,
                                        List<MusicPremiumEntry> musicEntries, List<GiftItemEntry> itemGifts,
                                        List<GiftMusicEntry> musicGifts, int freePassExtensionDays) {

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
            int gem = i32(in, "gem");
            int point = i32(in, "point");
            int o2Cash = i32(in, "o2Cash");
            int musicCash = i32(in, "musicCash");
            int itemCash = i32(in, "itemCash");
            int countAt = in.readerIndex();
            int count = i32(in, "musicEntryCount");
            if (count < 0) {
                throw DecodeException.at(countAt, "negative element count " + count).within("musicEntryCount");
            }
            if ((long) count * MusicPremiumEntry.SIZE > in.readableBytes()) {
                throw DecodeException.at(countAt, count + " entries do not fit the frame").within("musicEntries");
            }
            int cashPoint = i32(in, "cashPoint");
            List<MusicPremiumEntry> entries;
            List<GiftItemEntry> itemGifts;
            List<GiftMusicEntry> musicGifts;
            try {
                entries = fixedList(MusicPremiumEntry.CODEC, count).read(in);
            } catch (DecodeException e) {
                throw e.within("musicEntries");
            }
            try {
                itemGifts = ITEM_GIFTS.read(in);
            } catch (DecodeException e) {
                throw e.within("itemGifts");
            }
            try {
                musicGifts = MUSIC_GIFTS.read(in);
            } catch (DecodeException e) {
                throw e.within("musicGifts");
            }
            int days = i32(in, "freePassExtensionDays");
            return new SyncMusicPurchaseResponse(gem, point, o2Cash, musicCash, itemCash, cashPoint, entries,
                    itemGifts, musicGifts, days);
        }

        private static int i32(ByteBuf in, String name) {
            try {
                return Codecs.I32.read(in);
            } catch (DecodeException e) {
                throw e.within(name);
            }
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
            try {
                ITEM_GIFTS.write(out, v.itemGifts());
            } catch (EncodeException e) {
                throw e.within("itemGifts");
            }
            try {
                MUSIC_GIFTS.write(out, v.musicGifts());
            } catch (EncodeException e) {
                throw e.within("musicGifts");
            }
            out.writeIntLE(v.freePassExtensionDays());
        }
    }
}
