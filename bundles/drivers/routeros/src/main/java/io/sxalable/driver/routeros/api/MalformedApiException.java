package io.sxalable.driver.routeros.api;

/** The byte stream is not a valid RouterOS API stream (bad length prefix, oversized word). */
public final class MalformedApiException extends Exception {
    private static final long serialVersionUID = 1L;

    public MalformedApiException(String message) {
        super(message);
    }
}
