package io.mozart.api.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * An active login ({@code t_o2jam_login}); at most one per user.
 *
 * @param userId    {@code USER_INDEX_ID}
 * @param gatewayId {@code GATEWAY_ID}: address of the gateway that created it
 * @param serverId  {@code MAIN_CH}: 0 until channel login
 * @param channelId {@code SUB_CH}: 0 until channel login
 * @param username  {@code USER_ID}
 * @param token     {@code TUSER_ID}, the session token
 * @param address   {@code ADDR_IP}, client address text
 * @param loginTime {@code LOGIN_TIME} (UTC)
 */
public record LoginSession(
        int userId,
        String gatewayId,
        int serverId,
        int channelId,
        String username,
        String token,
        String address,
        Instant loginTime) {

    /** Validates. */
    public LoginSession {
        Objects.requireNonNull(gatewayId, "gatewayId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(loginTime, "loginTime");
    }
}
