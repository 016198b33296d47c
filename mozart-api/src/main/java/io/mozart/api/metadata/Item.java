package io.mozart.api.metadata;

import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the item catalogue (Itemdata.dat). Codes are kept as numbers so that a file with a
 * value this version does not know still loads; {@link #knownKind()} and {@link #knownPart()} map them.
 *
 * @param id               item id (unique within a catalogue)
 * @param kind             {@link ItemKind} code
 * @param originPlanet     planet code (0 Any, 1 O2Planet … 11 Event)
 * @param gender           0 Female, 1 Male, 2 Any (other values possible in odd files)
 * @param isNew            shown as new
 * @param quantity         stack size granted (attributive items)
 * @param gameModifier     modifier code (0 None, 1 Power, 2 Mirror, 3 Random, 4 Panic, 5 Hidden, 6 Sudden, 7 Dark)
 * @param gameModifierType modifier type code (0 None, 1 Power, 2 Arrangement, 3 Visibility)
 * @param currency         0 NotForSale, 1 Gem, 2 MCash
 * @param priceGem         price in gems (the value the server refunds on sale)
 * @param pricePoint       price in points (unused by the server)
 * @param part             {@link ItemPart} code, already derived from the kind when the file says 255
 * @param name             display name
 * @param description      description
 */
public record Item(
        int id,
        int kind,
        int originPlanet,
        int gender,
        boolean isNew,
        int quantity,
        int gameModifier,
        int gameModifierType,
        int currency,
        int priceGem,
        int pricePoint,
        int part,
        String name,
        String description) {

    /** Gender code: female. */
    public static final int FEMALE = 0;
    /** Gender code: male. */
    public static final int MALE = 1;
    /** Gender code: any. */
    public static final int ANY = 2;

    /**
     * Checks that the texts are given.
     */
    public Item {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }

    /** @return the kind, empty when the code is unknown */
    public Optional<ItemKind> knownKind() {
        return ItemKind.fromCode(kind);
    }

    /** @return the part, empty when the code is unknown */
    public Optional<ItemPart> knownPart() {
        return ItemPart.fromCode(part);
    }
}
