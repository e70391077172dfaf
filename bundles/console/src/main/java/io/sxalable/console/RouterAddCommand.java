package io.sxalable.console;

import io.sxalable.core.api.inventory.CloudProvider;
import io.sxalable.core.api.inventory.Router;
import io.sxalable.core.api.inventory.RouterService;
import io.sxalable.core.api.inventory.RouterSpec;
import io.sxalable.core.api.credentials.CredentialService;
import java.util.List;
import java.util.UUID;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "sxalable", name = "router-add", description = "Add a router to your tenant's inventory")
@Service
public class RouterAddCommand extends SxalableCommand {

    @Reference
    RouterService routers;
    @Reference
    CredentialService credentials;

    @Argument(index = 0, name = "name", required = true, description = "Router name, unique in the tenant")
    String name;
    @Option(name = "--ip", required = true, description = "Management IPv4/IPv6 address")
    String ip;
    @Option(name = "--port", description = "Management TCP port (default: the driver's)")
    Integer port;
    @Option(name = "--asn", required = true, description = "BGP AS number")
    Long asn;
    @Option(name = "--driver", required = true, description = "Driver id, e.g. frr")
    @Completion(DriverCompleter.class)
    String driver;
    @Option(name = "--region", required = true, description = "Region label")
    String region;
    @Option(name = "--provider", description = "aws, gcp, azure or on_prem (default)")
    String provider;
    @Option(name = "--site", description = "Site label")
    String site;
    @Option(name = "--tag", multiValued = true, description = "Tag; repeatable")
    List<String> tags;
    @Option(name = "--credential", description = "Device credential name or id")
    String credential;

    @Override
    protected Object run() {
        var caller = caller();
        UUID credentialId = credential == null ? null : credentialId(credentials, caller, credential);
        Router r = routers.create(caller, new RouterSpec(name, region,
                provider == null ? null : RouterListCommand.parse(CloudProvider.class, "provider", provider), null,
                asn, ip, port, driver, site, tags, credentialId));
        out().println("Added router " + r.name() + " (" + r.id() + ")");
        return null;
    }
}
