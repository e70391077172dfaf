package io.sxalable.driver.frr.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sxalable.sdk.driver.InterfaceCounters;
import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterfaceCountersParserTest {

    @Test
    void countersOfEveryKernelInterface() throws Exception {
        List<InterfaceCounters> counters = InterfaceCountersParser.parse(Golden.read("r1", "ip-s-link.json"));

        assertThat(counters).extracting(InterfaceCounters::name).containsExactly("lo", "lan0", "mgmt0", "eth1");
        InterfaceCounters eth1 = counters.get(3);
        // recorded after BGP traffic and 3 pings to r2
        assertThat(eth1.rxOctets()).isPositive();
        assertThat(eth1.txOctets()).isPositive();
        assertThat(eth1.rxPackets()).isGreaterThanOrEqualTo(3);
        assertThat(eth1.txPackets()).isGreaterThanOrEqualTo(3);
        assertThat(eth1.rxErrors()).isZero();
        assertThat(eth1.txDiscards()).isZero();
    }

    @Test
    void mapsEachField() throws Exception {
        String json = """
                [{"ifname":"eth0","stats64":{"rx":{"bytes":1,"packets":2,"errors":3,"dropped":4},
                  "tx":{"bytes":5,"packets":6,"errors":7,"dropped":8}}}]""";
        assertThat(InterfaceCountersParser.parse(json))
                .containsExactly(new InterfaceCounters("eth0", 1, 5, 2, 6, 3, 7, 4, 8));
    }

    @Test
    void withoutStatisticsIsUnexpected() {
        // `ip -j link` without -s: the caller forgot the statistics flag or iproute2 changed its shape
        assertThatThrownBy(() -> InterfaceCountersParser.parse("[{\"ifname\":\"eth0\",\"mtu\":1500}]"))
                .isInstanceOf(UnexpectedOutputException.class).hasMessageContaining("stats64")
                .hasMessageContaining("eth0");
        assertThatThrownBy(() -> InterfaceCountersParser.parse("{}"))
                .isInstanceOf(UnexpectedOutputException.class).hasMessageContaining("expected an array");
    }
}
