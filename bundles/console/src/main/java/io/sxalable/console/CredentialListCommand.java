package io.sxalable.console;

import io.sxalable.core.api.credentials.CredentialService;
import io.sxalable.core.api.credentials.DeviceCredential;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "sxalable", name = "credential-list", description = "List stored device logins (never their secrets)")
@Service
public class CredentialListCommand extends SxalableCommand {

    @Reference
    CredentialService credentials;

    @Override
    protected Object run() {
        ShellTable t = new ShellTable();
        for (String column : new String[] {"Name", "Username", "Password", "Private key", "Id"}) {
            t.column(column);
        }
        for (DeviceCredential c : credentials.list(caller())) {
            t.addRow().addContent(c.name(), c.username(), c.hasPassword() ? "stored" : "-",
                    c.hasPrivateKey() ? "stored" : "-", c.id());
        }
        t.print(out());
        return null;
    }
}
