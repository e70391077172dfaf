package io.sxalable.console;

import io.sxalable.core.api.inventory.Router;
import io.sxalable.core.api.inventory.RouterService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "sxalable", name = "router-remove", description = "Remove a router from the inventory")
@Service
public class RouterRemoveCommand extends SxalableCommand {

    @Reference
    RouterService routers;

    @Argument(index = 0, name = "router", required = true, description = "Router name or id")
    @Completion(RouterCompleter.class)
    String router;

    @Override
    protected Object run() {
        var caller = caller();
        Router r = routers.find(caller, router);
        routers.delete(caller, r.id());
        out().println("Removed router " + r.name());
        return null;
    }
}
