package io.sxalable.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.sxalable.core.api.ErrorCode;

/** Keeps the hand-written OpenAPI document honest about what this bundle serves. */
class OpenApiDocumentTest {

    private final JsonNode doc = read();

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(OpenApiResource.load());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void isOpenApi3() {
        assertThat(doc.get("openapi").asText()).startsWith("3.");
    }

    @Test
    void documentsThePlatformEndpoints() {
        List<String> paths = new ArrayList<>();
        doc.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains("/health", "/ready", "/alive", "/api/v1/openapi.json");
    }

    @Test
    void problemCodesAreExactlyTheStableErrorCodes() {
        List<String> documented = new ArrayList<>();
        doc.at("/components/schemas/Problem/properties/code/enum").forEach(n -> documented.add(n.asText()));
        assertThat(documented).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(ErrorCode.values()).map(Enum::name).toList());
    }
}
