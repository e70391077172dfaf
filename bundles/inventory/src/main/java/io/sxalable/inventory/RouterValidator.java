package io.sxalable.inventory;

import io.sxalable.core.api.ErrorCode;
import io.sxalable.core.api.SxalableException;
import io.sxalable.core.api.SxalableException.FieldError;
import io.sxalable.core.api.inventory.RouterSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks router input and reports every invalid field at once. Pure: no I/O, no DNS — management addresses must
 * be IP literals.
 */
final class RouterValidator {

    static final long MAX_ASN = 4_294_967_295L;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._:/-]{0,99}");
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9:._-]{1,64}");
    private static final Pattern DRIVER_ID = Pattern.compile("[a-z][a-z0-9-]{1,31}");
    private static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final int MAX_TAGS = 32;

    private RouterValidator() {
    }

    /** Validates a new router: every required field present and well-formed. */
    static void validateNew(RouterSpec spec) {
        List<FieldError> errors = new ArrayList<>();
        required(errors, "name", spec.name());
        required(errors, "region", spec.region());
        required(errors, "managementIp", spec.managementIp());
        required(errors, "driverId", spec.driverId());
        if (spec.asn() == null) {
            errors.add(new FieldError("asn", "is required"));
        }
        checkPresent(errors, spec);
        throwIfAny(errors);
    }

    /** Validates changes: only the fields that are set. */
    static void validateChanges(RouterSpec changes) {
        List<FieldError> errors = new ArrayList<>();
        checkPresent(errors, changes);
        throwIfAny(errors);
    }

    private static void checkPresent(List<FieldError> errors, RouterSpec s) {
        if (s.name() != null && !NAME.matcher(s.name()).matches()) {
            errors.add(new FieldError("name", "must be 1-63 letters, digits, '.', '_' or '-', starting with a letter or digit"));
        }
        if (s.region() != null && !LABEL.matcher(s.region()).matches()) {
            errors.add(new FieldError("region", "must be 1-100 printable characters starting with a letter or digit"));
        }
        if (s.site() != null && !s.site().isEmpty() && !LABEL.matcher(s.site()).matches()) {
            errors.add(new FieldError("site", "must be 1-100 printable characters starting with a letter or digit"));
        }
        if (s.asn() != null && (s.asn() < 1 || s.asn() > MAX_ASN)) {
            errors.add(new FieldError("asn", "must be between 1 and " + MAX_ASN + ", was " + s.asn()));
        }
        if (s.managementIp() != null && !isIpLiteral(s.managementIp())) {
            errors.add(new FieldError("managementIp", "must be an IPv4 or IPv6 address, was '" + s.managementIp() + "'"));
        }
        if (s.managementPort() != null && (s.managementPort() < 1 || s.managementPort() > 65535)) {
            errors.add(new FieldError("managementPort", "must be between 1 and 65535, was " + s.managementPort()));
        }
        if (s.driverId() != null && !DRIVER_ID.matcher(s.driverId()).matches()) {
            errors.add(new FieldError("driverId", "must be a driver id such as 'frr'"));
        }
        if (s.tags() != null) {
            if (s.tags().size() > MAX_TAGS) {
                errors.add(new FieldError("tags", "at most " + MAX_TAGS + " tags"));
            }
            for (String tag : s.tags()) {
                if (tag == null || !TAG.matcher(tag).matches()) {
                    errors.add(new FieldError("tags", "each tag must be 1-64 letters, digits, ':', '.', '_' or '-', was '" + tag + "'"));
                }
            }
        }
    }

    /** True for an IPv4 dotted quad or an IPv6 literal; never resolves names. */
    static boolean isIpLiteral(String text) {
        if (IPV4.matcher(text).matches()) {
            return true;
        }
        return text.indexOf(':') >= 0 && isIpv6(text);
    }

    private static boolean isIpv6(String text) {
        if (!text.matches("[0-9A-Fa-f:.]{2,45}")) {
            return false;
        }
        try {
            // A name containing ':' is parsed as an IPv6 literal and never looked up in DNS. IPv4-mapped
            // literals (::ffff:192.0.2.1) come back as Inet4Address, and are valid too.
            java.net.InetAddress.getByName(text);
            return true;
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    private static void required(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
        }
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            String summary = errors.stream().map(e -> e.field() + " " + e.message())
                    .reduce((a, b) -> a + "; " + b).orElseThrow();
            throw new SxalableException(ErrorCode.VALIDATION_FAILED, summary, errors, null);
        }
    }
}
