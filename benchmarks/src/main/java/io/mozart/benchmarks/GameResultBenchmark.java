package io.mozart.benchmarks;

import io.mozart.api.AuthMode;
import io.mozart.api.storage.Gender;
import io.mozart.api.storage.Progress;
import io.mozart.api.storage.ScoreRecord;
import io.mozart.api.storage.Wallet;
import io.mozart.server.auth.AuthService;
import io.mozart.server.storage.jdbi.JdbiStorage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The cost of SQLite's {@code synchronous} setting (issue 15, {@code Db:Synchronous}) on one player's game result:
 * the transaction result processing commits (spec 04 §6.3: progress, wallet, best score) on a file database in
 * WAL mode, with {@code FULL} (the default: the commit is on disk when it returns) and {@code NORMAL}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GameResultBenchmark {

    /** {@code true}: synchronous=FULL; {@code false}: NORMAL. */
    @Param({"true", "false"})
    public boolean fullSync;

    private Path dir;
    private JdbiStorage storage;
    private int userId;
    private long round;

    /** Opens a fresh migrated database with one registered player. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("mozart-bench");
        storage = JdbiStorage.open(
                "jdbc:sqlite:" + dir.resolve("O2JAM.db").toAbsolutePath(), null, null, Clock.systemUTC(), fullSync);
        storage.migrate();
        ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
        try {
            userId = new AuthService(storage, AuthMode.DEFAULT, "127.0.0.1", Clock.systemUTC(), timers, null)
                    .register("bench", "password", Gender.MALE, false)
                    .id();
        } finally {
            timers.shutdownNow();
        }
    }

    /** Closes and deletes the database. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        storage.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** @return the stored gem count: one game result in one transaction */
    @Benchmark
    public int gameResult() {
        long r = ++round;
        return storage.inTransaction(tx -> {
            tx.characters().updateProgress(userId, new Progress(1, (int) (r % 1000), (int) r, (int) r, 0, 0));
            tx.wallets().set(userId, new Wallet((int) r, 0, 0, 0, 0, 0));
            tx.scores().save(userId, new ScoreRecord(1, 0, r, 0));
            return (int) r;
        });
    }
}
