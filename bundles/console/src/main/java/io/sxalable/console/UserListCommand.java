package io.sxalable.console;

import io.sxalable.core.api.identity.User;
import io.sxalable.core.api.identity.UserService;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "sxalable", name = "user-list", description = "List the users of your tenant")
@Service
public class UserListCommand extends SxalableCommand {

    @Reference
    UserService users;

    @Override
    protected Object run() {
        ShellTable table = new ShellTable();
        table.column("Username");
        table.column("Roles");
        table.column("Tenant");
        table.column("Disabled");
        table.column("Id");
        for (User u : users.list(caller())) {
            table.addRow().addContent(u.username(), Tables.list(u.roles()) + (u.platformAdmin() ? " +platform" : ""),
                    u.tenantSlug(), u.disabled() ? "yes" : "", u.id());
        }
        table.print(out());
        return null;
    }
}
