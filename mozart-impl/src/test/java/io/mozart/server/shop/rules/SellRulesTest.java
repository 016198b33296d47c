package io.mozart.server.shop.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * SellItem price rule (05 §3, oddity 4) and Mozart's saturating balance.
 */
class SellRulesTest {

    @ParameterizedTest(name = "gem {0} + price {1} → {2}")
    @CsvSource({"1000, 500, 1500", "0, 0, 0", "10, -20, -10", "2147483000, 1000, 2147483647",
            "-2147483000, -1000, -2147483648"})
    void gemAfterSale(int gem, int price, int after) {
        assertEquals(price, SellRules.sellPrice(price));
        assertEquals(after, SellRules.gemAfterSale(gem, price));
    }
}
