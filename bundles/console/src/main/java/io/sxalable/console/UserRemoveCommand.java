package io.sxalable.console;

import io.sxalable.core.api.ErrorCode;
import io.sxalable.core.api.SxalableException;
import io.sxalable.core.api.identity.User;
import io.sxalable.core.api.identity.UserService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "sxalable", name = "user-remove", description = "Delete a user of your tenant")
@Service
public class UserRemoveCommand extends SxalableCommand {

    @Reference
    UserService users;

    @Argument(index = 0, name = "username", required = true, description = "Login name or id")
    String username;

    @Override
    protected Object run() {
        var caller = caller();
        User user = users.list(caller).stream()
                .filter(u -> u.username().equals(username) || u.id().toString().equals(username)).findFirst()
                .orElseThrow(() -> SxalableException.notFound(ErrorCode.USER_NOT_FOUND, "user", username));
        users.delete(caller, user.id());
        out().println("Deleted user " + user.username());
        return null;
    }
}
