package io.mozart.launcher.config;

import java.time.Duration;
import java.util.Objects;

/**
 * The {@code [Game]} section (spec 04 §11).
 *
 * @param allowSoloInVersus          {@code Game:AllowSoloInVersus}; declared by the reference but never read
 * @param singleModeRewardLevelLimit {@code Game:SingleModeRewardLevelLimit}; declared but never read
 * @param musicLoadTimeout           {@code Game:MusicLoadTimeout} in seconds; {@link Duration#ZERO} when the
 *                                   configured value is 0 or negative, which disables the timeout
 * @param freeMusic                  {@code Game:FreeMusic}: all purchasable music counts as unlocked
 */
public record GameConfig(
        boolean allowSoloInVersus, int singleModeRewardLevelLimit, Duration musicLoadTimeout, boolean freeMusic) {

    /** Validates the fields. */
    public GameConfig {
        Objects.requireNonNull(musicLoadTimeout, "musicLoadTimeout");
        if (musicLoadTimeout.isNegative()) {
            throw new IllegalArgumentException("musicLoadTimeout is negative");
        }
    }

    /** @return whether the music-load timeout is armed at all */
    public boolean musicLoadTimeoutEnabled() {
        return !musicLoadTimeout.isZero();
    }
}
