package io.mozart.server.storage.jdbi;

import java.lang.reflect.Method;

/** Told the duration of every SQL statement {@link JdbiStorage} runs; see {@link JdbiStorage#timeStatements}. */
@FunctionalInterface
public interface StatementTimer {

    /**
     * @param daoMethod the SQL-object method that ran the statement, or {@code null} for a statement built in code
     * @param nanos     how long the statement ran, in nanoseconds
     */
    void statement(Method daoMethod, long nanos);
}
