package io.sxalable.driver.routeros.parse;

import static io.sxalable.driver.routeros.Golden.EDGE_1;
import static io.sxalable.driver.routeros.Golden.items;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sxalable.sdk.driver.InterfaceCounters;
import io.sxalable.sdk.driver.UnexpectedOutputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CountersParserTest {

    @Test
    void countersOfEveryInterface() throws Exception {
        List<InterfaceCounters> counters = CountersParser.parse(items(EDGE_1, "interface-print.api"));

        assertThat(counters).hasSize(7);
        assertThat(counters.get(0)).isEqualTo(new InterfaceCounters("ether1", 918273645512L, 120938475610L, 702394812L,
                311827364L, 2, 0, 12, 37));
        assertThat(counters.get(4).name()).isEqualTo("lo");
        assertThat(counters.get(6)).isEqualTo(new InterfaceCounters("pppoe-out1", 881928371L, 119018223L, 690112931L,
                309118271L, 0, 0, 0, 0));
    }

    @Test
    void aMissingCounterIsZeroAGarbledOneIsUnexpected() throws Exception {
        assertThat(CountersParser.parse(List.of(Map.of("name", "wg0", "rx-byte", "5"))).get(0).rxOctets()).isEqualTo(5);

        assertThatThrownBy(() -> CountersParser.parse(List.of(Map.of("name", "ether1", "rx-byte", "12k"))))
                .isInstanceOf(UnexpectedOutputException.class).hasMessageContaining("rx-byte='12k'")
                .hasMessageContaining("ether1");
    }
}
