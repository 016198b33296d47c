package io.mozart.api.storage;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * An account row ({@code member}): login credentials and the pass bits.
 *
 * @param id           {@code member.id}
 * @param username     {@code member.userid}
 * @param password     {@code member.passwd}: the 48-byte PBKDF2 blob in Default auth mode, UTF-8
 *                     plaintext in Foreign mode
 * @param registeredAt {@code registdate} (database default at insert)
 * @param passes       {@code vip} and {@code vipdate}
 */
public record Member(long id, String username, byte[] password, Instant registeredAt, Passes passes) {

    /** Validates and copies. */
    public Member {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passes, "passes");
        password = password.clone();
    }

    @Override
    public byte[] password() {
        return password.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Member m
                && id == m.id
                && username.equals(m.username)
                && Arrays.equals(password, m.password)
                && Objects.equals(registeredAt, m.registeredAt)
                && passes.equals(m.passes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, username, Arrays.hashCode(password), registeredAt, passes);
    }

    @Override
    public String toString() {
        return "Member[id=" + id + ", username=" + username + ", passes=" + passes + "]";
    }
}
