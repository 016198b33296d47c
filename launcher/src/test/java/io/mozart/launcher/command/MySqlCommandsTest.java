package io.mozart.launcher.command;

import io.mozart.server.storage.jdbi.MySqlTestDatabase;
import io.mozart.server.storage.jdbi.ServerTestDatabase;

/**
 * {@link ServerCommandsSuite} with {@code Db:Driver=MySql} and a {@code Server=...;Port=...;Database=...} URL
 * naming the test's database (MySQL has no schemas inside a database).
 */
class MySqlCommandsTest extends ServerCommandsSuite {

    @Override
    protected ServerTestDatabase openServer() {
        return MySqlTestDatabase.fromEnvironment();
    }

    @Override
    protected String driver() {
        return "MySql";
    }

    @Override
    protected String connectionString(String host, String port, String database, String namespace) {
        return "Server=" + host + ";Port=" + (port == null ? "3306" : port) + ";Database=" + namespace + ";User="
                + server().user() + ";Password=" + server().password();
    }
}
