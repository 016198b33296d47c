package io.mozart.launcher.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.api.launch.LaunchParameters;
import io.mozart.api.storage.Gender;
import io.mozart.api.storage.Loadout;
import io.mozart.api.storage.RankingEntry;
import io.mozart.api.storage.UserProfile;
import io.mozart.api.storage.Wallet;
import io.mozart.launcher.Cli;
import io.mozart.server.storage.jdbi.JdbiStorage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * db:migrate, user:register, user:authorize, user:deposit, ranking:upsert, version and --help, run through
 * {@code Main} against a real SQLite file in a temporary working directory: exact output and exit codes.
 */
class AccountCommandsTest {

    @TempDir
    Path root;

    private Cli cli;

    @BeforeEach
    void setUp() {
        cli = new Cli(root);
    }

    private <T> T inDatabase(Function<JdbiStorage, T> read) {
        try (JdbiStorage storage = JdbiStorage.sqlite(cli.database())) {
            return read.apply(storage);
        }
    }

    private void register(String... args) {
        final Cli.Result r = cli.run(args);
        assertEquals(0, r.code(), r::toString);
    }

    @Test
    void dbMigrateCreatesTheDatabaseFile() {
        final Cli.Result r = cli.run("db:migrate");
        assertEquals(0, r.code(), r::toString);
        assertEquals(List.of("Database successfully migrated"), r.lines());
        assertTrue(Files.isRegularFile(cli.database()));
        assertEquals(0, cli.run("db:migrate").code());
    }

