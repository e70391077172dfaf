package io.sxalable.testing.sim.junos.config;

/**
 * A configuration Junos would refuse while loading it. Carries what Junos puts in the {@code <rpc-error>}:
 * the message ({@code syntax error}), the offending token ({@code <bad-element>}), the hierarchy
 * ({@code <error-path>}, e.g. {@code [edit interfaces ge-0/0/0]}) and the line number of the input.
 */
public final class ConfigSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String badElement;
    private final String path;
    private final int line;

    public ConfigSyntaxException(String message, String badElement, String path, int line) {
        super(message);
        this.badElement = badElement;
        this.path = path;
        this.line = line;
    }

    public String badElement() {
        return badElement;
    }

    /** {@code [edit ...]}. */
    public String path() {
        return path;
    }

    public int line() {
        return line;
    }
}
