package io.mozart.server.storage;

import io.mozart.api.storage.Storage;
import io.mozart.server.storage.jdbi.JdbiStorage;
import io.mozart.server.storage.jdbi.ServerTestDatabase;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The storage contract against a real database server: one fresh, migrated namespace per test, dropped after the
 * class. A subclass names the server ({@link ServerTestDatabase} says which variables enable it).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ServerStorageContract extends StorageContract {

    private ServerTestDatabase server;

    /** @return the server of the subclass, from the environment */
    protected abstract ServerTestDatabase openServer();

    @AfterAll
    void dropNamespaces() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Override
    protected Storage createStorage() throws Exception {
        if (server == null) {
            server = openServer();
        }
        final JdbiStorage s = server.openFresh();
        s.migrate();
        return s;
    }

    /** The servers' date types keep microseconds; the storage truncates (as Npgsql does). */
    @Override
    protected Instant stored(Instant written) {
        return Instant.ofEpochSecond(written.getEpochSecond(), written.getNano() / 1000 * 1000);
    }
}
