package io.mozart.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.api.Accounts;
import io.mozart.api.AuthMode;
import io.mozart.api.MozartServer;
import io.mozart.api.storage.Gender;
import io.mozart.api.storage.UserProfile;
import io.mozart.api.storage.UsernameTakenException;
import io.mozart.client.Bot;
import io.mozart.server.protocol.planet.AuthResponse;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link MozartServer#accounts()}: what an embedder uses to create players, checked over a real socket. */
class AccountsIT {

    @Test
    void registeredAccountLogsInWithTheIssuedToken() {
        try (TestServer server = TestServer.start();
                Bot bot = server.bot()) {
            Accounts accounts = server.server().accounts();
            UserProfile alice = accounts.register("alice", "pw-alice", Gender.FEMALE, true);
            assertEquals("alice", alice.nickname());
            assertTrue(alice.administrator());
            String token =
                    accounts.authenticate("alice", "pw-alice", "10.0.0.7").orElseThrow();
            assertEquals(32, token.length());
            assertEquals(
                    Optional.of(token),
                    accounts.authenticate("alice", "pw-alice"),
                    "an existing login session is reused");
            assertEquals(
                    "10.0.0.7",
                    server.storage()
                            .loginSessions()
                            .findByToken(token)
                            .orElseThrow()
                            .address());
            bot.login(token, 0);
            var info = bot.characterInfo().info();
            assertEquals("alice", info.nickname());
            assertEquals(Gender.FEMALE.value(), info.gender());
            assertTrue(info.isAdministrator());
        }
    }

    @Test
    void wrongPasswordOrUnknownUserGivesNoToken() {
        try (TestServer server = TestServer.start()) {
            Accounts accounts = server.server().accounts();
            accounts.register("bob", "right", Gender.MALE, false);
            assertEquals(Optional.empty(), accounts.authenticate("bob", "wrong"));
            assertEquals(Optional.empty(), accounts.authenticate("nobody", "right"));
            assertEquals(Optional.empty(), accounts.authenticate("BOB", "right"), "usernames are exact at login");
            assertEquals(Optional.empty(), accounts.authenticate(null, null));
            assertTrue(server.storage().loginSessions().findByUsername("bob").isEmpty());
        }
    }

    @Test
    void badOrTakenNamesAreRefused() {
        try (TestServer server = TestServer.start()) {
            Accounts accounts = server.server().accounts();
            accounts.register("carol", "pw", Gender.FEMALE, false);
            assertThrows(UsernameTakenException.class, () -> accounts.register("Carol", "pw", Gender.MALE, false));
            assertThrows(IllegalArgumentException.class, () -> accounts.register(" eve", "pw", Gender.MALE, false));
            assertThrows(UsernameTakenException.class, () -> accounts.register("CAROL", "pw", Gender.MALE, false));
            assertThrows(IllegalArgumentException.class, () -> accounts.register("", "pw", Gender.MALE, false));
            assertThrows(IllegalArgumentException.class, () -> accounts.register("a:b", "pw", Gender.MALE, false));
            assertThrows(
                    IllegalArgumentException.class, () -> accounts.register("x".repeat(21), "pw", Gender.MALE, false));
            assertThrows(IllegalArgumentException.class, () -> accounts.register("dave", "", Gender.MALE, false));
            assertFalse(server.storage().members().findByUsername("dave").isPresent());
        }
    }

    @Test
    void foreignModeKeepsPlaintextPasswordsAndAcceptsUserPasswordTokens() {
        try (TestServer server = TestServer.start(b -> b.authMode(AuthMode.FOREIGN));
                Bot bot = server.bot()) {
            server.storage().migrate();
            Accounts accounts = server.server().accounts();
            assertThrows(
                    IllegalArgumentException.class,
                    () -> accounts.register("thirteen-char", "pw", Gender.MALE, false),
                    "12 characters at most");
            accounts.register("erin", "pw-erin", Gender.MALE, false);
            assertEquals(
                    "pw-erin",
                    new String(
                            server.storage()
                                    .members()
                                    .findByUsername("erin")
                                    .orElseThrow()
                                    .password(),
                            java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(AuthResponse.SUCCESS, bot.authorize("erin:pw-erin").result());
        }
    }
}
