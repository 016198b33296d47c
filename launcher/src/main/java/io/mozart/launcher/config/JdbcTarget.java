package io.mozart.launcher.config;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the relational storage connects: a JDBC URL and the credentials taken out of the connection string.
 *
 * @param url      JDBC URL ({@code jdbc:sqlite:/abs/path/O2JAM.db}, {@code jdbc:postgresql://host:5432/db}, ...)
 * @param user     user name, if the connection string named one
 * @param password password, if the connection string named one (never printed by {@link #toString()})
 */
public record JdbcTarget(String url, Optional<String> user, Optional<String> password) {

    /** Validates the fields. */
    public JdbcTarget {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "JdbcTarget[url=" + url + ", user=" + user.orElse("") + ", password="
                + (password.isPresent() ? "***" : "") + "]";
    }
}
