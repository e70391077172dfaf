package io.sxalable.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sxalable.core.api.ErrorCode;
import io.sxalable.core.api.SxalableException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DevicePermitsTest {

    private final DevicePermits permits = new DevicePermits(2);
    private final UUID r1 = UUID.randomUUID();
    private final UUID r2 = UUID.randomUUID();

    @Test
    void aThirdConcurrentOperationOnTheSameRouterIsRefusedAfterItsWait() {
        try (var a = permits.acquire(r1, "r1", Duration.ZERO); var b = permits.acquire(r1, "r1", Duration.ZERO)) {
            assertThatThrownBy(() -> permits.acquire(r1, "r1", Duration.ofMillis(50)))
                    .isInstanceOfSatisfying(SxalableException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.DEVICE_BUSY);
                        assertThat(e.getMessage()).contains("r1", "2 operations");
                    });
            // other routers are not affected
            try (var c = permits.acquire(r2, "r2", Duration.ZERO)) {
                assertThat(permits.available(r2)).isEqualTo(1);
            }
        }
        assertThat(permits.available(r1)).isEqualTo(2);
    }

    @Test
    void closingAPermitTwiceReleasesItOnce() {
        var permit = permits.acquire(r1, "r1", Duration.ZERO);
        permit.close();
        permit.close();
        assertThat(permits.available(r1)).isEqualTo(2);
    }
}
