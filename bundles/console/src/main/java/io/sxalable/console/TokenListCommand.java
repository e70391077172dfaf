package io.sxalable.console;

import io.sxalable.core.api.identity.ApiToken;
import io.sxalable.core.api.identity.ApiTokenService;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "sxalable", name = "token-list", description = "List API tokens (yours; all of the tenant's for admins)")
@Service
public class TokenListCommand extends SxalableCommand {

    @Reference
    ApiTokenService tokens;

    @Override
    protected Object run() {
        ShellTable t = new ShellTable();
        for (String column : new String[] {"Name", "Owner", "Prefix", "Roles", "Expires", "Last used", "Revoked", "Id"}) {
            t.column(column);
        }
        for (ApiToken k : tokens.list(caller())) {
            t.addRow().addContent(k.name(), k.owner(), k.prefix(), Tables.list(k.roles()), Tables.time(k.expiresAt()),
                    Tables.time(k.lastUsedAt()), k.revoked() ? "yes" : "", k.id());
        }
        t.print(out());
        return null;
    }
}
