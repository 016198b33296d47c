package io.mozart.api.storage;

import java.time.Instant;

/**
 * Free pass and starter pass as stored in {@code member.vip} / {@code member.vipdate}
 * (spec 06 §1.7, 05 §9.8). Both passes share one expiry.
 *
 * @param vip    the raw bit field: bit {@code 0x1000} = starter pass, the rest = FreePassType bits
 * @param expiry {@code vipdate}, or null when there is none ({@code NULL} or the reference's
 *               {@code 0001-01-01 00:00:00})
 */
public record Passes(int vip, Instant expiry) {

    /** Bit of {@link #vip()} that marks a starter pass. */
    public static final int STARTER_FLAG = 0x1000;

    /** No pass at all. */
    public static final Passes NONE = new Passes(0, null);

    /**
     * @return the stored free-pass type bits (starter flag removed), active or not
     */
    public int freePassTypeBits() {
        return vip & ~STARTER_FLAG;
    }

    /**
     * @param now the current time
     * @return the active free-pass type bits, 0 (None) unless the type is non-zero and the expiry
     *         lies after {@code now}
     */
    public int activeFreePassType(Instant now) {
        return freePassTypeBits() != 0 && expiry != null && expiry.isAfter(now) ? freePassTypeBits() : 0;
    }

    /**
     * @param now the current time
     * @return whether the starter-pass flag is set and the expiry lies after {@code now}
     */
    public boolean starterPassActive(Instant now) {
        return (vip & STARTER_FLAG) != 0 && expiry != null && expiry.isAfter(now);
    }

    /**
     * @param type   new free-pass type bits
     * @param until  new shared expiry
     * @return these passes with the free pass replaced (the starter flag is kept)
     */
    public Passes withFreePass(int type, Instant until) {
        return new Passes((vip & STARTER_FLAG) | (type & ~STARTER_FLAG), until);
    }
}
