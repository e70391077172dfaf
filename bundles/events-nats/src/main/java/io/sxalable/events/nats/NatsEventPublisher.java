package io.sxalable.events.nats;

import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.Nats;
import io.nats.client.Options;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import io.nats.client.impl.Headers;
import io.sxalable.core.api.events.DomainEvent;
import io.sxalable.core.api.events.EventPublisher;
import io.sxalable.core.api.health.HealthIndicator;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes domain events to JetStream. Only active with {@code etc/io.sxalable.events.nats.cfg}: without a bus
 * there is no {@link EventPublisher} service and the core publishes nothing.
 *
 * <p>Publishing is asynchronous and never blocks or fails the request that caused the event; the JetStream
 * message id is the event id, so a retried publish is deduplicated by the server.
 */
@Component(service = {EventPublisher.class, HealthIndicator.class}, configurationPid = "io.sxalable.events.nats",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = NatsConfig.class)
public class NatsEventPublisher implements EventPublisher, HealthIndicator {

    private static final Logger LOG = LoggerFactory.getLogger(NatsEventPublisher.class);

    private final Connection connection;
    private final JetStream jetStream;
    private final String subjectPrefix;
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    @Activate
    public NatsEventPublisher(NatsConfig config) throws IOException, InterruptedException, JetStreamApiException {
        this(config.servers(), config.stream(), config.subjectPrefix(),
                Duration.ofSeconds(config.connectTimeoutSeconds()), Duration.ofDays(config.retentionDays()));
    }

    NatsEventPublisher(String servers, String stream, String subjectPrefix, Duration connectTimeout,
                       Duration retention) throws IOException, InterruptedException, JetStreamApiException {
        this.subjectPrefix = subjectPrefix;
        Options options = new Options.Builder()
                .servers(servers.split("\\s*,\\s*"))
                .connectionName("sxalable-core")
                .connectionTimeout(connectTimeout)
                .maxReconnects(-1)
                .build();
        this.connection = Nats.connect(options);
        ensureStream(connection.jetStreamManagement(), stream, subjectPrefix + ".>", retention);
        this.jetStream = connection.jetStream();
        LOG.info("publishing events to NATS {} stream {} under {}.>", connection.getConnectedUrl(), stream, subjectPrefix);
    }

    private static void ensureStream(JetStreamManagement jsm, String stream, String subjects, Duration retention)
            throws IOException, JetStreamApiException {
        if (jsm.getStreamNames().contains(stream)) {
            return;
        }
        jsm.addStream(StreamConfiguration.builder().name(stream).subjects(subjects)
                .storageType(StorageType.File).maxAge(retention).duplicateWindow(Duration.ofMinutes(2)).build());
    }

    @Override
    public void publish(DomainEvent event) {
        Headers headers = new Headers().put("Nats-Msg-Id", event.id().toString());
        String subject = EventJson.subject(subjectPrefix, event);
        jetStream.publishAsync(subject, headers, EventJson.encode(event)).whenComplete((ack, error) -> {
            if (error == null) {
                published.incrementAndGet();
            } else {
                failed.incrementAndGet();
                LOG.warn("event {} {} not stored in JetStream: {}", event.type(), event.id(), error.getMessage());
            }
        });
    }

    @Override
    public String name() {
        return "nats";
    }

    @Override
    public Health check() {
        Connection.Status status = connection.getStatus();
        String detail = status + " " + connection.getConnectedUrl() + ", events published " + published.get()
                + ", failed " + failed.get();
        return (status == Connection.Status.CONNECTED ? Health.up(detail) : Health.down(detail)).optional();
    }

    @Deactivate
    void close() throws InterruptedException {
        connection.close();
    }
}
