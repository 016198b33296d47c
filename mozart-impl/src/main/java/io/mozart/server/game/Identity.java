package io.mozart.server.game;

import io.mozart.api.storage.UserGraph;
import io.mozart.api.storage.UserProfile;
import java.time.Instant;
import java.util.Objects;

/**
 * Who a connection is, from a successful Authorize: the login token, the client id and a snapshot of
 * the user's stored data (spec 01 §5.2). Immutable; handlers that change stored data replace it with
 * a fresh snapshot.
 *
 * @param token    the login token (as stored)
 * @param clientId the client identifier sent with Authorize
 * @param user     the stored user graph
 * @param loadedAt when the snapshot was read (the "expiry" shown for a missing pass, spec 02 §6.8)
 */
public record Identity(String token, String clientId, UserGraph user, Instant loadedAt) {

    /**
     * Validates.
     *
     * @param token    token
     * @param clientId client id
     * @param user     user graph
     * @param loadedAt load time
     */
    public Identity {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(loadedAt, "loadedAt");
        clientId = clientId == null ? "" : clientId;
    }

    /** @return the user's profile */
    public UserProfile profile() {
        return user.profile();
    }

    /** @return the user index id */
    public int userId() {
        return user.profile().id();
    }

    /** @return the nickname */
    public String nickname() {
        return user.profile().nickname();
    }

    /** @return whether the account is an administrator */
    public boolean administrator() {
        return user.profile().administrator();
    }

    /**
     * A fresh snapshot after the stored data changed. Gender and the administrator flag stay as they
     * were at Authorize (spec 02 §5.9).
     *
     * @param fresh the re-read user graph
     * @param now   the read time
     * @return the new identity
     */
    public Identity refreshed(UserGraph fresh, Instant now) {
        UserProfile p = fresh.profile();
        UserProfile kept = new UserProfile(
                p.id(),
                p.username(),
                p.nickname(),
                profile().gender(),
                profile().administrator(),
                p.progress());
        UserGraph g = new UserGraph(
                kept,
                fresh.passes(),
                fresh.wallet(),
                fresh.loadout(),
                fresh.attributiveItems(),
                fresh.penalty(),
                fresh.ranking(),
                fresh.acquiredMusic(),
                fresh.giftItems(),
                fresh.giftMusic(),
                fresh.unreadMessages(),
                fresh.scores());
        return new Identity(token, clientId, g, now);
    }
}
