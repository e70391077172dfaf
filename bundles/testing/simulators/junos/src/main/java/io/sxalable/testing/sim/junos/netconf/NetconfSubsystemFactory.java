package io.sxalable.testing.sim.junos.netconf;

import io.sxalable.testing.sim.junos.Router;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.subsystem.SubsystemFactory;

/**
 * The {@code netconf} subsystem of a farm's SSH server. Finds the router by the session's local port and refuses
 * the subsystem (SSH channel request failure) when that router's committed configuration lacks
 * {@code system services netconf ssh}, as Junos does.
 */
public final class NetconfSubsystemFactory implements SubsystemFactory {

    private final Function<ChannelSession, Optional<Router>> routers;
    private final ScheduledExecutorService scheduler;

    public NetconfSubsystemFactory(Function<ChannelSession, Optional<Router>> routers,
                                   ScheduledExecutorService scheduler) {
        this.routers = routers;
        this.scheduler = scheduler;
    }

    @Override
    public String getName() {
        return "netconf";
    }

    @Override
    public Command createSubsystem(ChannelSession channel) {
        Optional<Router> router = routers.apply(channel);
        if (router.isEmpty() || !router.get().netconfEnabled()) {
            return null;   // MINA answers the subsystem request with a failure
        }
        return new NetconfServerSession(router.get(), scheduler);
    }
}
