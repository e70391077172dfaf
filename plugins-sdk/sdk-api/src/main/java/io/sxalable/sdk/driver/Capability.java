package io.sxalable.sdk.driver;

/**
 * The operations a driver can declare. Each constant names the capability interface a session returns for it.
 */
public enum Capability {
    /** {@link FactsReader}: vendor, model, OS version, serial, hostname, uptime. */
    FACTS(FactsReader.class),
    /** {@link InterfacesReader}: interfaces with state, speed, MTU, MAC and addresses. */
    INTERFACES(InterfacesReader.class),
    /** {@link InterfaceCountersReader}: octet, packet, error and discard counters per interface. */
    INTERFACE_COUNTERS(InterfaceCountersReader.class),
    /** {@link BgpNeighborsReader}: BGP sessions and prefix counts. */
    BGP_NEIGHBORS(BgpNeighborsReader.class),
    /** {@link RunningConfigReader}: the device's running configuration as text. */
    RUNNING_CONFIG(RunningConfigReader.class),
    /** {@link CommandRunner}: a free-form read-only CLI command. */
    CLI(CommandRunner.class),
    /** {@link ConfigSession}: load-merge / load-replace, compare, commit, discard, rollback. */
    CONFIG_SESSION(ConfigSession.class);

    private final Class<?> type;

    Capability(Class<?> type) {
        this.type = type;
    }

    /** The capability interface a session implements when it offers this capability. */
    public Class<?> type() {
        return type;
    }

    /** The capability whose interface is {@code type}. */
    public static Capability of(Class<?> type) {
        for (Capability c : values()) {
            if (c.type == type) {
                return c;
            }
        }
        throw new IllegalArgumentException("not a capability interface: " + type.getName());
    }
}
