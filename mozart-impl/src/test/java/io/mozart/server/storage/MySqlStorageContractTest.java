package io.mozart.server.storage;

import io.mozart.api.storage.Storage;
import io.mozart.server.storage.jdbi.JdbiStorage;
import io.mozart.server.storage.jdbi.MySqlTestDatabase;
import org.junit.jupiter.api.AfterAll;

import java.time.Instant;

/**
 * The storage contract against a real MySQL or MariaDB server: one fresh, migrated database per test,
 * dropped after the class. Needs {@code MOZART_TEST_MYSQL_URL} (see {@link MySqlTestDatabase}).
 */
class MySqlStorageContractTest extends StorageContract {

    private static MySqlTestDatabase database;

    @AfterAll
    static void dropDatabases() throws Exception {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected Storage createStorage() throws Exception {
        if (database == null) {
            database = MySqlTestDatabase.fromEnvironment();
        }
        final JdbiStorage s = database.openFresh();
        s.migrate();
        return s;
    }

    /** {@code datetime(6)} keeps microseconds; the storage truncates (as on PostgreSQL). */
    @Override
    protected Instant stored(final Instant written) {
        return Instant.ofEpochSecond(written.getEpochSecond(), written.getNano() / 1000 * 1000);
    }
}
