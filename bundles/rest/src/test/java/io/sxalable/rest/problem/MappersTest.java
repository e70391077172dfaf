package io.sxalable.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import javax.ws.rs.NotAllowedException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.sxalable.core.api.ErrorCode;
import io.sxalable.core.api.SxalableException;
import io.sxalable.rest.json.ObjectMappers;

/** The mappers as JAX-RS calls them (no request context injected), down to the JSON a client receives. */
class MappersTest {

    private final ObjectMapper mapper = ObjectMappers.create();

    private JsonNode body(Response response) throws JsonProcessingException {
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        assertThat(response.getEntity()).isInstanceOf(Problem.class);
        return mapper.readTree(mapper.writeValueAsString(response.getEntity()));
    }

    @Test
    void unexpectedThrowableIs500WithoutStackTrace() throws Exception {
        Exception failure = new NullPointerException("Cannot invoke \"io.sxalable.Secret.get()\"");
        Response response = new ThrowableMapper().toResponse(failure);
        assertThat(response.getStatus()).isEqualTo(500);
        JsonNode json = body(response);
        assertThat(json.get("code").asText()).isEqualTo("INTERNAL_ERROR");
        assertThat(json.get("status").asInt()).isEqualTo(500);
        String text = json.toString();
        assertThat(text).doesNotContain("Secret").doesNotContain("NullPointer").doesNotContain("\tat ")
                .doesNotContain("stackTrace").doesNotContain("MappersTest");
    }

    @Test
    void jsonFailureIs400() throws Exception {
        Exception failure;
        try {
            mapper.readTree("{\"a\": [1, 2");
            throw new AssertionError("should fail");
        } catch (IOException e) {
            failure = e;
        }
        Response response = new JsonExceptionMapper().toResponse((JsonProcessingException) failure);
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(body(response).get("code").asText()).isEqualTo("MALFORMED_JSON");
    }

    @Test
    void methodNotAllowedKeepsAllowHeader() throws Exception {
        Response response = new WebApplicationExceptionMapper().toResponse(new NotAllowedException("GET", new String[] {"HEAD"}));
        assertThat(response.getStatus()).isEqualTo(405);
        assertThat(response.getHeaderString(HttpHeaders.ALLOW)).contains("GET").contains("HEAD");
        assertThat(body(response).get("code").asText()).isEqualTo("METHOD_NOT_ALLOWED");
    }

    @Test
    void domainFailureKeepsItsStatus() throws Exception {
        Response response = new SxalableExceptionMapper().toResponse(
                new SxalableException(ErrorCode.UNAUTHENTICATED, "send a bearer token"));
        assertThat(response.getStatus()).isEqualTo(401);
        JsonNode json = body(response);
        assertThat(json.get("code").asText()).isEqualTo("UNAUTHENTICATED");
        assertThat(json.get("detail").asText()).isEqualTo("send a bearer token");
        assertThat(json.has("errors")).isFalse();
    }
}
