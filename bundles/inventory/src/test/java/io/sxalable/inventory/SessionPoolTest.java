package io.sxalable.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sxalable.sdk.driver.DeviceDriver;
import io.sxalable.sdk.driver.DeviceException;
import io.sxalable.sdk.driver.DeviceSession;
import io.sxalable.sdk.driver.DeviceTimeoutException;
import io.sxalable.sdk.driver.DeviceUnreachableException;
import io.sxalable.sdk.driver.DriverDescriptor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The pool's bookkeeping, with sessions that only count how they are used (pure logic, no device). */
class SessionPoolTest {

    private static final class CountingSession implements DeviceSession {
        int closed;

        @Override
        public <T> Optional<T> capability(Class<T> type) {
            return Optional.empty();
        }

        @Override
        public void close() {
            closed++;
        }
    }

    private final AtomicLong now = new AtomicLong();
    private final SessionPool pool = new SessionPool(Duration.ofSeconds(30), 2, now::get, false);
    private final List<CountingSession> opened = new ArrayList<>();
    private final DeviceDriver driver = new DeviceDriver() {
        @Override
        public DriverDescriptor descriptor() {
            return new DriverDescriptor("fake", "Fake", "counts sessions", "1", 22, Set.of());
        }

        @Override
        public DeviceSession open(io.sxalable.sdk.driver.DeviceTarget target) {
            CountingSession s = new CountingSession();
            opened.add(s);
            return s;
        }
    };
    private final SessionPool.Key r1 = new SessionPool.Key(driver, "192.0.2.1", 22, UUID.randomUUID());
    private final SessionPool.Key r2 = new SessionPool.Key(driver, "192.0.2.2", 22, UUID.randomUUID());

    private boolean use(SessionPool.Key key) throws DeviceException {
        return pool.withSession(key, () -> driver.open(null), (session, fresh) -> fresh);
    }

    @Test
    void aSessionIsReusedForTheSameTargetWhileFreshAndClosedOnceIdleTooLong() throws Exception {
        assertThat(use(r1)).isTrue();
        assertThat(use(r1)).isFalse();
        assertThat(use(r2)).isTrue();
        assertThat(opened).hasSize(2);

        now.addAndGet(Duration.ofSeconds(31).toNanos());
        pool.closeExpired();
        assertThat(pool.idleCount()).isZero();
        assertThat(opened).allSatisfy(s -> assertThat(s.closed).isEqualTo(1));
        assertThat(use(r1)).isTrue();
    }

    @Test
    void aFailureClosesTheSessionAndADeadReusedOneIsReplacedOnce() throws Exception {
        use(r1);
        int[] calls = {0};
        boolean fresh = pool.withSession(r1, () -> driver.open(null), (session, isFresh) -> {
            if (calls[0]++ == 0) {
                throw new DeviceUnreachableException("connection closed by peer");
            }
            return isFresh;
        });
        assertThat(fresh).isTrue();
        assertThat(opened.get(0).closed).isEqualTo(1);

        assertThatThrownBy(() -> pool.withSession(r1, () -> driver.open(null), (session, isFresh) -> {
            throw new DeviceTimeoutException("slow");
        })).isInstanceOf(DeviceTimeoutException.class);
        assertThat(pool.idleCount()).isZero();
        assertThat(opened).allSatisfy(s -> assertThat(s.closed).isEqualTo(1));
    }

    @Test
    void closingThePoolClosesEveryIdleSession() throws Exception {
        use(r1);
        use(r2);
        pool.close();
        assertThat(opened).allSatisfy(s -> assertThat(s.closed).isEqualTo(1));
    }

    @Test
    void zeroIdleTimeoutNeverReuses() throws Exception {
        SessionPool noReuse = new SessionPool(Duration.ZERO, 2, now::get, false);
        boolean first = noReuse.withSession(r1, () -> driver.open(null), (s, fresh) -> fresh);
        boolean second = noReuse.withSession(r1, () -> driver.open(null), (s, fresh) -> fresh);
        assertThat(first).isTrue();
        assertThat(second).isTrue();
        assertThat(opened).allSatisfy(s -> assertThat(s.closed).isEqualTo(1));
    }
}
