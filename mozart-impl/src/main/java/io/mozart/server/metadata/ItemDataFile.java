package io.mozart.server.metadata;

import io.mozart.api.metadata.Item;
import io.mozart.api.metadata.ItemCatalogue;
import io.mozart.api.metadata.ItemKind;
import io.mozart.api.metadata.ItemPart;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Itemdata.dat (spec 06 §3.4, 05 §9.10): {@code int32 N} then N variable-length item records in one
 * of four {@link ItemLayout}s. Names and descriptions are Korean text ({@link KoreanText}).
 *
 * @param layout  the record layout
 * @param records the records, in file order
 */
public record ItemDataFile(ItemLayout layout, List<ItemDataFile.Record> records) {

    /** The part byte that means "derive the part from the kind". */
    public static final int PART_FROM_KIND = 255;

    /** The file offset from which auto-detection looks for the first non-zero byte. */
    public static final int DETECTION_START = 12;

    /**
     * Checks that every record fits the layout.
     */
    public ItemDataFile {
        Objects.requireNonNull(layout, "layout");
        records = List.copyOf(records);
        for (Record r : records) {
            r.checkFits(layout);
        }
    }

    /**
     * The Nx file whose catalogue is exactly these items (no render frames).
     *
     * @param items the items (unique ids)
     * @return the file
     * @throws IllegalArgumentException when a value does not fit its field, a text is not expressible in
     *                                  CP949, the part is 255 or ids repeat
     */
    public static ItemDataFile of(List<Item> items) {
        ItemCatalogue.of(items); // rejects duplicate ids
        List<Record> records = new ArrayList<>();
        for (Item i : items) {
            if (i.gender() < 0 || i.gender() > 15) {
                throw new IllegalArgumentException("gender must be 0..15: " + i);
            }
            if (i.part() == PART_FROM_KIND) {
                throw new IllegalArgumentException("part 255 means 'derive from kind'; give the derived part: " + i);
            }
            int flags = i.gender() << 7 | (i.isNew() ? 1 << 11 : 0);
            records.add(new Record(
                    i.id(),
                    i.kind(),
                    i.originPlanet(),
                    (short) flags,
                    i.quantity(),
                    i.gameModifier(),
                    i.gameModifierType(),
                    i.currency(),
                    i.priceGem(),
                    i.pricePoint(),
                    i.part(),
                    0,
                    0,
                    i.name(),
                    i.description(),
                    Collections.nCopies(ItemLayout.NX.frameCount(), Optional.empty())));
        }
        return new ItemDataFile(ItemLayout.NX, records);
    }

    /**
     * Reads and parses a file in the Nx layout (what the server does).
     *
     * @param path the file
     * @return the parsed file
     * @throws IOException             when the file cannot be read
     * @throws MetadataFormatException when it is corrupt or truncated
     */
    public static ItemDataFile read(Path path) throws IOException {
        return parse(Files.readAllBytes(path), path.toString(), ItemLayout.NX);
    }

    /**
     * Parses the bytes of an Itemdata.dat in the given layout. A negative count means no records;
     * bytes after the last record are ignored.
     *
     * @param data     the whole file
     * @param fileName name used in error messages
     * @param layout   the record layout
     * @return the parsed file
     * @throws MetadataFormatException on truncation, a negative text length or a duplicate item id
     */
    public static ItemDataFile parse(byte[] data, String fileName, ItemLayout layout) {
        LeReader in = new LeReader(data, fileName);
        int n = in.i32("item count");
        List<Record> records = new ArrayList<>();
        Set<Integer> ids = new HashSet<>();
        for (int i = 0; i < n; i++) {
            int at = in.position();
            Record r = readRecord(in, layout);
            if (!ids.add(r.id())) {
                throw in.error(at, "duplicate item id " + r.id());
            }
            records.add(r);
        }
        return new ItemDataFile(layout, records);
    }

    /**
     * Detects the layout and parses with it (the reference utility; the server itself always uses Nx).
     *
     * @param data     the whole file
     * @param fileName name used in error messages
     * @return the parsed file
     * @throws MetadataFormatException when the layout cannot be detected or the file is corrupt
     */
    public static ItemDataFile parseDetected(byte[] data, String fileName) {
        return parse(data, fileName, detectLayout(data, fileName));
    }

