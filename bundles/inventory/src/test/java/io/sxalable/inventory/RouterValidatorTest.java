package io.sxalable.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sxalable.core.api.ErrorCode;
import io.sxalable.core.api.SxalableException;
import io.sxalable.core.api.inventory.CloudProvider;
import io.sxalable.core.api.inventory.RouterSpec;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RouterValidatorTest {

    private static RouterSpec spec(String name, Long asn, String ip) {
        return new RouterSpec(name, "eu-west-1", CloudProvider.AWS, null, asn, ip, null, "frr", null, List.of("core"), null);
    }

    @Test
    void acceptsAWellFormedRouter() {
        RouterValidator.validateNew(spec("edge-1.fra", 65001L, "192.0.2.10"));
        RouterValidator.validateNew(spec("edge-2", 4_294_967_295L, "2001:db8::1"));
    }

    @Test
    void reportsEveryMissingFieldAtOnce() {
        RouterSpec empty = new RouterSpec(null, null, null, null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> RouterValidator.validateNew(empty))
                .isInstanceOfSatisfying(SxalableException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.fieldErrors()).extracting(SxalableException.FieldError::field)
                            .containsExactlyInAnyOrder("name", "region", "managementIp", "driverId", "asn");
                });
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, 4_294_967_296L})
    void rejectsAsnOutOfRange(long asn) {
        assertThatThrownBy(() -> RouterValidator.validateNew(spec("r1", asn, "192.0.2.1")))
                .isInstanceOfSatisfying(SxalableException.class,
                        e -> assertThat(e.fieldErrors()).extracting(SxalableException.FieldError::field).containsExactly("asn"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.1.1.1", "10.0.0", "router.example.com", "localhost", "1:2", "::g", "10.0.0.1/24", " 10.0.0.1"})
    void rejectsAnythingButIpLiterals(String ip) {
        assertThat(RouterValidator.isIpLiteral(ip)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "10.255.0.1", "::1", "fe80::1", "2001:db8:0:0:0:0:2:1", "::ffff:192.0.2.1"})
    void acceptsIpLiterals(String ip) {
        assertThat(RouterValidator.isIpLiteral(ip)).isTrue();
    }

    @Test
    void changesAreCheckedOnlyWhereSet() {
        RouterValidator.validateChanges(new RouterSpec(null, null, null, null, 65010L, null, null, null, null, null, null));
        assertThatThrownBy(() -> RouterValidator.validateChanges(
                new RouterSpec("bad name!", null, null, null, null, null, 70000, null, null, List.of("ok", "not ok"), null)))
                .isInstanceOfSatisfying(SxalableException.class, e -> assertThat(e.fieldErrors())
                        .extracting(SxalableException.FieldError::field)
                        .containsExactlyInAnyOrder("name", "managementPort", "tags"));
    }
}
