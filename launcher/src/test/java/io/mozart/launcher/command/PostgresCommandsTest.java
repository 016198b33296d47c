package io.mozart.launcher.command;

import io.mozart.server.storage.jdbi.PostgresTestDatabase;
import io.mozart.server.storage.jdbi.ServerTestDatabase;

/** {@link ServerCommandsSuite} with {@code Db:Driver=Postgres} and an Npgsql-style URL choosing the schema. */
class PostgresCommandsTest extends ServerCommandsSuite {

    @Override
    protected ServerTestDatabase openServer() {
        return PostgresTestDatabase.fromEnvironment();
    }

    @Override
    protected String driver() {
        return "Postgres";
    }

    @Override
    protected String connectionString(String host, String port, String database, String schema) {
        return "Host=" + host + ";Port=" + (port == null ? "5432" : port) + ";Database=" + database + ";Username="
                + server().user() + ";Password=" + server().password() + ";Search Path=" + schema;
    }
}