    /**
     * The reference auto-detection: the index of the first non-zero byte at or after offset 12 picks
     * the layout (37 Beta, 75 Original, 76 Nx, 84 Classic). It only works when the first record is
     * empty from its quantity field on.
     *
     * @param data     the whole file
     * @param fileName name used in error messages
     * @return the layout
     * @throws MetadataFormatException when there is no such byte or its index matches no layout
     */
    public static ItemLayout detectLayout(byte[] data, String fileName) {
        for (int i = DETECTION_START; i < data.length; i++) {
            if (data[i] != 0) {
                for (ItemLayout layout : ItemLayout.values()) {
                    if (layout.detectionOffset() == i) {
                        return layout;
                    }
                }
                throw new MetadataFormatException(
                        fileName,
                        i,
                        "unknown item data layout (first non-zero byte" + " after offset " + DETECTION_START + " is at "
                                + i + ")");
            }
        }
        throw new MetadataFormatException(
                fileName,
                data.length,
                "unknown item data layout (no non-zero byte after offset " + DETECTION_START + ")");
    }

    private static Record readRecord(LeReader in, ItemLayout layout) {
        int id = in.i32("item id");
        int kind = in.u8("kind");
        int origin = in.u8("origin planet");
        short flags = in.i16("flags");
        int quantity = layout.oneByteQuantity() ? in.u8("quantity") : in.i16("quantity");
        int modifier = in.u8("game modifier");
        int modifierType = in.u8("game modifier type");
        int currency = in.u8("currency");
        int gem = in.i32("gem price");
        int point = in.i32("point price");
        int part = in.u8("part");
        int classicMale = 0;
        int classicFemale = 0;
        if (layout == ItemLayout.CLASSIC) {
            classicMale = in.i32("classic special male");
            classicFemale = in.i32("classic special female");
        }
        String name = KoreanText.decode(in.lengthPrefixed("name"));
        String description = KoreanText.decode(in.lengthPrefixed("description"));
        List<Optional<String>> frames = new ArrayList<>();
        if (layout == ItemLayout.BETA) {
            if (in.i32("frame flag") != 0) {
                for (int f = 0; f < layout.frameCount(); f++) {
                    byte[] bytes = in.lengthPrefixed("render frame");
                    frames.add(bytes.length == 0 ? Optional.empty() : Optional.of(KoreanText.utf8TrimNul(bytes)));
                }
            }
        } else {
            for (int f = 0; f < layout.frameCount(); f++) {
                if (in.u8("render frame flag") != 0) {
                    frames.add(Optional.of(KoreanText.utf8TrimNul(in.lengthPrefixed("render frame"))));
                } else {
                    frames.add(Optional.empty());
                }
            }
        }
        return new Record(
                id,
                kind,
                origin,
                flags,
                quantity,
                modifier,
                modifierType,
                currency,
                gem,
                point,
                part,
                classicMale,
                classicFemale,
                name,
                description,
                frames);
    }

    /** @return the file's bytes in its layout */
    public byte[] toBytes() {
        LeWriter out = new LeWriter().i32(records.size());
        for (Record r : records) {
            out.i32(r.id).u8(r.kind).u8(r.originPlanet).i16(r.flags);
            if (layout.oneByteQuantity()) {
                out.u8(r.quantity);
            } else {
                out.i16(r.quantity);
            }
            out.u8(r.gameModifier)
                    .u8(r.gameModifierType)
                    .u8(r.currency)
                    .i32(r.priceGem)
                    .i32(r.pricePoint)
                    .u8(r.part);
            if (layout == ItemLayout.CLASSIC) {
                out.i32(r.classicMale).i32(r.classicFemale);
            }
            out.lengthPrefixed(KoreanText.encode(r.name)).lengthPrefixed(KoreanText.encode(r.description));
            if (layout == ItemLayout.BETA) {
                out.i32(r.frames.isEmpty() ? 0 : 1);
                for (Optional<String> f : r.frames) {
                    out.lengthPrefixed(
                            f.map(s -> s.getBytes(StandardCharsets.UTF_8)).orElse(new byte[0]));
                }
            } else {
                for (Optional<String> f : r.frames) {
                    if (f.isPresent()) {
                        out.u8(1).lengthPrefixed(f.get().getBytes(StandardCharsets.UTF_8));
                    } else {
                        out.u8(0);
                    }
                }
            }
        }
        return out.toByteArray();
    }

    /**
     * Writes the file.
     *
     * @param path target
     * @throws IOException when writing fails
     */
    public void write(Path path) throws IOException {
        Files.write(path, toBytes());
    }

    /** @return the items (gender, new flag and part decoded as in spec 06 §3.4) */
    public ItemCatalogue toCatalogue() {
        List<Item> items = new ArrayList<>(records.size());
        for (Record r : records) {
            items.add(r.toItem());
        }
        return ItemCatalogue.of(items);
    }

