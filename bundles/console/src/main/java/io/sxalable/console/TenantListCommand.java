package io.sxalable.console;

import io.sxalable.core.api.tenant.Tenant;
import io.sxalable.core.api.tenant.TenantService;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "sxalable", name = "tenant-list", description = "List tenants (platform administrators)")
@Service
public class TenantListCommand extends SxalableCommand {

    @Reference
    TenantService tenants;

    @Override
    protected Object run() {
        ShellTable table = new ShellTable();
        table.column("Slug");
        table.column("Name");
        table.column("Max routers");
        table.column("Max users");
        table.column("Created");
        for (Tenant t : tenants.list(caller())) {
            table.addRow().addContent(t.slug(), t.name(), t.maxRouters(), t.maxUsers(), Tables.time(t.createdAt()));
        }
        table.print(out());
        return null;
    }
}
