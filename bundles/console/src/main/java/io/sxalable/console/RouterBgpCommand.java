package io.sxalable.console;

import io.sxalable.sdk.driver.BgpNeighbor;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "sxalable", name = "router-bgp", description = "Read a router's BGP neighbors live through its driver")
@Service
public class RouterBgpCommand extends RouterCommand {

    @Override
    protected Object run() {
        var caller = caller();
        ShellTable t = new ShellTable();
        for (String column : new String[] {"VRF", "Neighbor", "Remote AS", "State", "For", "Pfx rcvd", "Pfx sent", "Description"}) {
            t.column(column);
        }
        for (BgpNeighbor n : routers.bgpNeighbors(caller, routers.find(caller, router).id())) {
            t.addRow().addContent(n.vrf(), n.peerAddress(), n.remoteAs(), n.state(), Tables.duration(n.stateDuration()),
                    n.prefixesReceived(), n.prefixesSent(), n.description());
        }
        t.print(out());
        return null;
    }
}
