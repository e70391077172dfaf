package io.sxalable.console;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "sxalable", name = "logout", description = "Forget the Sxalable login of this shell session")
@Service
public class LogoutCommand extends SxalableCommand {
    @Override
    protected Object run() {
        session.put(CALLER_KEY, null);
        out().println("Logged out");
        return null;
    }
}
