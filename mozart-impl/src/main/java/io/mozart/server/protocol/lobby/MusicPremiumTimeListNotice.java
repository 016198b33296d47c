package io.mozart.server.protocol.lobby;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

import java.time.LocalDateTime;
import java.util.List;

/**
 * MusicPremiumTimeList, S→C event 0x07EA (spec 02 §6.8), pushed after CharacterInfo.
 *
 * @param entries the entries ({@code i32} count)
 */
public record MusicPremiumTimeListNotice(List<PremiumEntry> entries) {

    /** Wire codec. */
    public static final Codec<MusicPremiumTimeListNotice> CODEC = StructCodec.of(
            Field.of("entries", Codecs.listI32(PremiumEntry.CODEC), MusicPremiumTimeListNotice::entries),
            MusicPremiumTimeListNotice::new);

    /**
     * Copies the list.
     */
    public MusicPremiumTimeListNotice {
        entries = List.copyOf(entries);
    }

    /**
     * One music and its expiry (7 bytes). All five date bytes 0 = unlimited. The same layout is reused by
     * the music shop's SyncMusicPurchase response 0x1393.
     *
     * @param musicId {@code u16}
     * @param day     day of month, {@code u8}
     * @param month   1–12, {@code u8}
     * @param year    year modulo 1000 (2026 → 26), {@code u8}
     * @param hour    {@code u8}
     * @param minute  {@code u8}
     */
    public record PremiumEntry(int musicId, int day, int month, int year, int hour, int minute) {

        /** Size on the wire. */
        public static final int SIZE = 7;

        /** Wire codec. */
        public static final Codec<PremiumEntry> CODEC = StructCodec.of(
                Field.of("musicId", Codecs.U16, PremiumEntry::musicId),
                Field.of("day", Codecs.U8, PremiumEntry::day),
                Field.of("month", Codecs.U8, PremiumEntry::month),
                Field.of("year", Codecs.U8, PremiumEntry::year),
                Field.of("hour", Codecs.U8, PremiumEntry::hour),
                Field.of("minute", Codecs.U8, PremiumEntry::minute),
                PremiumEntry::new);

        /**
         * Validates widths.
         */
        public PremiumEntry {
            Check.u16("musicId", musicId);
            Check.u8("day", day);
            Check.u8("month", month);
            Check.u8("year", year);
            Check.u8("hour", hour);
            Check.u8("minute", minute);
        }

        /**
         * @param musicId the music
         * @return an entry with no time limit (all date bytes 0)
         */
        public static PremiumEntry unlimited(int musicId) {
            return new PremiumEntry(musicId, 0, 0, 0, 0, 0);
        }

        /**
         * @param musicId the music
         * @param expiry  the expiry, in the time zone the client should see
         * @return an entry expiring then (year sent modulo 1000)
         */
        public static PremiumEntry expiring(int musicId, LocalDateTime expiry) {
            return new PremiumEntry(musicId, expiry.getDayOfMonth(), expiry.getMonthValue(),
                    Math.floorMod(expiry.getYear(), 1000), expiry.getHour(), expiry.getMinute());
        }
    }
}
