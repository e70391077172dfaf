package io.sxalable.console;

import io.sxalable.core.api.Caller;
import io.sxalable.core.api.ErrorCode;
import io.sxalable.core.api.SxalableException;
import java.io.PrintStream;
import java.util.UUID;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;

/**
 * Base of every {@code sxalable:*} command: resolves the logged-in Sxalable user of this shell session and turns
 * service errors into one clear line ({@code Error ROUTER_NOT_FOUND: ...}) instead of a stack trace.
 * Permission checks happen in the services, exactly as for REST.
 */
abstract class SxalableCommand implements Action {

    static final String CALLER_KEY = "sxalable.caller";

    @Reference
    Session session;

    @Override
    public final Object execute() throws Exception {
        try {
            return run();
        } catch (SxalableException e) {
            PrintStream err = session.getConsole();
            err.println("Error " + e.code() + ": " + e.getMessage());
            return null;
        }
    }

    protected abstract Object run() throws Exception;

    /** The Sxalable user who logged in to this shell session with {@code sxalable:login}, under a fresh request id. */
    protected Caller caller() {
        Object caller = session.get(CALLER_KEY);
        if (!(caller instanceof Caller c)) {
            throw new SxalableException(ErrorCode.UNAUTHENTICATED,
                    "not logged in to Sxalable: run sxalable:login <username> first");
        }
        return c.withRequestId(newRequestId());
    }

    protected static String newRequestId() {
        return "console-" + UUID.randomUUID();
    }

    /** A device credential of the caller's tenant by name or id. */
    protected static java.util.UUID credentialId(io.sxalable.core.api.credentials.CredentialService credentials,
                                                 Caller caller, String nameOrId) {
        return credentials.list(caller).stream()
                .filter(c -> c.name().equals(nameOrId) || c.id().toString().equals(nameOrId))
                .map(io.sxalable.core.api.credentials.DeviceCredential::id).findFirst()
                .orElseThrow(() -> SxalableException.notFound(ErrorCode.CREDENTIAL_NOT_FOUND, "credential", nameOrId));
    }

    protected PrintStream out() {
        return session.getConsole();
    }

    /** Reads a secret without echo, unless it was given on the command line. */
    protected String secret(String given, String prompt) throws java.io.IOException {
        if (given != null) {
            return given;
        }
        String value = session.readLine(prompt, '*');
        if (value == null || value.isEmpty()) {
            throw SxalableException.invalid("password", "is required");
        }
        return value;
    }
}
