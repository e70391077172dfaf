package io.sxalable.console;

import io.sxalable.core.api.tenant.NewTenant;
import io.sxalable.core.api.tenant.Tenant;
import io.sxalable.core.api.tenant.TenantService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "sxalable", name = "tenant-add", description = "Create a tenant and its database schema")
@Service
public class TenantAddCommand extends SxalableCommand {

    @Reference
    TenantService tenants;

    @Argument(index = 0, name = "slug", required = true, description = "Lower-case id, e.g. acme")
    String slug;

    @Argument(index = 1, name = "name", required = true, description = "Display name")
    String name;

    @Option(name = "--max-routers", description = "Router quota")
    Integer maxRouters;

    @Option(name = "--max-users", description = "User quota")
    Integer maxUsers;

    @Override
    protected Object run() {
        Tenant t = tenants.create(caller(), new NewTenant(slug, name, maxRouters, maxUsers));
        out().println("Created tenant " + t.slug() + " (" + t.id() + ")");
        return null;
    }
}
