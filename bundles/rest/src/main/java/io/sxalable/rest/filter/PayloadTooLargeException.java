package io.sxalable.rest.filter;

import java.io.IOException;

/** Thrown by {@link LimitedInputStream} when a request body goes past the limit; answered with 413. */
public class PayloadTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    private final long limit;

    public PayloadTooLargeException(long limit) {
        super("request body larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
