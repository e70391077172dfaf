package io.sxalable.testing.frrlab;

/** The lab could not be built, queried or torn down; the message carries the failing step and its output. */
public class FrrLabException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FrrLabException(String message) {
        super(message);
    }

    public FrrLabException(String message, Throwable cause) {
        super(message, cause);
    }
}
