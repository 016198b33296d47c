package io.mozart.server.protocol.common;

import io.mozart.encore.codec.Codec;
import io.mozart.encore.codec.Codecs;
import io.mozart.encore.codec.Field;
import io.mozart.encore.codec.StructCodec;

import java.time.LocalDateTime;

/**
 * One purchasable song and until when the player may play it (spec 05 §2 MusicPremiumEntry, the same 7-byte
 * layout as the entries of MusicPremiumTimeList 0x07EA in 02 §6.8). All five date bytes 0 = no expiry / owned.
 *
 * @param musicId OJN music id, u16
 * @param day     1–31, or 0
 * @param month   1–12, or 0
 * @param year    calendar year modulo 1000 (2026 → 26), or 0; u8 on the wire
 * @param hour    0–23
 * @param minute  0–59
 */
public record MusicPremiumEntry(int musicId, int day, int month, int year, int hour, int minute) {

    /** Size on the wire in bytes. */
    public static final int SIZE = 7;

    /** The wire codec. */
    public static final Codec<MusicPremiumEntry> CODEC = StructCodec.of(
            Field.of("musicId", Codecs.U16, MusicPremiumEntry::musicId),
            Field.of("day", Codecs.U8, MusicPremiumEntry::day),
            Field.of("month", Codecs.U8, MusicPremiumEntry::month),
            Field.of("year", Codecs.U8, MusicPremiumEntry::year),
            Field.of("hour", Codecs.U8, MusicPremiumEntry::hour),
            Field.of("minute", Codecs.U8, MusicPremiumEntry::minute),
            MusicPremiumEntry::new);

    /**
     * Checks the wire ranges (u16 and five u8); calendar plausibility is the producer's business.
     *
     * @param musicId music id
     * @param day     day
     * @param month   month
     * @param year    year modulo 1000
     * @param hour    hour
     * @param minute  minute
     */
    public MusicPremiumEntry {
        if (musicId < 0 || musicId > 0xFFFF) {
            throw new IllegalArgumentException("musicId out of u16 range: " + musicId);
        }
        requireU8("day", day);
        requireU8("month", month);
        requireU8("year", year);
        requireU8("hour", hour);
        requireU8("minute", minute);
    }

    private static void requireU8(String name, int v) {
        if (v < 0 || v > 0xFF) {
            throw new IllegalArgumentException(name + " out of u8 range: " + v);
        }
    }

    /**
     * An entry with all date bytes 0: free, owned, or no expiry.
     *
     * @param musicId music id
     * @return the entry
     */
    public static MusicPremiumEntry unlimited(int musicId) {
        return new MusicPremiumEntry(musicId, 0, 0, 0, 0, 0);
    }

    /**
     * An entry expiring at the given wall-clock time, as the reference writes it: day, month, year modulo 1000,
     * hour, minute, no time-zone conversion. The year byte keeps the low 8 bits of {@code year % 1000} (a C#
     * {@code (byte)} cast), so years whose remainder exceeds 255 (e.g. 9999 → 999 → 231) wrap; that is an
     * assumption about the reference, see the report.
     *
     * @param musicId music id
     * @param expiry  the expiry as stored (seconds and below are dropped)
     * @return the entry
     */
    public static MusicPremiumEntry expiringAt(int musicId, LocalDateTime expiry) {
        return new MusicPremiumEntry(musicId, expiry.getDayOfMonth(), expiry.getMonthValue(),
                (expiry.getYear() % 1000) & 0xFF, expiry.getHour(), expiry.getMinute());
    }

    /** @return whether all five date bytes are 0 (free / owned / no expiry) */
    public boolean isUnlimited() {
        return day == 0 && month == 0 && year == 0 && hour == 0 && minute == 0;
    }
}
