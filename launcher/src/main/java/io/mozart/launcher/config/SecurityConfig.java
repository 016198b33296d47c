package io.mozart.launcher.config;

import io.mozart.api.SecurityOptions;
import java.time.Duration;
import java.util.Objects;

/**
 * Mozart's own hardening keys (issue 15), kept apart from the reference's sections they sit in.
 *
 * @param hashIterations     {@code Auth:HashIterations}: PBKDF2 iterations of new password hashes
 * @param minPasswordLength  {@code Auth:MinPasswordLength}: shortest password accepted at registration
 * @param chatPerMinute      {@code Game:ChatPerMinute}: chat, whisper and announcement messages per session and
 *                           minute; 0 = unlimited
 * @param chatBurst          {@code Game:ChatBurst}: how many of them may come at once
 * @param http               the HTTP API's limits
 * @param synchronous        {@code Db:Synchronous}: SQLite's {@code synchronous} pragma
 */
public record SecurityConfig(
        int hashIterations,
        int minPasswordLength,
        int chatPerMinute,
        int chatBurst,
        HttpLimits http,
        SqliteSynchronous synchronous) {

    /** Validates the fields. */
    public SecurityConfig {
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(synchronous, "synchronous");
    }

    /** @return the built-in defaults */
    public static SecurityConfig defaults() {
        final SecurityOptions o = SecurityOptions.defaults();
        return new SecurityConfig(
                o.passwordHashIterations(),
                o.minPasswordLength(),
                o.chatPerMinute(),
                o.chatBurst(),
                HttpLimits.defaults(),
                SqliteSynchronous.FULL);
    }

    /** @return the game server's view */
    public SecurityOptions options() {
        return new SecurityOptions(hashIterations, minPasswordLength, chatPerMinute, chatBurst);
    }

    /**
     * The HTTP API's limits.
     *
     * @param threads          {@code Http:Threads}: worker threads that read requests and answer them
     * @param bodyTimeout      {@code Http:BodyTimeout} (seconds): the longest a request may take to arrive,
     *                         headers and body
     * @param ipPerMinute      {@code Http:IpPerMinute}: {@code /authenticate} and {@code /register} requests per
     *                         client IP and minute; 0 = no per-IP throttling
     * @param ipBurst          {@code Http:IpBurst}: how many of them may come at once
     * @param accountPerMinute {@code Http:AccountPerMinute}: failed logins and registration attempts per account
     *                         name and minute; 0 = no per-account throttling
     * @param accountBurst     {@code Http:AccountBurst}: how many of them may come at once
     */
    public record HttpLimits(
            int threads, Duration bodyTimeout, int ipPerMinute, int ipBurst, int accountPerMinute, int accountBurst) {

        /** Validates the fields. */
        public HttpLimits {
            Objects.requireNonNull(bodyTimeout, "bodyTimeout");
            if (threads < 1
                    || ipBurst < 1
                    || accountBurst < 1
                    || ipPerMinute < 0
                    || accountPerMinute < 0
                    || bodyTimeout.isNegative()
                    || bodyTimeout.isZero()) {
                throw new IllegalArgumentException("bad HTTP limits: " + threads + ", " + bodyTimeout + ", "
                        + ipPerMinute + "/" + ipBurst + ", " + accountPerMinute + "/" + accountBurst);
            }
        }

        /** @return 16 threads, 10 s, 30 per IP and minute (bursts of 10), 5 per account and minute (bursts of 5) */
        public static HttpLimits defaults() {
            return new HttpLimits(16, Duration.ofSeconds(10), 30, 10, 5, 5);
        }

        /** @return these limits with throttling off (tests that register many accounts) */
        public HttpLimits unthrottled() {
            return new HttpLimits(threads, bodyTimeout, 0, ipBurst, 0, accountBurst);
        }
    }
}
