package io.mozart.server.auth;

import java.nio.charset.StandardCharsets;

/**
 * Foreign-mode "hashing" (spec 06 §1.8, §2.2): the password is stored as UTF-8 plaintext and
 * compared after trimming both sides, ordinal and case-sensitive.
 */
public final class PlaintextPasswordHasher implements PasswordHasher {

    @Override
    public byte[] hash(String password) {
        return password.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean verify(String password, byte[] stored) {
        return stored != null
                && new String(stored, StandardCharsets.UTF_8).strip().equals(password.strip());
    }
}
