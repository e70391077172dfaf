package io.sxalable.console;

import io.sxalable.core.api.Page;
import io.sxalable.core.api.PageRequest;
import io.sxalable.core.api.SxalableException;
import io.sxalable.core.api.inventory.CloudProvider;
import io.sxalable.core.api.inventory.Router;
import io.sxalable.core.api.inventory.RouterQuery;
import io.sxalable.core.api.inventory.RouterService;
import io.sxalable.core.api.inventory.RouterStatus;
import java.util.Locale;
import java.util.Optional;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "sxalable", name = "router-list", description = "List routers of your tenant")
@Service
public class RouterListCommand extends SxalableCommand {

    @Reference
    RouterService routers;

    @Option(name = "--name", description = "Name contains (case-insensitive)")
    String name;
    @Option(name = "--region", description = "Exact region")
    String region;
    @Option(name = "--provider", description = "aws, gcp, azure or on_prem")
    String provider;
    @Option(name = "--status", description = "unknown, online, offline, alert or maintenance")
    String status;
    @Option(name = "--driver", description = "Driver id")
    @Completion(DriverCompleter.class)
    String driver;
    @Option(name = "--site", description = "Exact site")
    String site;
    @Option(name = "--tag", description = "Carrying this tag")
    String tag;
    @Option(name = "--sort", description = "name, region, status, asn, createdAt, updatedAt; prefix - for descending")
    String sort;
    @Option(name = "--offset", description = "Routers to skip")
    int offset = 0;
    @Option(name = "--limit", description = "Routers to show, at most 500")
    int limit = 100;

    @Override
    protected Object run() {
        RouterQuery query = new RouterQuery(Optional.ofNullable(name), Optional.ofNullable(region),
                Optional.ofNullable(provider).map(p -> parse(CloudProvider.class, "provider", p)),
                Optional.ofNullable(status).map(s -> parse(RouterStatus.class, "status", s)),
                Optional.ofNullable(driver), Optional.ofNullable(site), Optional.ofNullable(tag),
                new PageRequest(offset, limit, sort));
        Page<Router> page = routers.list(caller(), query);
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Name", "Status", "Driver", "Management IP", "ASN", "Region", "Provider", "Site", "Tags"}) {
            table.column(column);
        }
        for (Router r : page.items()) {
            table.addRow().addContent(r.name(), r.status(), r.driverId(), r.managementIp(), r.asn(), r.region(),
                    r.cloudProvider(), r.site(), String.join(",", r.tags()));
        }
        table.print(out());
        out().println(page.items().size() + " of " + page.total() + " routers");
        return null;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String text) {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw SxalableException.invalid(field, "unknown value '" + text + "'");
        }
    }
}