    /**
     * The part an item goes to when its part byte is 255: Body, LeftArm, RightArm, LeftHand, RightHand
     * and AttributiveItem kinds map to the same-named part, every other kind to Body.
     *
     * @param kind ItemKind code
     * @return ItemPart code
     */
    public static int partFromKind(int kind) {
        return switch (ItemKind.fromCode(kind).orElse(ItemKind.COSTUME)) {
            case LEFT_ARM -> ItemPart.LEFT_ARM.code();
            case RIGHT_ARM -> ItemPart.RIGHT_ARM.code();
            case LEFT_HAND -> ItemPart.LEFT_HAND.code();
            case RIGHT_HAND -> ItemPart.RIGHT_HAND.code();
            case ATTRIBUTIVE_ITEM -> ItemPart.ATTRIBUTIVE_ITEM.code();
            default -> ItemPart.BODY.code();
        };
    }

    /**
     * One item record, field by field (the union of all layouts).
     *
     * @param id               item id
     * @param kind             kind byte
     * @param originPlanet     origin planet byte
     * @param flags            int16 bit flags (gender in bits 7..10, new when {@code flags >> 11 == 1})
     * @param quantity         quantity (int16 in Nx/Classic, a byte 0..255 in Original/Beta)
     * @param gameModifier     modifier byte
     * @param gameModifierType modifier type byte
     * @param currency         currency byte
     * @param priceGem         gem price
     * @param pricePoint       point price
     * @param part             part byte (255 = derive from kind)
     * @param classicMale      Classic layout only (else 0): 10 marks a special male item
     * @param classicFemale    Classic layout only (else 0): 10 marks a special female item
     * @param name             name
     * @param description      description
     * @param frames           render frames: 42 entries, or for Beta either none (frame flag 0) or 32;
     *                         a Beta frame that is present but empty is written as absent
     */
    public record Record(
            int id,
            int kind,
            int originPlanet,
            short flags,
            int quantity,
            int gameModifier,
            int gameModifierType,
            int currency,
            int priceGem,
            int pricePoint,
            int part,
            int classicMale,
            int classicFemale,
            String name,
            String description,
            List<Optional<String>> frames) {

        /**
         * Checks byte ranges and copies the frame list.
         */
        public Record {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
            frames = List.copyOf(frames);
            for (int v : new int[] {kind, originPlanet, gameModifier, gameModifierType, currency, part}) {
                if (v < 0 || v > 255) {
                    throw new IllegalArgumentException("byte field out of range 0..255: " + v);
                }
            }
            if (quantity < Short.MIN_VALUE || quantity > Short.MAX_VALUE) {
                throw new IllegalArgumentException("quantity out of int16 range: " + quantity);
            }
        }

        void checkFits(ItemLayout layout) {
            if (layout.oneByteQuantity() && (quantity < 0 || quantity > 255)) {
                throw new IllegalArgumentException(layout + " stores the quantity in one byte: " + quantity);
            }
            if (layout != ItemLayout.CLASSIC && (classicMale != 0 || classicFemale != 0)) {
                throw new IllegalArgumentException("special gender values exist only in the Classic layout");
            }
            boolean betaOk = layout == ItemLayout.BETA && frames.isEmpty();
            if (frames.size() != layout.frameCount() && !betaOk) {
                throw new IllegalArgumentException(
                        layout + " records have " + layout.frameCount() + " frames, not " + frames.size());
            }
        }

        /** @return gender code: {@code (flags >> 7) & 15} */
        public int gender() {
            return (flags >> 7) & 15;
        }

        /** @return new flag: arithmetic {@code flags >> 11 == 1} */
        public boolean isNew() {
            return (flags >> 11) == 1;
        }

        /** @return the part, with 255 derived from the kind */
        public int resolvedPart() {
            return part == PART_FROM_KIND ? partFromKind(kind) : part;
        }

        /**
         * The Classic layout's special gender: first value 10 → male, second 10 → female, both → any.
         *
         * @return gender code, empty when the item is not special
         */
        public Optional<Integer> classicSpecialGender() {
            boolean male = classicMale == 10;
            boolean female = classicFemale == 10;
            if (male && female) {
                return Optional.of(Item.ANY);
            }
            return male ? Optional.of(Item.MALE) : female ? Optional.of(Item.FEMALE) : Optional.empty();
        }

        /** @return the catalogue entry */
        public Item toItem() {
            return new Item(
                    id,
                    kind,
                    originPlanet,
                    gender(),
                    isNew(),
                    quantity,
                    gameModifier,
                    gameModifierType,
                    currency,
                    priceGem,
                    pricePoint,
                    resolvedPart(),
                    name,
                    description);
        }
    }
}
