package io.sxalable.console;

import io.sxalable.core.api.Caller;
import io.sxalable.core.api.SxalableException;
import io.sxalable.core.api.inventory.DriverCatalog;
import io.sxalable.sdk.driver.DriverDescriptor;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Completes ids of the drivers installed right now. */
@Service
public class DriverCompleter implements Completer {

    @Reference
    DriverCatalog drivers;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter delegate = new StringsCompleter();
        if (session.get(SxalableCommand.CALLER_KEY) instanceof Caller caller) {
            try {
                drivers.list(caller).stream().map(DriverDescriptor::id).forEach(delegate.getStrings()::add);
            } catch (SxalableException e) {
                // not allowed: nothing to complete
            }
        }
        return delegate.complete(session, commandLine, candidates);
    }
}
