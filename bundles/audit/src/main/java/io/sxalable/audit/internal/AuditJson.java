package io.sxalable.audit.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns the before/after objects of an audit entry into JSON, and removes anything that looks like a secret.
 *
 * <p>Services should only ever hand over records without secrets; this is the second line of defence. A field is
 * dropped when its name, lower-cased without separators, contains {@code password}, {@code passwd},
 * {@code passphrase}, {@code secret}, {@code privatekey}, {@code token} or {@code apikey} — unless its value is a
 * boolean ({@code hasPassword}, {@code passwordChanged} cannot leak anything). String values that look like a private
 * key, an API token ({@code sxa_…}) or a JWT are replaced by {@value #REDACTED} wherever they occur.
 */
final class AuditJson {

    static final String REDACTED = "[REDACTED]";

    private static final String[] SENSITIVE_NAME_PARTS =
            {"password", "passwd", "passphrase", "secret", "privatekey", "token", "apikey"};
    private static final Pattern SECRET_VALUE = Pattern.compile(
            "(?s).*(-----BEGIN [A-Z ]*PRIVATE KEY-----"          // PEM / OpenSSH private keys
                    + "|\\bsxa_[A-Za-z0-9_-]{20,}"                 // API token secrets (the 8-char prefix is fine)
                    + "|\\beyJ[A-Za-z0-9_-]{5,}\\.eyJ[A-Za-z0-9_-]{5,}\\.).*"); // JWTs

    private final ObjectMapper mapper;

    AuditJson() {
        SimpleModule optionals = new SimpleModule("sxalable-audit-optional");
        optionals.addSerializer(new OptionalSerializer());
        this.mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(optionals)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .build();
    }

    /** JSON text of {@code value} with secrets removed; a String is taken as JSON text when it parses as such. */
    String toJson(Object value) {
        JsonNode tree = toTree(value);
        try {
            return mapper.writeValueAsString(redact(tree));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise audit payload of type " + value.getClass().getName(), e);
        }
    }

    private JsonNode toTree(Object value) {
        if (value instanceof JsonNode node) {
            return node.deepCopy();
        }
        if (value instanceof String text) {
            String trimmed = text.trim();
            if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
                try {
                    return mapper.readTree(trimmed);
                } catch (JsonProcessingException notJson) {
                    // fall through: store it as a JSON string
                }
            }
            return TextNode.valueOf(text);
        }
        return mapper.valueToTree(value);
    }

    static boolean isSensitiveName(String fieldName) {
        String normalized = fieldName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        for (String part : SENSITIVE_NAME_PARTS) {
            if (normalized.contains(part)) {
                return true;
            }
        }
        return false;
    }

    static JsonNode redact(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (isSensitiveName(field.getKey()) && !field.getValue().isBoolean()) {
                    fields.remove();
                } else {
                    field.setValue(redact(field.getValue()));
                }
            }
            return object;
        }
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, redact(array.get(i)));
            }
            return array;
        }
        if (node.isTextual() && SECRET_VALUE.matcher(node.textValue()).matches()) {
            return TextNode.valueOf(REDACTED);
        }
        return node;
    }

    /** Optional as its value or null, without needing the jackson-datatype-jdk8 bundle. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final class OptionalSerializer extends StdSerializer<Optional> {
        private static final long serialVersionUID = 1L;

        OptionalSerializer() {
            super(Optional.class);
        }

        @Override
        public void serialize(Optional value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value.isPresent()) {
                provider.defaultSerializeValue(value.get(), gen);
            } else {
                gen.writeNull();
            }
        }
    }
}
