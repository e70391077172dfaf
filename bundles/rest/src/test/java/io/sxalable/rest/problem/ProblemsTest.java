package io.sxalable.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import javax.ws.rs.BadRequestException;
import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.NotSupportedException;
import javax.ws.rs.core.NoContentException;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.sxalable.core.api.ErrorCode;
import io.sxalable.core.api.SxalableException;
import io.sxalable.rest.filter.PayloadTooLargeException;
import io.sxalable.rest.json.ObjectMappers;

class ProblemsTest {

    record Port(String name, int speed) {
    }

    record Device(String name, int count, List<Port> ports) {
        Device {
            if (name != null && name.isBlank()) {
                throw new IllegalArgumentException("name must not be blank");
            }
        }
    }

    private final ObjectMapper mapper = ObjectMappers.create();

    private Throwable readFailure(String json) {
        try {
            mapper.readValue(json, Device.class);
        } catch (IOException e) {
            return e;
        }
        throw new AssertionError("expected a failure for " + json);
    }

    @Test
    void malformedJsonIs400MalformedJson() {
        Problem p = Problems.from(readFailure("{\"name\": \"r1\""));
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.code()).isEqualTo("MALFORMED_JSON");
        assertThat(p.type()).isEqualTo("urn:sxalable:problem:malformed-json");
        assertThat(p.errors()).isEmpty();
    }

    @Test
    void trailingContentIsMalformed() {
        assertThat(Problems.from(readFailure("{\"name\":\"r1\"} x")).code()).isEqualTo("MALFORMED_JSON");
        assertThat(Problems.from(readFailure("{\"name\":\"r1\"} {}")).code()).isEqualTo("MALFORMED_JSON");
    }

    @Test
    void unknownFieldIs400ValidationFailedNamingTheField() {
        Problem p = Problems.from(readFailure("{\"name\":\"r1\",\"colour\":\"red\"}"));
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(p.errors()).containsExactly(new Problem.FieldError("colour", "unknown field"));
        assertThat(p.detail()).contains("colour");
    }

    @Test
    void nestedFieldPathsUseDotsAndIndexes() {
        Problem p = Problems.from(readFailure("{\"name\":\"r1\",\"ports\":[{\"name\":\"a\"},{\"name\":\"b\",\"mtu\":1}]}"));
        assertThat(p.errors()).extracting(Problem.FieldError::field).containsExactly("ports[1].mtu");
    }

    @Test
    void wrongTypeNamesFieldAndExpectation() {
        Problem p = Problems.from(readFailure("{\"name\":\"r1\",\"count\":\"many\"}"));
        assertThat(p.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(p.errors()).containsExactly(new Problem.FieldError("count", "expected a number"));
        assertThat(p.detail()).doesNotContain("io.sxalable").doesNotContain("ProblemsTest");
    }

    @Test
    void constructorValidationMessageReachesTheClient() {
        Problem p = Problems.from(readFailure("{\"name\":\"  \"}"));
        assertThat(p.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(p.detail()).isEqualTo("name must not be blank");
    }

    @Test
    void jacksonFailureWrappedByTheRuntimeIsStillAClientError() {
        Throwable wrapped = new RuntimeException("fault", readFailure("{\"colour\":1}"));
        assertThat(Problems.from(wrapped).code()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void emptyBodyIsMalformedJson() {
        Problem p = Problems.from(new BadRequestException(new NoContentException("empty")));
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.code()).isEqualTo("MALFORMED_JSON");
    }

    @Test
    void bodyTooLargeAnywhereInTheChainIs413() {
        Problem p = Problems.from(new RuntimeException(new PayloadTooLargeException(1024)));
        assertThat(p.status()).isEqualTo(413);
        assertThat(p.code()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(p.detail()).contains("1024");
    }

    @Test
    void runtimeStatusesMapToStableCodes() {
        assertThat(Problems.from(new NotFoundException()).code()).isEqualTo("NOT_FOUND");
        assertThat(Problems.from(new NotSupportedException()).code()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        Problem notAllowed = Problems.from(new NotAllowedException("GET", new String[] {"POST"}));
        assertThat(notAllowed.status()).isEqualTo(405);
        assertThat(notAllowed.code()).isEqualTo("METHOD_NOT_ALLOWED");
        assertThat(notAllowed.detail()).contains("GET").contains("POST");
    }

    @Test
    void statusWithoutStableCodeKeepsItsStatus() {
        Problem gone = Problems.from(new javax.ws.rs.ClientErrorException(410));
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.code()).isEqualTo("GONE");
    }

    @Test
    void unexpectedFailureIs500WithoutAnyDetailOfTheCause() {
        Problem p = Problems.from(new IllegalStateException("password=hunter2 in /opt/secret"));
        assertThat(p.status()).isEqualTo(500);
        assertThat(p.code()).isEqualTo("INTERNAL_ERROR");
        assertThat(p.detail()).doesNotContain("hunter2").doesNotContain("IllegalState");
    }

    @Test
    void serverErrorStatusesAreInternalErrors() {
        assertThat(Problems.from(new javax.ws.rs.InternalServerErrorException("db down")).detail()).doesNotContain("db down");
        assertThat(Problems.from(new javax.ws.rs.ServiceUnavailableException()).code()).isEqualTo("SERVICE_UNAVAILABLE");
    }

    @Test
    void domainFailureKeepsCodeStatusMessageAndFieldErrors() {
        Problem p = Problems.from(SxalableException.invalid("managementIp", "not an IP address"));
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(p.errors()).containsExactly(new Problem.FieldError("managementIp", "not an IP address"));

        Problem notFound = Problems.from(SxalableException.notFound(ErrorCode.ROUTER_NOT_FOUND, "router", "r9"));
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.code()).isEqualTo("ROUTER_NOT_FOUND");
        assertThat(notFound.title()).isEqualTo("Router not found");
        assertThat(notFound.detail()).isEqualTo("router not found: r9");
    }

    @Test
    void domainInternalErrorIsMasked() {
        Problem p = Problems.from(new SxalableException(ErrorCode.INTERNAL_ERROR, "jdbc url with password"));
        assertThat(p.detail()).doesNotContain("password");
    }

    @Test
    void problemJsonOmitsAbsentMembers() throws JsonProcessingException {
        String json = mapper.writeValueAsString(Problem.of(ErrorCode.NOT_FOUND, "No resource at this path.").at("/x", "id-1"));
        assertThat(json).isEqualTo("{\"type\":\"urn:sxalable:problem:not-found\",\"title\":\"Not found\",\"status\":404,"
                + "\"detail\":\"No resource at this path.\",\"code\":\"NOT_FOUND\",\"instance\":\"/x\",\"requestId\":\"id-1\"}");
    }
}
