package io.sxalable.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.service.component.ComponentContext;

/** The DS component classes, constructed the way Declarative Services does it. */
class ComponentsTest {

    @Test
    void selectorEnablesTheEmbeddedDatabaseWithoutUrlAndDisablesBothOnDeactivation() {
        List<String> calls = new ArrayList<>();
        DatabaseModeSelector selector = new DatabaseModeSelector(recording(calls), config(" ", ""));
        assertThat(calls).containsExactly("enable " + EmbeddedDatabase.class.getName());

        calls.clear();
        selector.deactivate();
        assertThat(calls).containsExactlyInAnyOrder("disable " + ExternalDatabase.class.getName(),
                "disable " + EmbeddedDatabase.class.getName());
    }

    @Test
    void selectorEnablesTheExternalDatabaseWhenAUrlIsConfigured() {
        List<String> calls = new ArrayList<>();
        new DatabaseModeSelector(recording(calls), config("jdbc:postgresql://db:5432/sxalable", ""));
        assertThat(calls).containsExactly("enable " + ExternalDatabase.class.getName());
    }

    @Test
    void externalDatabaseConnectsToTheConfiguredUrl() throws SQLException {
        try (ThrowawayDatabase server = new ThrowawayDatabase()) {
            ExternalDatabase db = new ExternalDatabase(config(" " + server.jdbcUrl + " ", ""), Map.of());
            try {
                assertThat(db.describe()).startsWith("external PostgreSQL ").endsWith("/" + server.name);
                assertThat(db.ping()).isTrue();
            } finally {
                db.deactivate();
            }
            assertThat(db.ping()).isFalse();
        }
    }

    @Test
    void externalDatabaseRejectsANonPostgresUrlWithoutEchoingParameters() {
        assertThatThrownBy(() -> new ExternalDatabase(config("jdbc:mysql://db/x?password=secret", ""), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:mysql://db/x")
                .hasMessageNotContaining("secret");
    }

    @Test
    void redactDropsUrlParameters() {
        assertThat(Pools.redact("jdbc:postgresql://h:5432/db?user=a&password=b")).isEqualTo("jdbc:postgresql://h:5432/db");
        assertThat(Pools.redact("jdbc:postgresql://h/db")).isEqualTo("jdbc:postgresql://h/db");
    }

    private static ComponentContext recording(List<String> calls) {
        return (ComponentContext) Proxy.newProxyInstance(ComponentsTest.class.getClassLoader(),
                new Class<?>[] {ComponentContext.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "enableComponent" -> calls.add("enable " + args[0]);
                        case "disableComponent" -> calls.add("disable " + args[0]);
                        default -> throw new UnsupportedOperationException(method.getName());
                    }
                    return null;
                });
    }

    /** A component property type instance, as Declarative Services builds it from the configuration. */
    @SuppressWarnings("all")
    static DatabaseConfig config(String url, String password) {
        return new DatabaseConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return DatabaseConfig.class;
            }

            @Override
            public String url() {
                return url;
            }

            @Override
            public String username() {
                return ThrowawayDatabase.USER;
            }

            @Override
            public String _password() {
                return password;
            }

            @Override
            public int poolSize() {
                return 2;
            }

            @Override
            public long connectionTimeoutMs() {
                return 5000;
            }
        };
    }
}
