package io.mozart.server.storage;

import io.mozart.api.storage.Storage;
import io.mozart.server.storage.jdbi.JdbiStorage;
import java.nio.file.Path;
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
}
