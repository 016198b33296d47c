package io.mozart.server.myroom.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ChangeName (05 §6.3) and BagExpansion (05 §6.6) checks, in the reference's order.
 */
class TicketCheckTest {

    @ParameterizedTest(name = "{7}")
    @CsvSource(
            nullValues = "null",
            value = {
                // slot, capacity, slotItem, requestItem, kind, requiredKind, expansions, expected
                "0, 30, 900, 900, 25, 25, 0, OK",
                "-1, 30, 900, 900, 25, 25, 0, SLOT_OUT_OF_RANGE",
                "30, 30, 900, 900, 25, 25, 0, SLOT_OUT_OF_RANGE",
                "3, 30, 901, 900, 25, 25, 0, ITEM_MISMATCH",
                "3, 30, 0, 0, null, 25, 0, UNKNOWN_ITEM",
                "3, 30, 900, 900, null, 25, 0, UNKNOWN_ITEM",
                "3, 30, 900, 900, 27, 25, 0, WRONG_KIND",
                "3, 30, 900, 900, 27, 27, 4, OK",
                "3, 180, 900, 900, 27, 27, 5, EXPANSION_LIMIT",
                "3, 30, 900, 900, 25, 27, 5, WRONG_KIND",
                "3, 180, 900, 900, 25, 25, 5, OK",
                "40, 30, 900, 901, null, 27, 5, SLOT_OUT_OF_RANGE"
            })
    void checksInReferenceOrder(
            int slot,
            int capacity,
            int slotItem,
            int requestItem,
            Integer kind,
            int requiredKind,
            int expansions,
            TicketCheck expected) {
        assertEquals(
                expected, TicketCheck.check(slot, capacity, slotItem, requestItem, kind, requiredKind, expansions));
    }
}
