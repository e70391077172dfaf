package io.sxalable.console;

import io.sxalable.core.api.inventory.RouterService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;

/** Base of the commands that act on one router, named by its name or id as the first argument. */
abstract class RouterCommand extends SxalableCommand {

    @Reference
    RouterService routers;

    @Argument(index = 0, name = "router", required = true, description = "Router name or id")
    @Completion(RouterCompleter.class)
    String router;
}
