package io.mozart.server.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.api.storage.Gender;
import io.mozart.api.storage.Storage;
import io.mozart.api.storage.UserProfile;
import io.mozart.api.storage.Wallet;
import io.mozart.server.storage.jdbi.JdbiStorage;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The storage contract against SQLite files (one fresh, migrated file per test). */
class SqliteStorageContractTest extends StorageContract {

    @TempDir
    Path dir;

    @Override
    protected Storage createStorage() {
        final JdbiStorage s = JdbiStorage.sqlite(dir.resolve("O2JAM.db"));
        s.migrate();
        return s;
    }

    /**
     * loadUser reads a committed snapshot and takes no write lock: while another connection holds SQLite's write lock
     * with an uncommitted change, it answers (a reader that began IMMEDIATE would wait out the busy timeout and fail)
     * with the state before that change.
     */
    @Test
    void loadUserNeitherWaitsForAWriterNorSeesItsUncommittedChange() throws Exception {
        final UserProfile u = register("rex", Gender.MALE);
        final CountDownLatch written = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            final Future<?> write = writer.submit(() -> storage.useTransaction(s -> {
                s.wallets().adjust(u.id(), Wallet.gems(5));
                written.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertTrue(written.await(10, TimeUnit.SECONDS), "the writer started");
            assertEquals(0, storage.loadUser(u.id()).orElseThrow().wallet().gem());
            release.countDown();
            write.get(10, TimeUnit.SECONDS);
            assertEquals(5, storage.loadUser(u.id()).orElseThrow().wallet().gem());
        } finally {
            release.countDown();
            writer.shutdownNow();
        }
    }
}
