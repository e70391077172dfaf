package io.sxalable.rest.api;

import io.sxalable.core.api.SxalableException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Query parameters are taken as strings and parsed here, so a bad value is a 400 naming the parameter
 * (JAX-RS would otherwise answer 404 for an unconvertible parameter).
 */
final class QueryParams {

    private QueryParams() {
    }

    static Optional<String> text(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    static int integer(String name, String value, int defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw SxalableException.invalid(name, "must be an integer, was '" + value + "'");
        }
    }

    static <E extends Enum<E>> Optional<E> enumValue(String name, Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
            throw SxalableException.invalid(name, "unknown value '" + value + "'; one of "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    static Optional<Instant> instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value.trim()));
        } catch (DateTimeParseException e) {
            throw SxalableException.invalid(name, "must be an ISO-8601 instant such as 2026-01-31T12:00:00Z, was '" + value + "'");
        }
    }
}
