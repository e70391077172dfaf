package io.sxalable.console;

import io.sxalable.core.api.identity.NewUser;
import io.sxalable.core.api.identity.User;
import io.sxalable.core.api.identity.UserService;
import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "sxalable", name = "user-add", description = "Create a user in your tenant (or, as platform admin, in another)")
@Service
public class UserAddCommand extends SxalableCommand {

    @Reference
    UserService users;

    @Argument(index = 0, name = "username", required = true, description = "Login name")
    String username;

    @Option(name = "--role", aliases = "-r", required = true, multiValued = true, description = "admin, operator, viewer or auditor; repeatable")
    @Completion(RoleCompleter.class)
    List<String> roles;

    @Option(name = "--tenant", description = "Tenant slug (platform administrators only)")
    @Completion(TenantCompleter.class)
    String tenant;

    @Option(name = "--password", description = "Password; prompted without echo when omitted")
    String password;

    @Override
    protected Object run() throws Exception {
        User u = users.create(caller(), new NewUser(username, secret(password, "Password for " + username + ": "),
                Roles.parse(roles), tenant));
        out().println("Created user " + u.username() + " (" + u.id() + ") in tenant " + u.tenantSlug());
        return null;
    }
}
