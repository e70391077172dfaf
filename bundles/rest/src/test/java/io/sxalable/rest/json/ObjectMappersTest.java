package io.sxalable.rest.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

class ObjectMappersTest {

    record Event(Instant at, OffsetDateTime local, Duration timeout, int count) {
    }

    private final ObjectMapper mapper = ObjectMappers.create();

    @Test
    void datesAndDurationsAreIsoStrings() throws Exception {
        Event e = new Event(Instant.parse("2026-11-25T07:53:35Z"),
                OffsetDateTime.of(2026, 11, 25, 8, 0, 0, 0, ZoneOffset.ofHours(1)), Duration.ofSeconds(30), 1);
        String json = mapper.writeValueAsString(e);
        assertThat(json).isEqualTo("{\"at\":\"2026-11-25T07:53:35Z\",\"local\":\"2026-11-25T08:00:00+01:00\","
                + "\"timeout\":\"PT30S\",\"count\":1}");
        assertThat(mapper.readValue(json, Event.class)).isEqualTo(e);
    }

    record WithOptionals(java.util.Optional<Integer> port, java.util.Optional<String> absent, java.util.OptionalLong speed) {
    }

    @Test
    void optionalsAreTheirValueOrNull() throws Exception {
        String json = mapper.writeValueAsString(new WithOptionals(java.util.Optional.of(22), java.util.Optional.empty(),
                java.util.OptionalLong.of(10000)));
        assertThat(json).isEqualTo("{\"port\":22,\"absent\":null,\"speed\":10000}");
    }

    record Typed(String name, Long asn, Integer port, Boolean disabled, java.util.concurrent.TimeUnit unit) {
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "{\"asn\":\"65001\"}", "{\"asn\":65001.9}", "{\"port\":22.0}", "{\"port\":true}", "{\"name\":123}",
        "{\"name\":1.5}", "{\"name\":false}", "{\"disabled\":\"true\"}", "{\"disabled\":1}", "{\"unit\":0}"})
    void valuesOfTheWrongJsonTypeAreRejectedNotCoerced(String json) {
        assertThatThrownBy(() -> mapper.readValue(json, Typed.class))
                .isInstanceOf(com.fasterxml.jackson.databind.exc.MismatchedInputException.class);
    }

    @Test
    void valuesOfTheRightTypeAreRead() throws Exception {
        assertThat(mapper.readValue("{\"name\":\"r1\",\"asn\":4294967295,\"port\":22,\"disabled\":false,\"unit\":\"SECONDS\"}",
                Typed.class)).isEqualTo(new Typed("r1", 4294967295L, 22, false, java.util.concurrent.TimeUnit.SECONDS));
    }

    @Test
    void unknownFieldsAreRejected() {
        assertThatThrownBy(() -> mapper.readValue("{\"count\":1,\"extra\":true}", Event.class))
                .isInstanceOf(UnrecognizedPropertyException.class);
    }

    @Test
    void duplicateKeysAreRejected() {
        assertThatThrownBy(() -> mapper.readValue("{\"count\":1,\"count\":2}", Event.class))
                .isInstanceOf(JsonParseException.class);
    }
}
