package io.mozart.api.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CataloguesTest {

    @Test
    void catalogueKeepsOrderFindsByIdAndRejectsDuplicates() {
        Music a = Music.basic(5, 1, 2, 3, 10, 20, 30);
        Music b = Music.basic(2, 1, 2, 3, 10, 20, 30);
        MusicCatalogue c = MusicCatalogue.of(List.of(a, b));
        assertEquals(List.of(a, b), c.all());
        assertEquals(Optional.of(b), c.find(2));
        assertEquals(Optional.empty(), c.find(3));
        assertThrows(IllegalArgumentException.class, () -> MusicCatalogue.of(List.of(a, a)));
        assertTrue(MetadataProvider.empty().items(3).isEmpty());
        assertTrue(AlbumCatalogue.empty().isEmpty());
    }

    @Test
    void musicDataPerDifficultyUsesHxForRx() {
        Music m = Music.basic(1, 4, 5, 6, 40, 50, 60);
        assertEquals(4, m.level(Difficulty.EX));
        assertEquals(50, m.noteCount(Difficulty.NX));
        assertEquals(6, m.level(Difficulty.RX));
        assertEquals(60, m.noteCount(Difficulty.RX));
    }

    @Test
    void codesMapToEnums() {
        assertEquals(Optional.of(ItemKind.COSTUME), ItemKind.fromCode(28));
        assertEquals(Optional.empty(), ItemKind.fromCode(29));
        assertEquals(Optional.of(ItemPart.ATTRIBUTIVE_ITEM), ItemPart.fromCode(21));
        assertEquals(Optional.of(Difficulty.RX), Difficulty.fromCode(3));
        assertThrows(IllegalArgumentException.class, () -> new Album.Entry(0, 0));
    }
}
