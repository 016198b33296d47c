package io.mozart.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.api.AuthMode;
import io.mozart.api.SecurityOptions;
import io.mozart.api.storage.Gender;
import io.mozart.server.storage.jdbi.JdbiStorage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15: names are NFC, and look-alike or invisible names are refused at registration. */
class NameRulesTest {

    @Test
    void refusedNamesNameTheirProblem() {
        assertEquals(
                Optional.of("must not contain invisible, control or format characters (found U+200B)"),
                NameRules.problem("ali\u200bce"));
        assertEquals(
                Optional.of("must not mix letters of different scripts (Cyrillic, Latin)"),
                NameRules.problem("\u0430lice"));
        for (String bad : List.of(
                "alice\u00a0",
                "a\u2028b",
                "\u202eecila",
                "ali\u200dce",
                "x\u3164y",
                "a\ufe0fb",
                "ab\u00ad",
                "\u0391lpha")) {
            assertTrue(NameRules.problem(bad).isPresent(), bad);
        }
    }

    @Test
    void singleScriptsAndTheUsualAsianMixesPass() {
        for (String good :
                List.of("alice", "Ali Ce", "алиса", "김민준", "김kim", "山田たろう", "小明ㄅ", "x_x-1.0!", "Jürgen", "Ωμέγα")) {
            assertEquals(Optional.empty(), NameRules.problem(NameRules.normalise(good)), good);
        }
    }

    @Test
    void registrationStoresNfcAndLoginFindsEitherForm(@TempDir Path dir) {
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
                    new SecurityOptions(1_000, 6, 0, 1));
            String decomposed = "Joe\u0301l";
            auth.register(decomposed, "secret", Gender.MALE, false);
            assertTrue(storage.members().findByUsername("Jo\u00e9l").isPresent(), "stored in NFC");
            assertTrue(storage.members().findByUsername(decomposed).isEmpty());
            assertEquals(
                    32, auth.authenticate(decomposed, "secret", "127.0.0.1").length());
            assertEquals(
                    32, auth.authenticate("Jo\u00e9l", "secret", "127.0.0.1").length());
            assertThrows(
                    io.mozart.api.storage.UsernameTakenException.class,
                    () -> auth.register("Jo\u00e9l", "secret", Gender.MALE, false),
                    "one account, either form");

            auth.register("alice", "secret", Gender.FEMALE, false);
            AuthException invisible = assertThrows(
                    AuthException.class, () -> auth.register("ali\u200bce", "secret", Gender.FEMALE, false));
            assertEquals(
                    "username must not contain invisible, control or format characters (found U+200B)",
                    invisible.getMessage());
            AuthException mixed = assertThrows(
                    AuthException.class, () -> auth.register("\u0430lice", "secret", Gender.FEMALE, false));
            assertEquals("username must not mix letters of different scripts (Cyrillic, Latin)", mixed.getMessage());
            assertTrue(storage.members().findByUsername("ali\u200bce").isEmpty());
            assertTrue(storage.members().findByUsername("\u0430lice").isEmpty());
        } finally {
            timers.shutdownNow();
        }
    }
}
