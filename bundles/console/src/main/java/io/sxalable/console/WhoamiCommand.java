package io.sxalable.console;

import io.sxalable.core.api.Caller;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "sxalable", name = "whoami", description = "Show the Sxalable user of this shell session")
@Service
public class WhoamiCommand extends SxalableCommand {
    @Override
    protected Object run() {
        Caller c = caller();
        out().println(c.username() + " tenant=" + c.tenantSlug() + " roles=" + c.roles()
                + " platformAdmin=" + c.platformAdmin());
        return null;
    }
}
