package io.sxalable.core.api.identity;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Creates the first administrator. While the appliance has no user, a one-time bootstrap token is generated and
 * written to the log; presenting it (REST) or running the console command (which already requires Karaf shell
 * access) creates the {@code default} tenant and a platform administrator. Afterwards both answer
 * BOOTSTRAP_COMPLETED. There is no default password.
 */
@ProviderType
public interface BootstrapService {

    boolean completed();

    /** Creates the first admin from the REST API; the token must match the one in the log. */
    User bootstrapWithToken(String bootstrapToken, String username, String password, String requestId);

    /** Creates the first admin from the Karaf console. */
    User bootstrapFromConsole(String username, String password, String requestId);

    /** The pending token, for tests and the console; empty once completed. */
    Optional<String> pendingToken();
}
