package io.sxalable.console;

import io.sxalable.core.api.inventory.Router;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "sxalable", name = "router-show", description = "Show one router")
@Service
public class RouterShowCommand extends RouterCommand {

    @Override
    protected Object run() {
        Router r = routers.find(caller(), router);
        ShellTable t = new ShellTable().noHeaders();
        t.column("Field");
        t.column("Value");
        t.addRow().addContent("Id", r.id());
        t.addRow().addContent("Name", r.name());
        t.addRow().addContent("Status", r.status());
        t.addRow().addContent("Driver", r.driverId());
        t.addRow().addContent("Management", r.managementIp() + r.managementPort().map(p -> ":" + p).orElse(""));
        t.addRow().addContent("ASN", r.asn());
        t.addRow().addContent("Region", r.region());
        t.addRow().addContent("Provider", r.cloudProvider());
        t.addRow().addContent("Site", r.site());
        t.addRow().addContent("Tags", String.join(",", r.tags()));
        t.addRow().addContent("Credential", r.credentialId().map(Object::toString).orElse("-"));
        t.addRow().addContent("Created", Tables.time(r.createdAt()));
        t.addRow().addContent("Updated", Tables.time(r.updatedAt()));
        t.print(out());
        return null;
    }
}
