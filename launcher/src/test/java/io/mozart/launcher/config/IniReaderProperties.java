package io.mozart.launcher.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class IniReaderProperties {

    record Item(String section, String key, String value, boolean quoted) {}

    @Provide
    Arbitrary<List<Item>> items() {
        final Arbitrary<String> name = Arbitraries.strings()
                .withCharRange('a', 'z')
                .withChars('_', '0', '9')
                .ofMinLength(1)
                .ofMaxLength(8);
        final Arbitrary<String> section = Arbitraries.of("Server", "Gateway:Channels:0", "Db", "X:Y");
        final Arbitrary<String> value = Arbitraries.strings()
                .withCharRange(' ', '~')
                .withChars('é', '가')
                .ofMaxLength(20)
                .map(String::strip);
        return Combinators.combine(section, name, value, Arbitraries.of(true, false))
                .as(Item::new)
                .list()
                .ofMaxSize(15)
                .uniqueElements(i -> (i.section() + ":" + i.key()).toLowerCase(Locale.ROOT));
    }

    @Property
    void writtenIniReadsBackAsTheSameFlatMap(@ForAll("items") List<Item> items) {
        final StringBuilder text = new StringBuilder("; generated\n");
        final Map<String, String> expected = new LinkedHashMap<>();
        for (final Item item : items) {
            text.append('[').append(item.section()).append("]\n");
            final String value = item.quoted() ? '"' + item.value() + '"' : item.value();
            text.append("  ").append(item.key()).append(" = ").append(value).append('\n');
            // An unquoted value that itself looks quoted loses its quotes, as the spec says.
            String stored = item.value();
            if (!item.quoted() && stored.length() > 1 && stored.startsWith("\"") && stored.endsWith("\"")) {
                stored = stored.substring(1, stored.length() - 1);
            }
            expected.put(item.section() + ":" + item.key(), stored);
        }
        assertEquals(expected, IniReader.parse(text.toString(), "gen").asMap());
    }
}
