package io.mozart.encore.session;

import java.util.Objects;

/**
 * A typed key for a {@link Session} attribute. Keys compare by identity: create each key once, as a
 * constant, and share it. There is no global key registry, so two servers in one JVM never collide.
 *
 * @param <T> the value type
 */
@SuppressWarnings("UnusedTypeParameter") // T types get/set on the session; the key itself holds no T
public final class AttributeKey<T> {

    private final String name;

    private AttributeKey(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * Creates a new key; two calls with the same name give two different keys.
     *
     * @param name a name for logs and debugging
     * @param <T>  the value type
     * @return the key
     */
    public static <T> AttributeKey<T> of(String name) {
        return new AttributeKey<>(name);
    }

    /** @return the key's name */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return "AttributeKey[" + name + "]";
    }
}
