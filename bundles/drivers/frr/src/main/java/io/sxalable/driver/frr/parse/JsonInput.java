package io.sxalable.driver.frr.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.sxalable.sdk.driver.UnexpectedOutputException;

/** Parses command output as JSON, turning anything that is not JSON into {@link UnexpectedOutputException}. */
final class JsonInput {

    /** Immutable and thread-safe; holds no state between calls. */
    private static final ObjectReader READER = new ObjectMapper().reader();

    private JsonInput() {
    }

    static JsonNode parse(String text, String command) throws UnexpectedOutputException {
        if (text == null || text.isBlank()) {
            throw new UnexpectedOutputException("'" + command + "' returned no output, expected JSON");
        }
        try {
            return READER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UnexpectedOutputException("'" + command + "' did not return JSON: " + excerpt(text), e);
        }
    }

    static JsonNode object(String text, String command) throws UnexpectedOutputException {
        JsonNode node = parse(text, command);
        if (!node.isObject()) {
            throw new UnexpectedOutputException("'" + command + "' returned JSON " + node.getNodeType()
                    + ", expected an object: " + excerpt(text));
        }
        return node;
    }

    static JsonNode array(String text, String command) throws UnexpectedOutputException {
        JsonNode node = parse(text, command);
        if (!node.isArray()) {
            throw new UnexpectedOutputException("'" + command + "' returned JSON " + node.getNodeType()
                    + ", expected an array: " + excerpt(text));
        }
        return node;
    }

    /** A required field, or a clear message naming what is missing where. */
    static JsonNode required(JsonNode node, String field, String where) throws UnexpectedOutputException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new UnexpectedOutputException("missing field '" + field + "' in " + where);
        }
        return value;
    }

    static String excerpt(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 120) + "...";
    }
}
