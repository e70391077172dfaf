package io.sxalable.console;

import io.sxalable.core.api.credentials.CredentialService;
import io.sxalable.core.api.inventory.CloudProvider;
import io.sxalable.core.api.inventory.Router;
import io.sxalable.core.api.inventory.RouterSpec;
import io.sxalable.core.api.inventory.RouterStatus;
import java.util.List;
import java.util.UUID;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "sxalable", name = "router-update", description = "Change fields of a router; options not given stay as they are")
@Service
public class RouterUpdateCommand extends RouterCommand {

    @Reference
    CredentialService credentials;

    @Option(name = "--name", description = "New name")
    String name;
    @Option(name = "--ip", description = "Management IPv4/IPv6 address")
    String ip;
    @Option(name = "--port", description = "Management TCP port")
    Integer port;
    @Option(name = "--asn", description = "BGP AS number")
    Long asn;
    @Option(name = "--driver", description = "Driver id")
    @Completion(DriverCompleter.class)
    String driver;
    @Option(name = "--region", description = "Region label")
    String region;
    @Option(name = "--provider", description = "aws, gcp, azure or on_prem")
    String provider;
    @Option(name = "--status", description = "unknown, online, offline, alert or maintenance")
    String status;
    @Option(name = "--site", description = "Site label")
    String site;
    @Option(name = "--tag", multiValued = true, description = "Tag; repeatable; replaces all tags")
    List<String> tags;
    @Option(name = "--credential", description = "Device credential name or id")
    String credential;

    @Override
    protected Object run() {
        var caller = caller();
        UUID credentialId = credential == null ? null : credentialId(credentials, caller, credential);
        Router current = routers.find(caller, router);
        Router updated = routers.update(caller, current.id(), new RouterSpec(name, region,
                provider == null ? null : RouterListCommand.parse(CloudProvider.class, "provider", provider),
                status == null ? null : RouterListCommand.parse(RouterStatus.class, "status", status),
                asn, ip, port, driver, site, tags, credentialId));
        out().println("Updated router " + updated.name());
        return null;
    }
}
