package io.sxalable.sdk.cloud;

/** A provider call failed; {@link #retryable()} says whether trying again may help (throttling, 5xx). */
public class CloudException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean retryable;

    public CloudException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
