package io.sxalable.console;

import io.sxalable.core.api.Page;
import io.sxalable.core.api.audit.AuditEntry;
import io.sxalable.core.api.audit.AuditLog;
import io.sxalable.core.api.audit.AuditQuery;
import java.util.Optional;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "sxalable", name = "audit", description = "Show the audit log of your tenant, newest first")
@Service
public class AuditCommand extends SxalableCommand {

    @Reference
    AuditLog audit;

    @Option(name = "--action", description = "Exact action, e.g. router.create")
    String action;
    @Option(name = "--actor", description = "Exact username")
    String actor;
    @Option(name = "--platform", description = "Platform-level entries (tenants) instead; platform administrators")
    boolean platform;
    @Option(name = "--limit", description = "Entries to show, at most 500")
    int limit = 50;

    @Override
    protected Object run() {
        var caller = caller();
        AuditQuery query = new AuditQuery(Optional.ofNullable(action), Optional.empty(), Optional.empty(),
                Optional.ofNullable(actor), Optional.empty(), 0, limit);
        Page<AuditEntry> page = platform ? audit.queryPlatform(caller, query) : audit.query(caller, query);
        ShellTable t = new ShellTable();
        for (String column : new String[] {"At", "Actor", "Action", "Resource", "Request"}) {
            t.column(column);
        }
        for (AuditEntry e : page.items()) {
            t.addRow().addContent(Tables.time(e.at()), e.actor(), e.action(), e.resourceType() + "/" + e.resourceId(),
                    e.requestId());
        }
        t.print(out());
        out().println(page.items().size() + " of " + page.total() + " entries");
        return null;
    }
}
