package io.mozart.launcher.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.api.launch.LaunchParameters;
import io.mozart.launcher.RunningServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The window's account form without a display, against a real server. */
class AccountFormTest {

    private RunningServer control;

    @BeforeEach
    void start() {
        control = WindowTestServer.start();
    }

    @AfterEach
    void stop() {
        control.close();
    }

    @Test
    void createsTheAccountAndReturnsTokensTheServerAccepts() {
        final AccountForm.Result r = AccountForm.submit(control, "alice", "s3cret");
        assertTrue(r.created(), String.valueOf(r.error()));
        assertNull(r.error());
        assertTrue(
                r.credentials().token().matches("[0-9A-F]{32}"), r.credentials().token());
        final LaunchParameters launch = LaunchParameters.decrypt(r.credentials().launchToken());
        assertEquals(r.credentials().token(), launch.fields().get(6), "field 6 carries the login token");
        assertEquals(String.valueOf(control.server().port()), launch.fields().get(13));
        assertEquals(
                r.credentials().token(),
                control.server()
                        .accounts()
                        .authenticate("alice", "s3cret", "0.0.0.0")
                        .orElseThrow());
    }

    @Test
    void anEmptyFieldIsRefusedWithoutAskingTheServer() {
        for (final String[] input :
                new String[][] {{"", "pw"}, {"   ", "pw"}, {"bob", ""}, {null, "pw"}, {"bob", null}}) {
            final AccountForm.Result r = AccountForm.submit(control, input[0], input[1]);
            assertFalse(r.created());
            assertEquals(AccountForm.INCOMPLETE, r.error());
        }
        assertTrue(
                control.server().accounts().authenticate("bob", "pw", "0.0.0.0").isEmpty());
    }

    @Test
    void theServersRefusalIsShownAsItsMessage() {
        assertTrue(AccountForm.submit(control, "alice", "one-one").created());
        final AccountForm.Result taken = AccountForm.submit(control, "ALICE", "two-two");
        assertFalse(taken.created());
        assertEquals("Username 'ALICE' is already taken.", taken.error());
        final AccountForm.Result bad = AccountForm.submit(control, "a:b", "pw");
        assertTrue(bad.error().contains("':'"), bad.error());
    }

    @Test
    void anUnexpectedFailureIsShownWithContext() {
        control.close();
        final AccountForm.Result r = AccountForm.submit(
                new ServerControl() {
                    @Override
                    public String endpoint() {
                        return control.endpoint();
                    }

                    @Override
                    public io.mozart.api.ServerStatus status() {
                        return control.status();
                    }

                    @Override
                    public Credentials createAccount(String username, String password) {
                        throw new IllegalStateException("database is locked");
                    }

                    @Override
                    public void stop() {
                        control.stop();
                    }
                },
                "carol",
                "pw");
        assertEquals("Could not create the account: database is locked", r.error());
        assertThrows(IllegalArgumentException.class, () -> new AccountForm.Result(null, null));
    }
}
