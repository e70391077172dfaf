package io.sxalable.console;

import io.sxalable.core.api.inventory.DriverCatalog;
import io.sxalable.sdk.driver.DriverDescriptor;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "sxalable", name = "driver-list", description = "List installed device drivers and their capabilities")
@Service
public class DriverListCommand extends SxalableCommand {

    @Reference
    DriverCatalog drivers;

    @Override
    protected Object run() {
        ShellTable t = new ShellTable();
        for (String column : new String[] {"Id", "Vendor", "Version", "Port", "Capabilities", "Description"}) {
            t.column(column);
        }
        for (DriverDescriptor d : drivers.list(caller())) {
            t.addRow().addContent(d.id(), d.vendor(), d.version(), d.defaultPort(), Tables.list(d.capabilities()),
                    d.description());
        }
        t.print(out());
        return null;
    }
}
