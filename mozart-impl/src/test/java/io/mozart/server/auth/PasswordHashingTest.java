package io.mozart.server.auth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.api.AuthMode;
import io.mozart.api.SecurityOptions;
import io.mozart.api.ServerOptions;
import io.mozart.api.storage.Gender;
import io.mozart.server.storage.jdbi.JdbiStorage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15: iteration count, old hashes, rehash on login, dummy hash, minimum password length. */
class PasswordHashingTest {

    private static final int FAST = 1_000;

    @Test
    void theDefaultIterationCountIs600000() {
        assertEquals(600_000, SecurityOptions.defaults().passwordHashIterations());
        assertEquals(600_000, ServerOptions.defaults().security().passwordHashIterations());
        assertEquals(600_000, Pbkdf2PasswordHasher.DEFAULT_ITERATIONS);
        assertEquals(6, ServerOptions.defaults().security().minPasswordLength());
    }

    @Test
    void newHashesUseTheConfiguredCountInTheSpecFormat() {
        Pbkdf2PasswordHasher h = new Pbkdf2PasswordHasher(FAST);
        byte[] stored = h.hash("hunter22");
        assertEquals(48, stored.length, "salt (16) ‖ key (32), as spec 06 §2.1");
        byte[] salt = Arrays.copyOf(stored, 16);
        assertArrayEquals(Pbkdf2PasswordHasher.hash("hunter22", salt, FAST), stored);
        assertNotEquals(
                Arrays.toString(Pbkdf2PasswordHasher.hash("hunter22", salt)),
                Arrays.toString(stored),
                "not the 10,000-iteration key");
        assertEquals(PasswordHasher.Match.YES, h.check("hunter22", stored));
        assertEquals(PasswordHasher.Match.NO, h.check("hunter23", stored));
    }

    @Test
    void oldHashesStillVerifyAndAskForARehash() {
        byte[] salt = new byte[16];
        byte[] old = Pbkdf2PasswordHasher.hash("password", salt);
        Pbkdf2PasswordHasher h = new Pbkdf2PasswordHasher(FAST);
        assertEquals(PasswordHasher.Match.REHASH, h.check("password", old));
        assertEquals(PasswordHasher.Match.NO, h.check("Password", old));
        assertEquals(
                PasswordHasher.Match.YES,
                new Pbkdf2PasswordHasher().check("password", old),
                "at the spec's own count nothing needs a rehash");
    }

    @Test
    void theDummyHashMatchesNothing() {
        Pbkdf2PasswordHasher h = new Pbkdf2PasswordHasher(FAST);
        assertEquals(48, h.dummy().length);
        assertEquals(PasswordHasher.Match.NO, h.check("", h.dummy()));
        assertEquals(PasswordHasher.Match.NO, h.check("anything", h.dummy()));
        assertEquals(PasswordHasher.Match.NO, h.check("anything", new byte[47]));
        assertFalse(h.verify("x", null));
    }

    @Test
    void loginRehashesAnOldHashOnceAndKeepsWorking(@TempDir Path dir) {
        ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
        try (JdbiStorage storage = JdbiStorage.sqlite(dir.resolve("O2JAM.db"))) {
            storage.migrate();
            // Registered by a server of the spec (10,000 iterations).
            new AuthService(storage, AuthMode.DEFAULT, "127.0.0.1", Clock.systemUTC(), timers, null)
                    .register("alice", "s3cret", Gender.FEMALE, false);
            byte[] old = storage.members().findByUsername("alice").orElseThrow().password();
            assertArrayEquals(Pbkdf2PasswordHasher.hash("s3cret", Arrays.copyOf(old, 16)), old);

            AuthService now = new AuthService(
                    storage,
                    AuthMode.DEFAULT,
                    "127.0.0.1",
                    Clock.systemUTC(),
                    timers,
                    null,
                    new SecurityOptions(FAST, 6, 0, 1));
            assertThrows(AuthException.class, () -> now.authenticate("alice", "wrong!", "127.0.0.1"));
            assertArrayEquals(
                    old,
                    storage.members().findByUsername("alice").orElseThrow().password(),
                    "a failed login changes nothing");
            String token = now.authenticate("alice", "s3cret", "127.0.0.1");
            byte[] rehashed =
                    storage.members().findByUsername("alice").orElseThrow().password();
            assertEquals(48, rehashed.length);
            assertFalse(Arrays.equals(old, rehashed));
            assertArrayEquals(
                    Pbkdf2PasswordHasher.hash("s3cret", Arrays.copyOf(rehashed, 16), FAST),
                    rehashed,
                    "the new hash is at the configured count, same format");
            assertEquals(token, now.authenticate("alice", "s3cret", "127.0.0.1"));
            assertArrayEquals(
                    rehashed,
                    storage.members().findByUsername("alice").orElseThrow().password(),
                    "rehashed once");
        } finally {
            timers.shutdownNow();
        }
    }

    @Test
    void unknownUsersAndWrongPasswordsFailAlike(@TempDir Path dir) {
        ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
        try (JdbiStorage storage = JdbiStorage.sqlite(dir.resolve("O2JAM.db"))) {
            storage.migrate();
            AuthService auth = new AuthService(
                    storage,
                    AuthMode.DEFAULT,
                    "127.0.0.1",
                    Clock.systemUTC(),
                    timers,
                    null,
                    new SecurityOptions(FAST, 6, 0, 1));
            auth.register("bob", "123456", Gender.MALE, false);
            AuthException unknown =
                    assertThrows(AuthException.class, () -> auth.authenticate("nobody", "123456", "127.0.0.1"));
            AuthException wrong =
                    assertThrows(AuthException.class, () -> auth.authenticate("bob", "1234567", "127.0.0.1"));
            assertEquals(wrong.reason(), unknown.reason());
            assertEquals(wrong.getMessage(), unknown.getMessage());
        } finally {
            timers.shutdownNow();
        }
    }

    @Test
    void passwordsShorterThanTheMinimumAreRefusedWithAClearMessage(@TempDir Path dir) {
        ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
        try (JdbiStorage storage = JdbiStorage.sqlite(dir.resolve("O2JAM.db"))) {
            storage.migrate();
            AuthService auth = new AuthService(
                    storage,
                    AuthMode.DEFAULT,
                    "127.0.0.1",
                    Clock.systemUTC(),
                    timers,
                    null,
                    new SecurityOptions(FAST, 6, 0, 1));
            AuthException e =
                    assertThrows(AuthException.class, () -> auth.register("carol", "12345", Gender.MALE, false));
            assertEquals(AuthException.Reason.INVALID_REGISTRATION, e.reason());
            assertEquals("password must have at least 6 characters", e.getMessage());
            assertThrows(AuthException.class, () -> auth.register("carol", "a", Gender.MALE, false));
            assertTrue(storage.members().findByUsername("carol").isEmpty());
            auth.register("carol", "비밀번호열쇠", Gender.MALE, false);
            assertTrue(storage.members().findByUsername("carol").isPresent(), "six characters, any script");
        } finally {
            timers.shutdownNow();
        }
    }
}
