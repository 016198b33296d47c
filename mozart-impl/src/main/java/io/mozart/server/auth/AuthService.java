package io.mozart.server.auth;

import io.mozart.api.AuthMode;
import io.mozart.api.SecurityOptions;
import io.mozart.api.storage.Gender;
import io.mozart.api.storage.Loadout;
import io.mozart.api.storage.LoginSession;
import io.mozart.api.storage.Member;
import io.mozart.api.storage.Storage;
import io.mozart.api.storage.UserProfile;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accounts and login sessions (spec 06 §1.9, §2; 01 §5.3–5.5): registration, authentication,
 * token authorization, revocation and session expiry.
 */
public final class AuthService {

    /** Address recorded for logins that do not come over HTTP (CLI, Foreign-mode tokens). */
    public static final String UNKNOWN_ADDRESS = "0.0.0.0";
    /** Longest username accepted at registration ({@code t_o2jam_login.USER_ID} is 20 wide). */
    public static final int MAX_USERNAME = 20;
    /** Longest username in Foreign mode ({@code member.userid} is 12 wide there). */
    public static final int MAX_FOREIGN_USERNAME = 12;
    /** Longest password in Foreign mode ({@code member.passwd} is 20 wide there). */
    public static final int MAX_FOREIGN_PASSWORD = 20;

    private static final Logger LOG = LoggerFactory.getLogger(AuthService.class);

    private final Storage storage;
    private final AuthMode mode;
    private final PasswordHasher hasher;
    private final int minPasswordLength;
    private final String gatewayId;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final Consumer<String> onExpiry;
    private final ConcurrentHashMap<String, Expiry> expiries = new ConcurrentHashMap<>();

    /**
     * An auth service with the spec's rules (06 §2.1): new hashes at 10,000 iterations, any non-empty
     * password. For tests of the spec's behaviour; servers use the constructor with a {@link SecurityOptions}.
     *
     * @param storage   the storage
     * @param mode      the auth mode
     * @param gatewayId address written to {@code GATEWAY_ID} of new login rows
     * @param clock     source of "now" ({@code LOGIN_TIME})
     * @param scheduler runs session expiries (not owned: not shut down here)
     * @param onExpiry  called with the token when an expiry fires, before the row is deleted (to
     *                  take the user out of its channel); may be null
     */
    public AuthService(
            Storage storage,
            AuthMode mode,
            String gatewayId,
            Clock clock,
            ScheduledExecutorService scheduler,
            Consumer<String> onExpiry) {
        this(
                storage,
                mode,
                gatewayId,
                clock,
                scheduler,
                onExpiry,
                new SecurityOptions(Pbkdf2PasswordHasher.ITERATIONS, 1, 0, 1));
    }

