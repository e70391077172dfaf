package io.sxalable.console;

import io.sxalable.core.api.Caller;
import io.sxalable.core.api.identity.AuthService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "sxalable", name = "login", description = "Log in to Sxalable in this shell session")
@Service
public class LoginCommand extends SxalableCommand {

    @Reference
    AuthService auth;

    @Argument(index = 0, name = "username", required = true, description = "Sxalable user name")
    String username;

    @Argument(index = 1, name = "password", description = "Password; prompted without echo when omitted (prefer that)")
    String password;

    @Override
    protected Object run() throws Exception {
        Caller caller = auth.authenticatePassword(username, secret(password, "Password: "), newRequestId());
        session.put(CALLER_KEY, caller);
        out().println("Logged in as " + caller.username() + " in tenant " + caller.tenantSlug() + " with roles "
                + caller.roles() + (caller.platformAdmin() ? " (platform admin)" : ""));
        return null;
    }
}