    @Test
    void dbMigrateOnAnUnusableDatabaseIsOneErrorLineAndExitCode1() throws Exception {
        Files.createDirectories(cli.work().resolve("adir.db"));
        final Cli.Result r = cli.run("db:migrate", "--Db:Url=Data Source=adir.db");
        assertEquals(1, r.code(), r::toString);
        assertEquals("", r.out());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("Error: ")), r::toString);
    }

    @Test
    void registerWritesTheAccountAndRefusesATakenName() {
        final Cli.Result ok = cli.run("user:register", "alice", "s3cret", "--gender", "female", "--admin");
        assertEquals(0, ok.code(), ok::toString);
        assertEquals(List.of("User has been registered successfully"), ok.lines());
        final UserProfile alice =
                inDatabase(s -> s.characters().findByUsername("alice").orElseThrow());
        assertEquals(Gender.FEMALE, alice.gender());
        assertTrue(alice.administrator());
        assertEquals(
                36,
                inDatabase(s -> s.inventories().find(alice.id()).orElseThrow()).equipped(Loadout.FACE));
        assertTrue(inDatabase(s -> s.loginSessions().findByUsername("alice")).isEmpty(), "no login session");

        final Cli.Result taken = cli.run("user:register", "ALICE", "others");
        assertEquals(1, taken.code(), taken::toString);
        assertEquals(List.of("Registration failed: username 'ALICE' is already taken."), taken.lines());
    }

    @Test
    void registerDefaultsToMaleAndAcceptsGenderNumbers() {
        register("user:register", "bob", "secret");
        register("user:register", "carol", "secret", "--gender", "0");
        assertEquals(
                Gender.MALE,
                inDatabase(s -> s.characters().findByUsername("bob").orElseThrow())
                        .gender());
        assertEquals(
                Gender.FEMALE,
                inDatabase(s -> s.characters().findByUsername("carol").orElseThrow())
                        .gender());
    }

    @Test
    void registerRefusesABadNameOrGenderOrMissingArguments() {
        final Cli.Result badName = cli.run("user:register", "a:b", "secret");
        assertEquals(1, badName.code(), badName::toString);
        assertTrue(badName.out().startsWith("Registration failed: username must not"), badName::toString);

        final Cli.Result badGender = cli.run("user:register", "dave", "secret", "--gender", "robot");
        assertEquals(1, badGender.code(), badGender::toString);
        assertTrue(badGender.err().contains("'robot' is not Female, Male or Any"), badGender::toString);
        assertTrue(badGender.err().contains("Usage: mozart user:register"), badGender::toString);

        // No password and no terminal to ask on (the test JVM has no console): say how to give one.
        final Cli.Result missing = cli.run("user:register", "dave");
        assertEquals(1, missing.code(), missing::toString);
        assertTrue(missing.err().contains("no password given and no terminal to ask for one"), missing::toString);
        final Cli.Result both = cli.withInput("pw\n").run("user:register", "dave", "pw", "--password-stdin");
        assertEquals(1, both.code(), both::toString);
        assertTrue(both.err().contains("not both"), both::toString);
        final Cli.Result noName = cli.run("user:register");
        assertEquals(1, noName.code(), noName::toString);
        assertTrue(noName.err().contains("Missing required parameter: '<username>'"), noName::toString);
    }

    @Test
    void passwordStdinReadsOneLineForRegisterAndAuthorize() {
        final Cli.Result r = cli.withInput("s3cret pass\nignored\n").run("user:register", "erin", "--password-stdin");
        assertEquals(0, r.code(), r::toString);
        final Cli.Result a = cli.withInput("s3cret pass\r\n").run("user:authorize", "erin", "--password-stdin");
        assertEquals(0, a.code(), a::toString);
        assertTrue(a.value("  Token:").matches("[0-9A-F]{32}"), a::toString);
        final Cli.Result wrong = cli.withInput("other\n").run("user:authorize", "erin", "--password-stdin");
        assertEquals(-1, wrong.code(), wrong::toString);
        final Cli.Result empty = cli.withInput("").run("user:authorize", "erin", "--password-stdin");
        assertEquals(1, empty.code(), empty::toString);
        assertTrue(empty.err().contains("standard input is empty"), empty::toString);
        assertEquals(0, cli.run("user:authorize", "erin", "s3cret pass").code(), "on the command line still works");
    }

    @Test
    void adminCommandsRefuseTheMemoryDriverWithExitCode2() {
        for (final String command : List.of("user:register", "db:migrate", "ranking:upsert")) {
            final Cli.Result r = cli.run("--Db:Driver=Memory", command, "x", "y");
            assertEquals(2, r.code(), r::toString);
            assertTrue(r.err().contains("Db:Driver") && r.err().contains("nothing would persist"), r::toString);
        }
        assertEquals(0, cli.run("--Db:Driver=Memory", "version").code());
        assertEquals(0, cli.run("--Db:Driver=Memory", "--help").code());
    }

    @Test
    void authorizePrintsTheTokenAndALaunchTokenForServerAddressAndPort() {
        register("user:register", "alice", "s3cret");
        final Cli.Result r = cli.run("user:authorize", "alice", "s3cret", "--Server:Port=16001");
        assertEquals(0, r.code(), r::toString);
        assertEquals(4, r.lines().size(), r::toString);
        assertEquals("Generating auth token for: [alice]..", r.lines().get(0));
        assertEquals("", r.lines().get(1));
        assertTrue(r.lines().get(2).startsWith("  Token:        "), r::toString);
        assertTrue(r.lines().get(3).startsWith("  Launch token: "), r::toString);
        final String token = r.value("  Token:");
        assertTrue(token.matches("[0-9A-F]{32}"), token);
        final LaunchParameters launch = LaunchParameters.decrypt(r.value("  Launch token:"));
        assertEquals(token, launch.username());
        assertEquals("127.0.0.1", launch.gatewayAddress());
        assertEquals("16001", launch.gatewayPort());
        final int id = inDatabase(
                s -> s.characters().findByUsername("alice").orElseThrow().id());
        assertEquals(Integer.toString(id), launch.userIndexId());
        assertEquals("1", launch.level());
        assertEquals("1", launch.gender());

        final Cli.Result again = cli.run("user:authorize", "alice", "s3cret");
        assertEquals(token, again.value("  Token:"), "the existing login row is reused");
    }

    @Test
    void foreignModeUsesAnExistingDatabaseAndPlaintextPasswords() {
        final Cli.Result fresh = cli.run("--Auth:Mode=Foreign", "user:register", "bob", "secret");
        assertEquals(1, fresh.code(), "Foreign mode does not migrate: " + fresh);
        assertTrue(fresh.err().startsWith("Error: "), fresh::toString);
        assertEquals(0, cli.run("db:migrate").code());
        register("--Auth:Mode=9you", "user:register", "bob", "secret");
        assertEquals(
                "secret",
                new String(
                        inDatabase(s -> s.members().findByUsername("bob").orElseThrow())
                                .password(),
                        java.nio.charset.StandardCharsets.UTF_8));
        final Cli.Result r = cli.run("--Auth:Mode=GAMANIA", "user:authorize", "bob", "secret");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.value("  Token:").matches("[0-9A-F]{32}"), r::toString);
    }

    @Test
    void authorizeInChannelModeNamesTheGateway() {
        register("user:register", "alice", "s3cret");
        final Cli.Result r = cli.run(
                "--Server:Mode=Channel",
                "--Gateway:Address=10.0.0.7",
                "--Gateway:Port=15999",
                "user:authorize",
                "alice",
                "s3cret");
        assertEquals(0, r.code(), r::toString);
        final LaunchParameters launch = LaunchParameters.decrypt(r.value("  Launch token:"));
        assertEquals("10.0.0.7", launch.gatewayAddress());
        assertEquals("15999", launch.gatewayPort());
    }

    @Test
    void authorizeWithBadCredentialsExitsMinusOne() {
        register("user:register", "alice", "s3cret");
        final Cli.Result wrong = cli.run("user:authorize", "alice", "nope");
        assertEquals(-1, wrong.code(), wrong::toString);
        assertEquals(List.of("Generating auth token for: [alice]..", "Invalid username or password"), wrong.lines());
        final Cli.Result unknown = cli.run("user:authorize", "nobody", "secret");
        assertEquals(-1, unknown.code(), unknown::toString);
        assertTrue(inDatabase(s -> s.loginSessions().findByUsername("alice")).isEmpty());
    }

    @Test
    void depositAddsGemsAndPoints() {
        register("user:register", "alice", "secret");
        final Cli.Result r = cli.run("user:deposit", "alice", "500", "20");
        assertEquals(0, r.code(), r::toString);
        assertEquals(List.of("Deposited 500 gem and 20 point to 'alice'."), r.lines());
        final Cli.Result gemsOnly = cli.run("user:deposit", "alice", "7");
        assertEquals(List.of("Deposited 7 gem and 0 point to 'alice'."), gemsOnly.lines());
        final int id = inDatabase(
                s -> s.characters().findByUsername("alice").orElseThrow().id());
        final Wallet wallet = inDatabase(s -> s.wallets().find(id).orElseThrow());
        assertEquals(507, wallet.gem());
        assertEquals(20, wallet.point());
    }

    @Test
    void depositRefusesNegativeAmountsUnknownUsersAndOverflow() {
        register("user:register", "alice", "secret");
        final Cli.Result negative = cli.run("user:deposit", "alice", "5", "-1");
        assertEquals(1, negative.code(), negative::toString);
        assertEquals(List.of("Gem and point amounts cannot be negative."), negative.lines());

        final Cli.Result unknown = cli.run("user:deposit", "bob", "5");
        assertEquals(1, unknown.code(), unknown::toString);
        assertEquals(List.of("User 'bob' was not found."), unknown.lines());

        assertEquals(
                0,
                cli.run("user:deposit", "alice", Integer.toString(Integer.MAX_VALUE))
                        .code());
        final Cli.Result overflow = cli.run("user:deposit", "alice", "1");
        assertEquals(1, overflow.code(), overflow::toString);
        assertEquals(List.of("Unable to deposit currency: 'alice's balance would overflow."), overflow.lines());
        final int id = inDatabase(
                s -> s.characters().findByUsername("alice").orElseThrow().id());
        assertEquals(
                Integer.MAX_VALUE,
                inDatabase(s -> s.wallets().find(id).orElseThrow()).gem(),
                "nothing lost");

        final Cli.Result notANumber = cli.run("user:deposit", "alice", "lots");
        assertEquals(1, notANumber.code(), notANumber::toString);
        assertTrue(notANumber.err().contains("'lots' is not an int"), notANumber::toString);
    }

    @Test
    void rankingUpsertRanksByLevel() {
        register("user:register", "alice", "secret");
        register("user:register", "bob", "secret");
        final Cli.Result r = cli.run("ranking:upsert", "--count", "1");
        assertEquals(0, r.code(), r::toString);
        assertEquals(List.of("User ranking has been updated successfully"), r.lines());
        final List<RankingEntry> ranked = inDatabase(s -> List.of(
                        s.rankings()
                                .find(s.characters()
                                        .findByUsername("alice")
                                        .orElseThrow()
                                        .id()),
                        s.rankings()
                                .find(s.characters()
                                        .findByUsername("bob")
                                        .orElseThrow()
                                        .id()))
                .stream()
                .flatMap(java.util.Optional::stream)
                .toList());
        assertEquals(1, ranked.size(), ranked::toString);
        assertEquals(1, ranked.get(0).ranking());

        assertEquals(0, cli.run("ranking:upsert").code());
        final Cli.Result negative = cli.run("ranking:upsert", "--count", "-1");
        assertEquals(1, negative.code(), negative::toString);
        assertEquals(List.of("The ranking count cannot be negative."), negative.lines());
        assertEquals(1, cli.run("ranking:upsert", "--count", "x").code());
    }

    @Test
    void versionAndDashDashVersionPrintFourLines() {
        for (final String arg : List.of("version", "--version")) {
            final Cli.Result r = cli.run(arg);
            assertEquals(0, r.code(), r::toString);
            assertEquals(4, r.lines().size(), r::toString);
            assertEquals("Mozart", r.lines().get(0));
            assertTrue(r.lines().get(1).matches("\\[v] Version: \\d+\\.\\d+\\.\\d+.*"), r::toString);
            assertEquals("[!] Network environment: 6.65", r.lines().get(2));
            assertTrue(r.lines().get(3).startsWith("[?] "), r::toString);
        }
    }

    @Test
    void helpListsTheCommandsInTheReferenceOrder() {
        for (final String arg : List.of("--help", "-h", "-?")) {
            final Cli.Result r = cli.run(arg);
            assertEquals(0, r.code(), r::toString);
            final List<String> names = r.lines().stream()
                    .map(String::strip)
                    .filter(l -> l.matches("[a-z]+:[a-z]+ .*"))
                    .map(l -> l.substring(0, l.indexOf(' ')))
                    .toList();
            assertEquals(
                    List.of(
                            "db:migrate",
                            "user:register",
                            "user:equip",
                            "user:stash",
                            "user:deposit",
                            "user:authorize",
                            "metadata:import",
                            "game:start",
                            "ranking:upsert"),
                    names,
                    r::toString);
        }
        final Cli.Result command = cli.run("user:register", "--help");
        assertEquals(0, command.code(), command::toString);
        assertTrue(command.out().contains("--gender"), command::toString);
        assertFalse(Files.exists(cli.database()));
    }

    @Test
    void unknownCommandsAndOptionsExitWithCode1() {
        final Cli.Result unknown = cli.run("user:delete", "alice");
        assertEquals(1, unknown.code(), unknown::toString);
        assertTrue(unknown.err().contains("user:delete"), unknown::toString);
        final Cli.Result option = cli.run("db:migrate", "--fast");
        assertEquals(1, option.code(), option::toString);
        assertTrue(option.err().contains("--fast"), option::toString);
    }
}
