package io.sxalable.console;

import io.sxalable.sdk.driver.InterfaceInfo;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "sxalable", name = "router-interfaces", description = "Read a router's interfaces live through its driver")
@Service
public class RouterInterfacesCommand extends RouterCommand {

    @Override
    protected Object run() {
        var caller = caller();
        ShellTable t = new ShellTable();
        for (String column : new String[] {"Interface", "Admin", "Oper", "Speed (Mb/s)", "MTU", "MAC", "Addresses", "Description"}) {
            t.column(column);
        }
        for (InterfaceInfo i : routers.interfaces(caller, routers.find(caller, router).id())) {
            t.addRow().addContent(i.name(), i.adminUp() ? "up" : "down", i.operUp() ? "up" : "down",
                    i.speedMbps().isPresent() ? String.valueOf(i.speedMbps().getAsLong()) : "-", i.mtu(),
                    i.macAddress(), String.join(" ", i.addresses()), i.description());
        }
        t.print(out());
        return null;
    }
}
