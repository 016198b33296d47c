package io.mozart.server.storage;

import io.mozart.server.storage.jdbi.MySqlTestDatabase;
import io.mozart.server.storage.jdbi.ServerTestDatabase;

/** The storage contract on MySQL or MariaDB, a fresh database per test. */
class MySqlStorageContractTest extends ServerStorageContract {

    @Override
    protected ServerTestDatabase openServer() {
        return MySqlTestDatabase.fromEnvironment();
    }
}
