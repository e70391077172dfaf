package io.sxalable.sdk.driver;

import java.util.Locale;

/** BGP finite-state-machine states (RFC 4271 section 8). */
public enum BgpState {
    IDLE, CONNECT, ACTIVE, OPEN_SENT, OPEN_CONFIRM, ESTABLISHED,
    /** The device reported a state outside RFC 4271, e.g. an administratively shut-down peer. */
    UNKNOWN;

    /** Parses vendor spellings such as {@code "Established"}, {@code "OpenSent"}, {@code "Idle (Admin)"}. */
    public static BgpState parse(String text) {
        if (text == null) {
            return UNKNOWN;
        }
        String t = text.trim().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
        if (t.startsWith("idle")) {
            return IDLE;
        }
        return switch (t) {
            case "connect" -> CONNECT;
            case "active" -> ACTIVE;
            case "opensent" -> OPEN_SENT;
            case "openconfirm" -> OPEN_CONFIRM;
            case "established" -> ESTABLISHED;
            default -> UNKNOWN;
        };
    }
}
