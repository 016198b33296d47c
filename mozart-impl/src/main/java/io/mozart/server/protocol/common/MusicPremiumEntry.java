package io.mozart.server.protocol.common;

import static io.mozart.encore.codec.Codecs.U16;
import static io.mozart.encore.codec.Codecs.U8;
import static io.mozart.encore.codec.Field.of;
import static io.mozart.encore.codec.StructCodec.of;

import io.mozart.encore.codec.Codec;
import java.time.LocalDateTime;

/** One purchasable song and until when the player may play it (spec 05 §2, 02 §6.8). */
public record MusicPremiumEntry(int musicId, int day, int month, int year, int hour, int minute) {
    public static final int SIZE = 7;
    public static final Codec<MusicPremiumEntry> CODEC = of(
            of("musicId", U16, MusicPremiumEntry::musicId),
            of("day", U8, MusicPremiumEntry::day),
            of("month", U8, MusicPremiumEntry::month),
            of("year", U8, MusicPremiumEntry::year),
            of("hour", U8, MusicPremiumEntry::hour),
            of("minute", U8, MusicPremiumEntry::minute),
            MusicPremiumEntry::new);
    /** An entry with all date bytes 0: free, owned, or no expiry. */
    public static MusicPremiumEntry unlimited(int musicId) {
        return new MusicPremiumEntry(musicId, 0, 0, 0, 0, 0);
    }
    /** An entry expiring at the given wall-clock time, as the reference writes it (year byte: see spec 05 §2). */
    public static MusicPremiumEntry expiringAt(int musicId, LocalDateTime expiry) {
        return new MusicPremiumEntry(
                musicId,
                expiry.getDayOfMonth(),
                expiry.getMonthValue(),
                (expiry.getYear() % 1000) & 0xFF,
                expiry.getHour(),
                expiry.getMinute());
    }
    /** @return whether all five date bytes are 0 (free / owned / no expiry) */
    public boolean isUnlimited() {
        return day == 0 && month == 0 && year == 0 && hour == 0 && minute == 0;
    }
}
