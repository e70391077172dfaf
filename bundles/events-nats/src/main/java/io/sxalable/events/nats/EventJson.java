package io.sxalable.events.nats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sxalable.core.api.events.DomainEvent;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The wire format of an event: a flat JSON object, stable for consumers in other languages. */
final class EventJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventJson() {
    }

    static byte[] encode(DomainEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id().toString());
        m.put("type", e.type());
        m.put("tenant", e.tenantSlug());
        m.put("at", e.at().toString());
        m.put("actor", e.actor());
        m.put("requestId", e.requestId());
        m.put("data", e.data());
        try {
            return JSON.writeValueAsString(m).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException ex) {
            throw new IllegalArgumentException("event " + e.type() + " is not serialisable: " + ex.getOriginalMessage(), ex);
        }
    }

    /** NATS subject tokens may not contain '.', '*', '>' or whitespace. */
    static String subject(String prefix, DomainEvent e) {
        return prefix + "." + e.tenantSlug().replaceAll("[.*>\\s]", "_") + "." + e.type();
    }
}
