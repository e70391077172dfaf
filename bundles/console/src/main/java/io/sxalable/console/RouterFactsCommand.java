package io.sxalable.console;

import io.sxalable.sdk.driver.DeviceFacts;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "sxalable", name = "router-facts", description = "Read a router's facts live through its driver")
@Service
public class RouterFactsCommand extends RouterCommand {

    @Override
    protected Object run() {
        var caller = caller();
        DeviceFacts f = routers.facts(caller, routers.find(caller, router).id());
        ShellTable t = new ShellTable().noHeaders();
        t.column("Field");
        t.column("Value");
        t.addRow().addContent("Hostname", f.hostname());
        t.addRow().addContent("Vendor", f.vendor());
        t.addRow().addContent("Model", f.model());
        t.addRow().addContent("OS version", f.osVersion());
        t.addRow().addContent("Serial", f.serialNumber());
        t.addRow().addContent("Uptime", Tables.duration(f.uptime()));
        t.addRow().addContent("Interfaces", String.join(", ", f.interfaces()));
        t.print(out());
        return null;
    }
}