    /**
     * @param storage   the storage
     * @param mode      the auth mode
     * @param gatewayId address written to {@code GATEWAY_ID} of new login rows
     * @param clock     source of "now" ({@code LOGIN_TIME})
     * @param scheduler runs session expiries (not owned: not shut down here)
     * @param onExpiry  called with the token when an expiry fires, before the row is deleted (to
     *                  take the user out of its channel); may be null
     * @param security  hash iterations of new hashes and the shortest password accepted at registration
     */
    public AuthService(
            Storage storage,
            AuthMode mode,
            String gatewayId,
            Clock clock,
            ScheduledExecutorService scheduler,
            Consumer<String> onExpiry,
            SecurityOptions security) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.hasher = PasswordHasher.forMode(mode, security.passwordHashIterations());
        this.minPasswordLength = security.minPasswordLength();
        this.gatewayId = Objects.requireNonNull(gatewayId, "gatewayId");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.onExpiry = onExpiry;
    }

    /**
     * @return the auth mode
     */
    public AuthMode mode() {
        return mode;
    }

    /**
     * Registers an account: every row of spec 06 §1.9 in one transaction.
     *
     * @param name          1..20 characters (1..12 in Foreign mode) after NFC normalisation, no surrounding
     *                      whitespace, no {@code ':'}, nothing {@link NameRules} refuses; stored in NFC
     * @param password      at least the configured minimum length (≤ 20 characters in Foreign mode)
     * @param gender        gender
     * @param administrator admin flag
     * @return the new character
     * @throws io.mozart.api.storage.UsernameTakenException when the name is taken (trimmed,
     *                                                      ASCII-case-insensitive)
     * @throws AuthException ({@link AuthException.Reason#INVALID_REGISTRATION}) for a bad name or password
     */
    public UserProfile register(String name, String password, Gender gender, boolean administrator) {
        final String username = name == null ? null : NameRules.normalise(name);
        validateRegistration(username, password);
        final byte[] stored = hasher.hash(password);
        return storage.inTransaction(s -> {
            s.members().create(username, stored);
            final UserProfile user = s.characters().create(username, gender, administrator);
            s.wallets().create(user.id());
            s.inventories().create(user.id(), Loadout.starter(gender));
            s.penalties().create(user.id());
            s.rankings().register(user.id());
            return user;
        });
    }

    private void validateRegistration(String username, String password) {
        final int max = mode == AuthMode.FOREIGN ? MAX_FOREIGN_USERNAME : MAX_USERNAME;
        if (username == null || username.isEmpty() || username.length() > max) {
            throw new AuthException(
                    AuthException.Reason.INVALID_REGISTRATION, "username must have 1.." + max + " characters");
        }
        if (!username.strip().equals(username) || username.chars().anyMatch(c -> c < 0x20 || c == 0x7F || c == ':')) {
            throw new AuthException(
                    AuthException.Reason.INVALID_REGISTRATION,
                    "username must not have surrounding spaces, control characters or ':'");
        }
        final Optional<String> problem = NameRules.problem(username);
        if (problem.isPresent()) {
            throw new AuthException(AuthException.Reason.INVALID_REGISTRATION, "username " + problem.get());
        }
        if (password == null || password.codePointCount(0, password.length()) < minPasswordLength) {
            throw new AuthException(
                    AuthException.Reason.INVALID_REGISTRATION,
                    "password must have at least " + minPasswordLength + " characters");
        }
        if (mode == AuthMode.FOREIGN && password.length() > MAX_FOREIGN_PASSWORD) {
            throw new AuthException(
                    AuthException.Reason.INVALID_REGISTRATION,
                    "password must have at most " + MAX_FOREIGN_PASSWORD + " characters");
        }
    }

    /**
     * Authenticate (spec 06 §2.2): verifies the credentials and returns the user's login token,
     * reusing an existing login row unchanged or creating one.
     *
     * @param username      exact username
     * @param password      password
     * @param clientAddress client IP text ({@link #UNKNOWN_ADDRESS} when unknown)
     * @return the 32-character token
     * @throws AuthException for bad credentials or a missing character
     */
    public String authenticate(String username, String password, String clientAddress) {
        final String nfc = NameRules.normalise(username);
        final Optional<Member> member = storage.members()
                .findByUsername(nfc)
                .or(() -> nfc.equals(username)
                        ? Optional.empty()
                        : storage.members().findByUsername(username));
        // An unknown user costs the same hashing as a wrong password: no names leak by timing.
        final PasswordHasher.Match match =
                hasher.check(password, member.isPresent() ? member.get().password() : hasher.dummy());
        if (member.isEmpty() || match == PasswordHasher.Match.NO) {
            throw new AuthException(AuthException.Reason.INVALID_CREDENTIALS, "Invalid username or password");
        }
        final String name = member.get().username();
        if (match == PasswordHasher.Match.REHASH) {
            storage.members().changePassword(name, hasher.hash(password));
            LOG.info("password of '{}' rehashed at the current iteration count", name);
        }
        return storage.inTransaction(s -> {
            final UserProfile user = s.characters()
                    .findByUsername(name)
                    .orElseThrow(() -> new AuthException(
                            AuthException.Reason.CHARACTER_MISSING, "account '" + name + "' has no character"));
            final Optional<LoginSession> existing = s.loginSessions()
                    .findByUsername(name)
                    .or(() -> s.loginSessions().findByUserId(user.id()));
            if (existing.isPresent()) {
                return existing.get().token();
            }
            final String token = Tokens.newToken();
            s.loginSessions()
                    .create(new LoginSession(
                            user.id(),
                            gatewayId,
                            0,
                            0,
                            name,
                            token,
                            clientAddress == null || clientAddress.isEmpty() ? UNKNOWN_ADDRESS : clientAddress,
                            clock.instant()));
            return token;
        });
    }

    /**
     * Authorize (spec 06 §2.4): the login row of a token. In Foreign mode a token that is not a
     * GUID must be {@code user:password} and is authenticated first.
     *
     * @param token the token the client sent
     * @return the login row, empty for an unknown token or bad Foreign-mode credentials
     */
    public Optional<LoginSession> authorize(String token) {
        String t = token;
        if (mode == AuthMode.FOREIGN && !Tokens.isGuid(token)) {
            final String[] parts = token.split(":", -1);
            if (parts.length != 2) {
                return Optional.empty();
            }
            try {
                t = authenticate(parts[0], parts[1], UNKNOWN_ADDRESS);
            } catch (AuthException e) {
                return Optional.empty();
            }
        }
        return storage.loginSessions().findByToken(t);
    }

    /**
     * Records channel entry on the login row (Full mode).
     *
     * @param token     token
     * @param serverId  {@code Gateway:Id}
     * @param channelId channel id
     * @return whether a row was updated
     */
    public boolean enterChannel(String token, int serverId, int channelId) {
        return storage.loginSessions().updateChannel(token, serverId, channelId);
    }

    /**
     * @param token token
     * @return whether a login row was deleted
     */
    public boolean revoke(String token) {
        return storage.loginSessions().revoke(token);
    }

    /**
     * RevokeOnStartup in Full mode: deletes every login row.
     *
     * @return how many rows were deleted
     */
    public int clear() {
        return storage.loginSessions().clear();
    }

    /**
     * RevokeOnStartup in Channel mode: deletes the login rows of one channel.
     *
     * @param serverId  {@code Gateway:Id}
     * @param channelId channel id
     * @return how many rows were deleted
     */
    public int clear(int serverId, int channelId) {
        return storage.loginSessions().clear(serverId, channelId);
    }

    /**
     * Starts (or replaces) the expiry timer of a disconnected session. Minutes ≤ 0 do nothing
     * (the row is kept).
     *
     * @param token   token
     * @param minutes {@code Auth:SessionExpiry}
     */
    public void scheduleExpiry(String token, long minutes) {
        if (minutes > 0) {
            scheduleExpiry(token, Duration.ofMinutes(minutes));
        }
    }

    /**
     * Starts (or replaces) the expiry timer of a disconnected session.
     *
     * @param token token
     * @param delay time until the login row is deleted
     */
    public void scheduleExpiry(String token, Duration delay) {
        final Expiry expiry = new Expiry();
        final Expiry previous = expiries.put(token, expiry);
        if (previous != null) {
            previous.cancel();
        }
        expiry.future = scheduler.schedule(() -> fire(token, expiry), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void fire(String token, Expiry expiry) {
        // The map is authoritative: a cancelled or replaced expiry is no longer in it.
        if (!expiries.remove(token, expiry)) {
            return;
        }
        try {
            if (onExpiry != null) {
                onExpiry.accept(token);
            }
            final boolean deleted = revoke(token);
            LOG.info("session {} expired{}", mask(token), deleted ? "" : " (no login row left)");
        } catch (RuntimeException e) {
            LOG.warn("session {} expiry failed: {}", mask(token), e.toString());
        }
    }

    /** A pending expiry; its future is set right after it is published in the map. */
    private static final class Expiry {
        private volatile ScheduledFuture<?> future;

        void cancel() {
            final ScheduledFuture<?> f = future;
            if (f != null) {
                f.cancel(false);
            }
        }
    }

    /**
     * Cancels a pending expiry (successful Authorize, Terminate).
     *
     * @param token token
     * @return whether an expiry was pending
     */
    public boolean cancelExpiry(String token) {
        final Expiry e = expiries.remove(token);
        if (e == null) {
            return false;
        }
        e.cancel();
        return true;
    }

    /**
     * @param token token
     * @return whether an expiry is pending for it
     */
    public boolean expiryPending(String token) {
        return expiries.containsKey(token);
    }

    /**
     * Sets a new password for an existing account (the desktop window's "Reset password"), stored the way
     * {@link #register} stores one.
     *
     * @param username exact username
     * @param password the new password, at least the configured minimum length (at most 20 characters in Foreign
     *                 mode)
     * @return whether the account exists
     * @throws AuthException ({@link AuthException.Reason#INVALID_REGISTRATION}) for a too short or too long password
     */
    public boolean resetPassword(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < minPasswordLength) {
            throw new AuthException(
                    AuthException.Reason.INVALID_REGISTRATION,
                    "password must have at least " + minPasswordLength + " characters");
        }
        if (mode == AuthMode.FOREIGN && password.length() > MAX_FOREIGN_PASSWORD) {
            throw new AuthException(AuthException.Reason.INVALID_REGISTRATION, "password is empty or too long");
        }
        return storage.members().changePassword(username, hasher.hash(password));
    }

    private static String mask(String token) {
        return token.length() <= 6 ? "***" : token.substring(0, 6) + "…";
    }
}
