package io.sxalable.console;

import io.sxalable.core.api.Caller;
import io.sxalable.core.api.SxalableException;
import io.sxalable.core.api.tenant.Tenant;
import io.sxalable.core.api.tenant.TenantService;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Completes tenant slugs visible to the logged-in user. */
@Service
public class TenantCompleter implements Completer {

    @Reference
    TenantService tenants;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter delegate = new StringsCompleter();
        if (session.get(SxalableCommand.CALLER_KEY) instanceof Caller caller) {
            try {
                tenants.list(caller).stream().map(Tenant::slug).forEach(delegate.getStrings()::add);
            } catch (SxalableException e) {
                // not allowed to list tenants: nothing to complete
            }
        }
        return delegate.complete(session, commandLine, candidates);
    }
}
