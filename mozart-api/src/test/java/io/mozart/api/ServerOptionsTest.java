package io.mozart.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Validation and defaults of {@link ServerOptions} that the game relies on. */
class ServerOptionsTest {

    @Test
    void giftDateFormatDefaultsToTheUsShortDateAndMustBeAUsablePattern() {
        assertEquals("M/d/yyyy", ServerOptions.defaults().giftDateFormat());
        assertEquals(
                "dd.MM.yyyy",
                ServerOptions.builder().giftDateFormat("dd.MM.yyyy").build().giftDateFormat());
        assertEquals(
                "dd.MM.yyyy",
                ServerOptions.builder().giftDateFormat("dd.MM.yyyy").build().toBuilder()
                        .build()
                        .giftDateFormat(),
                "toBuilder keeps it");
        assertThrows(
                IllegalArgumentException.class,
                () -> ServerOptions.builder().giftDateFormat("{{").build());
        assertThrows(
                IllegalArgumentException.class,
                () -> ServerOptions.builder().giftDateFormat("Q-ppp").build());
        assertThrows(
                NullPointerException.class,
                () -> ServerOptions.builder().giftDateFormat(null).build());
    }

    @Test
    void theBacklogDefaultsTo128AndMustBePositive() {
        assertEquals(128, ServerOptions.defaults().backlog());
        assertEquals(
                1000,
                ServerOptions.builder().backlog(1000).build().toBuilder()
                        .build()
                        .backlog());
        assertThrows(
                IllegalArgumentException.class,
                () -> ServerOptions.builder().backlog(0).build());
    }
}
