package io.sxalable.testing.sim.junos;

/**
 * Entry point: a simulated Juniper router that speaks NETCONF over SSH like Junos 23.4 on a vMX.
 *
 * <pre>{@code
 * try (JunosDevice r1 = JunosSimulator.start(Options.defaults().withHostname("r1"))) {
 *     ... NETCONF to r1.host():r1.port() as r1.username() / r1.password() ...
 * }
 * }</pre>
 *
 * For many routers share one {@link JunosFarm} ({@link JunosFarm#start()} then {@link JunosFarm#add}).
 */
public final class JunosSimulator {

    private JunosSimulator() {
    }

    /** One router with its own farm (SSH server); closing the handle stops both. */
    public static JunosDevice start(Options options) {
        JunosFarm farm = JunosFarm.start();
        try {
            JunosDevice device = farm.add(options);
            return new JunosDevice(farm, routerOf(device), true);
        } catch (RuntimeException e) {
            farm.close();
            throw e;
        }
    }

    private static Router routerOf(JunosDevice device) {
        return device.router();
    }
}
