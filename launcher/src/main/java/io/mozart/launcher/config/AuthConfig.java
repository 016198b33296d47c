package io.mozart.launcher.config;

import io.mozart.api.AuthMode;
import java.time.Duration;
import java.util.Objects;

/**
 * The {@code [Auth]} section (spec 06 §2.5).
 *
 * @param mode            {@code Auth:Mode}
 * @param sessionExpiry   {@code Auth:SessionExpiry} in minutes: how long a disconnected user's login row is
 *                        kept; {@link Duration#ZERO} means never deleted
 * @param revokeOnStartup {@code Auth:RevokeOnStartup}: clear login rows at start
 */
public record AuthConfig(AuthMode mode, Duration sessionExpiry, boolean revokeOnStartup) {

    /** Validates the fields. */
    public AuthConfig {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(sessionExpiry, "sessionExpiry");
        if (sessionExpiry.isNegative()) {
            throw new IllegalArgumentException("sessionExpiry is negative");
        }
    }

    /** @return whether login rows of disconnected users expire at all */
    public boolean sessionsExpire() {
        return !sessionExpiry.isZero();
    }
}
