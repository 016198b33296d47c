package io.mozart.server.storage;

import io.mozart.server.storage.jdbi.PostgresTestDatabase;
import io.mozart.server.storage.jdbi.ServerTestDatabase;

/** The storage contract on PostgreSQL, a fresh schema per test. */
class PostgresStorageContractTest extends ServerStorageContract {

    @Override
    protected ServerTestDatabase openServer() {
        return PostgresTestDatabase.fromEnvironment();
    }
}
