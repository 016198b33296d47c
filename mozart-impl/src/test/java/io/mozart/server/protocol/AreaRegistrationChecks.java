package io.mozart.server.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.encore.protocol.PacketType;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;

/**
 * The registration checks of one protocol area, run by a small subclass per area: its {@code register} method
 * binds every record to its spec opcode and nothing else, every bound class has an arbitrary (and no other class
 * has one), and registering the area twice into one builder is refused.
 */
public abstract class AreaRegistrationChecks {

    /**
     * Registers the area, e.g. {@code ChargePackets.register(b)}.
     *
     * @param b the builder
     */
    protected abstract void register(PacketRegistry.Builder b);

    /** @return every record class of the area with the opcode the spec gives it */
    protected abstract Map<Class<?>, Integer> expectedOpcodes();

    /** @return the area's arbitraries by record class */
    protected abstract Map<Class<?>, Arbitrary<?>> arbitraries();

    private PacketRegistry registry() {
        final PacketRegistry.Builder b = PacketRegistry.builder();
        register(b);
        return b.build();
    }

    @Test
    public final void everyRecordIsBoundToItsOpcode() {
        final PacketRegistry registry = registry();
        final Map<Class<?>, Integer> expected = expectedOpcodes();
        assertEquals(expected.size(), registry.types().size());
        for (Map.Entry<Class<?>, Integer> e : expected.entrySet()) {
            assertEquals(
                    e.getValue(),
                    registry.byClass(e.getKey()).opcode(),
                    e.getKey().getSimpleName());
        }
    }

    @Test
    public final void everyRegisteredClassHasAnArbitraryAndNoOtherClassDoes() {
        final Set<Class<?>> registered =
                registry().types().stream().map(PacketType::type).collect(Collectors.toSet());
        assertEquals(registered, arbitraries().keySet());
    }

    @Test
    public final void registeringTwiceIsRefused() {
        final PacketRegistry.Builder b = PacketRegistry.builder();
        register(b);
        assertThrows(IllegalStateException.class, () -> register(b));
    }
}
