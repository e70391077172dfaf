package io.sxalable.driver.junos;

import io.sxalable.sdk.driver.ConfigRejectedException;
import java.time.Duration;

/**
 * {@code commit confirmed} on Junos takes whole minutes (1..65535). A requested {@link Duration} is rounded UP to
 * the next minute, so the router never reverts earlier than asked: 30 s → 1, 60 s → 1, 61 s → 2, 10 min → 10.
 */
final class ConfirmTimeout {

    static final long MAX_MINUTES = 65_535;

    private ConfirmTimeout() {
    }

    static long minutes(Duration timeout) throws ConfigRejectedException {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new ConfigRejectedException("commit confirm timeout must be positive, got " + timeout);
        }
        long minute = Duration.ofMinutes(1).toNanos();
        long nanos;
        try {
            nanos = timeout.toNanos();
        } catch (ArithmeticException e) {
            nanos = Long.MAX_VALUE;
        }
        long minutes = nanos / minute + (nanos % minute == 0 ? 0 : 1);
        if (minutes > MAX_MINUTES) {
            throw new ConfigRejectedException("commit confirm timeout " + timeout + " exceeds Junos's maximum of "
                    + MAX_MINUTES + " minutes");
        }
        return minutes;
    }
}
