package io.mozart.server.storage;

import io.mozart.api.storage.Storage;
import io.mozart.server.storage.jdbi.JdbiStorage;
import io.mozart.server.storage.jdbi.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;

import java.time.Instant;

/**
 * The storage contract against a real PostgreSQL server: one fresh, migrated schema per test, dropped after
 * the class. Needs {@code MOZART_TEST_POSTGRES_URL} (see {@link PostgresTestDatabase}).
 */
class PostgresStorageContractTest extends StorageContract {

    private static PostgresTestDatabase database;

    @AfterAll
    static void dropSchemas() throws Exception {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected Storage createStorage() throws Exception {
        if (database == null) {
            database = PostgresTestDatabase.fromEnvironment();
        }
        final JdbiStorage s = database.openFresh();
        s.migrate();
        return s;
    }

    /** {@code timestamp with time zone} keeps microseconds; the storage truncates (as Npgsql does). */
    @Override
    protected Instant stored(final Instant written) {
        return Instant.ofEpochSecond(written.getEpochSecond(), written.getNano() / 1000 * 1000);
    }
}
