package io.sxalable.sdk.channel;

import java.util.Optional;

/**
 * Outcome of one delivery attempt.
 *
 * @param delivered   the peer accepted the message
 * @param retryable   for a failure: whether trying again later may succeed (timeouts, 5xx, rate limits)
 * @param detail      peer's answer or error text, for the delivery log
 * @param peerMessageId id the peer assigned, when it returns one
 */
public record DeliveryResult(boolean delivered, boolean retryable, String detail, Optional<String> peerMessageId) {
    public static DeliveryResult ok(String detail) {
        return new DeliveryResult(true, false, detail, Optional.empty());
    }

    public static DeliveryResult failed(String detail, boolean retryable) {
        return new DeliveryResult(false, retryable, detail, Optional.empty());
    }
}
