package io.sxalable.testing.sim.ciscoios.config;

/** Configuration modes and the prompt suffix IOS shows in each, e.g. {@code r1(config-if)#}. */
public enum Mode {
    GLOBAL("config"),
    INTERFACE("config-if"),
    ROUTER_BGP("config-router"),
    BGP_AF("config-router-af"),
    BGP_VRF_AF("config-router-af"),
    VRF("config-vrf"),
    VRF_AF("config-vrf-af"),
    ARCHIVE("config-archive"),
    LINE("config-line"),
    REDUNDANCY("config-red"),
    CONTROL_PLANE("config-cp");

    private final String prompt;

    Mode(String prompt) {
        this.prompt = prompt;
    }

    /** The text in parentheses of the prompt. */
    public String prompt() {
        return prompt;
    }

    /** Blocks closed by an explicit {@code exit-address-family} line in the running config. */
    public boolean addressFamily() {
        return this == BGP_AF || this == BGP_VRF_AF || this == VRF_AF;
    }
}
