package io.sxalable.console;

import io.sxalable.core.api.Caller;
import io.sxalable.core.api.PageRequest;
import io.sxalable.core.api.SxalableException;
import io.sxalable.core.api.inventory.Router;
import io.sxalable.core.api.inventory.RouterQuery;
import io.sxalable.core.api.inventory.RouterService;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Completes router names of the logged-in user's tenant (first 500). */
@Service
public class RouterCompleter implements Completer {

    @Reference
    RouterService routers;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter delegate = new StringsCompleter();
        if (session.get(SxalableCommand.CALLER_KEY) instanceof Caller caller) {
            try {
                routers.list(caller, RouterQuery.all(PageRequest.first(PageRequest.MAX_LIMIT))).items().stream()
                        .map(Router::name).forEach(delegate.getStrings()::add);
            } catch (SxalableException e) {
                // not allowed to list routers: nothing to complete
            }
        }
        return delegate.complete(session, commandLine, candidates);
    }
}
