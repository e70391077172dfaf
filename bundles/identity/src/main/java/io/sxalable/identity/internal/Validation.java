package io.sxalable.identity.internal;

import io.sxalable.core.api.ErrorCode;
import io.sxalable.core.api.Role;
import io.sxalable.core.api.SxalableException;
import io.sxalable.core.api.SxalableException.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Boundary checks shared by the identity services; collects every problem before failing. */
final class Validation {

    static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9._@-]{3,64}");
    static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{0,30}[a-z0-9]");
    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD = 1024;
    static final int MAX_NAME = 100;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private final List<FieldError> errors = new ArrayList<>();

    Validation username(String field, String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            add(field, "must be 3 to 64 characters of letters, digits, '.', '_', '@' or '-'");
        }
        return this;
    }

    Validation password(String field, String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            add(field, "must be at least " + MIN_PASSWORD + " characters");
        } else if (password.length() > MAX_PASSWORD) {
            add(field, "must be at most " + MAX_PASSWORD + " characters");
        } else if (password.isBlank()) {
            add(field, "must not be blank");
        }
        return this;
    }

    Validation roles(String field, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            add(field, "at least one role is required");
        } else if (roles.stream().anyMatch(java.util.Objects::isNull)) {
            add(field, "must not contain null");
        }
        return this;
    }

    /** A display name: trimmed, 1..max characters, no control characters. */
    Validation name(String field, String value, int max) {
        String v = value == null ? "" : value.trim();
        if (v.isEmpty() || v.length() > max) {
            add(field, "must be 1 to " + max + " characters");
        } else if (CONTROL.matcher(v).find()) {
            add(field, "must not contain control characters");
        }
        return this;
    }

    Validation range(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            add(field, "must be between " + min + " and " + max + ", was " + value);
        }
        return this;
    }

    Validation check(boolean ok, String field, String message) {
        if (!ok) {
            add(field, message);
        }
        return this;
    }

    Validation add(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    void throwIfInvalid(String what) {
        if (!errors.isEmpty()) {
            throw new SxalableException(ErrorCode.VALIDATION_FAILED, "invalid " + what + ": "
                    + errors.stream().map(e -> e.field() + " " + e.message()).toList(), errors, null);
        }
    }
}
