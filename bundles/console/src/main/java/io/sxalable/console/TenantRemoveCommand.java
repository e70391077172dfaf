package io.sxalable.console;

import io.sxalable.core.api.tenant.TenantService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "sxalable", name = "tenant-remove", description = "Delete a tenant with all its data")
@Service
public class TenantRemoveCommand extends SxalableCommand {

    @Reference
    TenantService tenants;

    @Argument(index = 0, name = "slug", required = true, description = "Tenant slug")
    @Completion(TenantCompleter.class)
    String slug;

    @Override
    protected Object run() {
        tenants.delete(caller(), slug);
        out().println("Deleted tenant " + slug);
        return null;
    }
}
