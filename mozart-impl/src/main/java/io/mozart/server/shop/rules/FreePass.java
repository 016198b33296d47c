package io.mozart.server.shop.rules;

import java.time.Instant;
import java.util.Objects;

/**
 * A player's free pass as the game sees it (spec 05 §9.8): its FreePassType flags and its expiry (UTC).
 * An inactive pass reads as {@code {None, expiry = the time it was read}}; see {@link FreePassRules#read}.
 *
 * @param type   FreePassType flags (0 None, 1 AllMusic, …), without the starter-pass bit 0x1000
 * @param expiry expiry instant (UTC)
 */
public record FreePass(int type, Instant expiry) {

    /**
     * Validates the pass.
     *
     * @param type   FreePassType flags
     * @param expiry expiry instant
     */
    public FreePass {
        Objects.requireNonNull(expiry, "expiry");
        if ((type & FreePassRules.STARTER_PASS_FLAG) != 0) {
            throw new IllegalArgumentException("type must not carry the starter-pass bit: " + type);
        }
    }

    /** @return whether the type is not None */
    public boolean hasType() {
        return type != FreePassRules.TYPE_NONE;
    }
}
