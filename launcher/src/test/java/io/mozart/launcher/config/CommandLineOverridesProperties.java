package io.mozart.launcher.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CommandLineOverridesProperties {

    @Provide
    Arbitrary<List<String>> plainArgs() {
        // Command words, options and values that contain no 'Name:Name' key before an '='.
        return Arbitraries.oneOf(
                        Arbitraries.of(
                                "user:register", "db:migrate", "--help", "-h", "--count=5", "--admin", "--gender"),
                        Arbitraries.strings()
                                .withCharRange('a', 'z')
                                .withChars('.', '/', '\\', ' ')
                                .ofMaxLength(10))
                .list()
                .ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<String>> overrides() {
        return Arbitraries.strings()
                .withCharRange('a', 'z')
                .ofMinLength(1)
                .ofMaxLength(5)
                .map(v -> "--Game:K" + v.length() + "=" + v)
                .list()
                .ofMaxSize(5);
    }

    @Property
    void plainArgumentsPassThroughInOrderWhereverOverridesAreMixedIn(
            @ForAll("plainArgs") List<String> plain, @ForAll("overrides") List<String> overrides) {
        final List<String> mixed = new ArrayList<>();
        final int n = Math.max(plain.size(), overrides.size());
        for (int i = 0; i < n; i++) {
            if (i < overrides.size()) {
                mixed.add(overrides.get(i));
            }
            if (i < plain.size()) {
                mixed.add(plain.get(i));
            }
        }
        final CommandLineOverrides.Split split = CommandLineOverrides.split(mixed);
        assertEquals(plain, split.remaining());
        for (final String override : overrides) {
            final String key = override.substring(2, override.indexOf('='));
            // the last override of a key wins
            final String last = overrides.stream()
                    .filter(o -> o.startsWith("--" + key + "="))
                    .reduce((a, b) -> b)
                    .orElseThrow();
            assertEquals(
                    last.substring(last.indexOf('=') + 1),
                    split.overrides().value(key).orElseThrow());
        }
    }
}
