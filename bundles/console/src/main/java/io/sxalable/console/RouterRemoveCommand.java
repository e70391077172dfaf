package io.sxalable.console;

import io.sxalable.core.api.inventory.Router;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "sxalable", name = "router-remove", description = "Remove a router from the inventory")
@Service
public class RouterRemoveCommand extends RouterCommand {

    @Override
    protected Object run() {
        var caller = caller();
        Router r = routers.find(caller, router);
        routers.delete(caller, r.id());
        out().println("Removed router " + r.name());
        return null;
    }
}
