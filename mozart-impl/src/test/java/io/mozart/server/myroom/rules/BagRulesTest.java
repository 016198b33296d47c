package io.mozart.server.myroom.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mozart.server.myroom.rules.BagRules.SlotContent;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Table-driven tests of spec 05 §6 and §9.2–§9.4 bag rules.
 */
class BagRulesTest {

    @ParameterizedTest(name = "{0} expansions → capacity {1}, can expand {2}")
    @CsvSource({"0, 30, true", "1, 60, true", "2, 90, true", "3, 120, true", "4, 150, true", "5, 180, false"})
    void capacityAndExpansionLimit(int expansions, int capacity, boolean canExpand) {
        assertEquals(capacity, BagRules.capacity(expansions));
        assertEquals(canExpand, BagRules.canExpand(expansions));
        assertEquals(true, BagRules.isValidCapacity(capacity));
    }

    @ParameterizedTest
    @CsvSource({"-1", "6"})
    void capacityOutsideTheStoredRangeIsRefused(int expansions) {
        assertThrows(IllegalArgumentException.class, () -> BagRules.capacity(expansions));
    }

    @ParameterizedTest(name = "kind {0} part {1} into type {2} → {3}")
    @CsvSource({
        "6, 1, 1, true",
        "6, 1, 5, false",
        "19, 5, 5, true",
        "5, 11, 11, true",
        "15, 0, 0, true",
        "15, 0, 1, false",
        "0, 16, 3, true",
        "28, 16, 15, true",
        "24, 21, 0, false",
        "24, 1, 1, false",
        "25, 16, 1, false",
        "26, 16, 1, false",
        "27, 16, 1, false",
        "6, 255, 1, true"
    })
    void fitsEquipmentSlot(int kind, int part, int itemType, boolean fits) {
        assertEquals(fits, BagRules.fitsEquipmentSlot(kind, part, itemType));
    }

    @ParameterizedTest(name = "capacity {0} valid = {1}")
    @CsvSource({"0, false", "29, false", "30, true", "45, false", "180, true", "210, false"})
    void validCapacities(int capacity, boolean valid) {
        assertEquals(valid, BagRules.isValidCapacity(capacity));
    }

    @ParameterizedTest(name = "slot {0} of {1} in range = {2}")
    @CsvSource({
        "-1, 30, false",
        "0, 30, true",
        "29, 30, true",
        "30, 30, false",
        "30, 60, true",
        "179, 180, true",
        "180, 180, false",
        "-2147483648, 30, false",
        "2147483647, 180, false"
    })
    void slotRange(int slot, int capacity, boolean inRange) {
        assertEquals(inRange, BagRules.isSlotInRange(slot, capacity));
    }

    @ParameterizedTest(name = "({0},{1}) after one use → ({2},{3})")
    @CsvSource({"500, 5, 500, 4", "500, 2, 500, 1", "500, 1, 0, 0", "500, 0, 0, 0", "0, 0, 0, 0", "500, -3, 0, 0"})
    void consumeOneUse(int id, int count, int idAfter, int countAfter) {
        // 05 §9.3: "consume one use" = write (id, count−1) when count > 1, else write (0, 0).
        assertEquals(new SlotContent(idAfter, countAfter), BagRules.consumeOne(new SlotContent(id, count)));
    }

    @Test
    void firstEmptySlotIsTheLowestZero() {
        assertEquals(0, BagRules.firstEmptySlot(Collections.nCopies(30, 0)));
        assertEquals(2, BagRules.firstEmptySlot(List.of(5, 6, 0, 0)));
        assertEquals(-1, BagRules.firstEmptySlot(Collections.nCopies(30, 7)));
    }

    @ParameterizedTest(name = "kind {0}, quantity {1} → count {2}")
    @CsvSource({"24, 10, 10", "24, 0, 0", "25, 10, 0", "0, 3, 0"})
    void claimedGiftCount(int kind, int quantity, int count) {
        // 05 §6.2: count = Itemdata quantity if kind is AttributiveItem (24), else 0.
        assertEquals(count, BagRules.claimedGiftCount(kind, quantity));
    }

    @ParameterizedTest(name = "itemType {0}, slot {1} of {2}: valid {3}, storable {4}")
    @CsvSource({
        "0, 0, 30, true, true",
        "15, 29, 30, true, true",
        "16, 0, 30, true, false",
        "17, 0, 30, false, false",
        "-1, 0, 30, false, false",
        "0, 30, 30, false, true",
        "0, -1, 30, false, true"
    })
    void equipValidation(int itemType, int slot, int capacity, boolean valid, boolean storable) {
        // 05 §6.1: invalid if slot out of range or itemType not 0–16; 16 (Costume) has no column.
        assertEquals(valid, BagRules.isValidEquipRequest(itemType, slot, capacity));
        assertEquals(storable, BagRules.isStorableItemType(itemType));
    }
}
