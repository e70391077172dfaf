package io.sxalable.events.nats;

import static org.assertj.core.api.Assertions.assertThat;

import io.nats.client.Connection;
import io.nats.client.JetStreamSubscription;
import io.nats.client.Message;
import io.nats.client.Nats;
import io.nats.client.PullSubscribeOptions;
import io.sxalable.core.api.events.DomainEvent;
import io.sxalable.core.api.health.HealthIndicator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Against the real NATS server with JetStream on 127.0.0.1:4222 (started by .ci/run). */
class NatsEventPublisherTest {

    private static final String SERVER = System.getProperty("nats.url", "nats://127.0.0.1:4222");
    private final String stream = "SXL_TEST_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final String prefix = "sxltest." + stream.toLowerCase();

    @AfterEach
    void dropStream() throws Exception {
        try (Connection c = Nats.connect(SERVER)) {
            c.jetStreamManagement().deleteStream(stream);
        }
    }

    @Test
    void eventsLandInTheStreamOnceWithTheirIdAsMessageId() throws Exception {
        NatsEventPublisher publisher = new NatsEventPublisher(SERVER, stream, prefix, Duration.ofSeconds(5), Duration.ofHours(1));
        try (Connection reader = Nats.connect(SERVER)) {
            DomainEvent event = new DomainEvent(UUID.randomUUID(), "router.created", "acme", Instant.now(), "alice",
                    "req-1", Map.of("name", "edge-1", "asn", 65001));
            publisher.publish(event);
            publisher.publish(event); // same id: JetStream must deduplicate it

            JetStreamSubscription sub = reader.jetStream().subscribe(prefix + ".>",
                    PullSubscribeOptions.builder().stream(stream).build());
            List<Message> messages = sub.fetch(10, Duration.ofSeconds(3));
            assertThat(messages).hasSize(1);
            Message m = messages.get(0);
            assertThat(m.getSubject()).isEqualTo(prefix + ".acme.router.created");
            String body = new String(m.getData(), StandardCharsets.UTF_8);
            assertThat(body).contains("\"type\":\"router.created\"", "\"tenant\":\"acme\"", "\"name\":\"edge-1\"",
                    "\"id\":\"" + event.id() + "\"");
            assertThat(publisher.check().status()).isEqualTo(HealthIndicator.Status.UP);
        } finally {
            publisher.close();
        }
    }
}
