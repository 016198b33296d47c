package io.mozart.server.shop.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SellItem price rule (05 §3, oddity 4) with Mozart's fixes: negative prices sell for 0, overflow is refused.
 */
class SellRulesTest {

    @ParameterizedTest(name = "gem {0} + price {1} → {2}")
    @CsvSource({"1000, 500, 1500", "0, 0, 0", "10, -20, 10", "2147483000, 647, 2147483647", "-5, 5, 0"})
    void gemAfterSale(int gem, int price, int after) {
        assertEquals(OptionalInt.of(after), SellRules.gemAfterSale(gem, price));
    }

    @ParameterizedTest(name = "price {0} sells for {1}")
    @CsvSource({"500, 500", "0, 0", "-1, 0", "2147483647, 2147483647"})
    void sellPrice(int price, int credited) {
        assertEquals(credited, SellRules.sellPrice(price));
    }

    @Test
    void overflowIsRefused() {
        assertEquals(OptionalInt.empty(), SellRules.gemAfterSale(2147483000, 648));
        assertEquals(OptionalInt.empty(), SellRules.gemAfterSale(Integer.MAX_VALUE, 1));
    }
}
