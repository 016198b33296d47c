package io.mozart.launcher.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A JSON request body read with web conventions (spec 06 §6): property names match case-insensitively,
 * numbers may also be given as strings. Anything that is not one JSON object, or a property of the wrong
 * type, is {@link Malformed} (the framework's 400 with an empty body).
 */
final class JsonRequest {

    /** Shared, thread-safe once configured. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final JsonNode object;

    private JsonRequest(JsonNode object) {
        this.object = object;
    }

    /**
     * @param text the request body, already decoded
     * @return the parsed object
     * @throws Malformed when the text is not exactly one JSON object
     */
    static JsonRequest parse(String text) throws Malformed {
        final JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JacksonException e) {
            // Not the parser's message: it may quote a fragment of the body, e.g. an unquoted password.
            throw new Malformed("invalid JSON");
        }
        if (node == null || !node.isObject()) {
            throw new Malformed("the body is not a JSON object");
        }
        return new JsonRequest(node);
    }

    /**
     * @param name property name, matched ignoring case; of several matches the last one wins, as with a
     *             duplicated property
     * @return the value, empty when absent or JSON {@code null}
     */
    private Optional<JsonNode> property(String name) {
        JsonNode found = null;
        for (final Map.Entry<String, JsonNode> e : object.properties()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                found = e.getValue();
            }
        }
        return found == null || found.isNull() ? Optional.empty() : Optional.of(found);
    }

    /**
     * @param name property name
     * @return the string value, empty when absent or {@code null}
     * @throws Malformed when the value is not a string
     */
    Optional<String> string(String name) throws Malformed {
        final Optional<JsonNode> value = property(name);
        if (value.isPresent() && !value.get().isTextual()) {
            throw new Malformed("'" + name + "' must be a string");
        }
        return value.map(JsonNode::textValue);
    }

    /**
     * @param name property name
     * @return the integer value, given as a JSON integer or as a string holding one; empty when absent or
     *         {@code null}
     * @throws Malformed when the value is neither
     */
    OptionalInt integer(String name) throws Malformed {
        final Optional<JsonNode> value = property(name);
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        final JsonNode v = value.get();
        if (v.isIntegralNumber() && v.canConvertToInt()) {
            return OptionalInt.of(v.intValue());
        }
        if (v.isTextual()) {
            try {
                return OptionalInt.of(Integer.parseInt(v.textValue()));
            } catch (NumberFormatException e) {
                throw new Malformed("'" + name + "' must be an integer");
            }
        }
        throw new Malformed("'" + name + "' must be an integer");
    }

    /** The body cannot be bound: the framework answers 400 with an empty body. */
    static final class Malformed extends Exception {

        private static final long serialVersionUID = 1L;

        /**
         * @param reason what is wrong, for the log (never contains a property value)
         */
        Malformed(String reason) {
            super(Objects.requireNonNull(reason, "reason"), null, false, false);
        }
    }
}
