package io.sxalable.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CidrTest {

    @ParameterizedTest
    @ValueSource(strings = {"192.0.2.1/24", "0.0.0.0/0", "10.255.0.1/32", "255.255.255.255/32", "2001:db8::1/64",
            "fe80::240c:88ff:fea6:a7bc/64", "::/0", "::1/128", "2001:DB8::A/48", "::ffff:192.0.2.1/128"})
    void valid(String cidr) {
        assertThat(Cidr.problem(cidr)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "192.0.2.1", "192.0.2.1/33", "192.0.2/24", "192.0.2.256/24", "192.0.2.01/24",
            "1.2.3.4.5/8", "192.0.2.1/-1", "192.0.2.1/", "192.0.2.1/24/8", "2001:db8::1/129", "2001:db8::g/64",
            "fe80::1%eth0/64", "[2001:db8::1]/64", "1:2:3:4:5:6:7:8:9/64", "localhost/8", "example.com/24",
            " 192.0.2.1/24"})
    void invalid(String cidr) {
        assertThat(Cidr.problem(cidr)).isPresent();
    }
}
