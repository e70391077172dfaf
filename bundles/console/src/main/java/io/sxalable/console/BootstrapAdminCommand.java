package io.sxalable.console;

import io.sxalable.core.api.ErrorCode;
import io.sxalable.core.api.SxalableException;
import io.sxalable.core.api.identity.BootstrapService;
import io.sxalable.core.api.identity.User;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "sxalable", name = "bootstrap-admin",
        description = "Create the first administrator (and the 'default' tenant). Works once, on a fresh appliance.")
@Service
public class BootstrapAdminCommand extends SxalableCommand {

    @Reference
    BootstrapService bootstrap;

    @Argument(index = 0, name = "username", required = true, description = "Administrator user name")
    String username;

    @Option(name = "--password", description = "Password (at least 12 characters); prompted twice when omitted")
    String password;

    @Override
    protected Object run() throws Exception {
        String pw = password;
        if (pw == null) {
            pw = secret(null, "Password: ");
            if (!pw.equals(secret(null, "Repeat password: "))) {
                throw new SxalableException(ErrorCode.VALIDATION_FAILED, "passwords do not match");
            }
        }
        User admin = bootstrap.bootstrapFromConsole(username, pw, newRequestId());
        out().println("Created platform administrator " + admin.username() + " in tenant " + admin.tenantSlug()
                + ". Log in with: sxalable:login " + admin.username());
        return null;
    }
}
