package io.sxalable.embeddedpostgres.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.sxalable.core.api.ErrorCode;
import io.sxalable.core.api.SxalableException;
import io.sxalable.persistence.internal.DatabaseConfig;
import io.sxalable.persistence.internal.EmbeddedDatabase;
import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production wiring outside OSGi: persistence's EmbeddedDatabase component on this bundle's server. Shows that
 * Flyway 9.22.3 migrates PostgreSQL 17 (it only warns that 17 is newer than it was tested with).
 */
class EmbeddedDatabaseOnPostgres17Test {

    @TempDir
    Path base;

    @Test
    void persistenceMigratesAndServesTenantsOnTheEmbeddedServer() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(base, 0, Duration.ofSeconds(60))) {
            long t0 = System.nanoTime();
            EmbeddedDatabase db = new EmbeddedDatabase(defaults(), server);
            System.out.printf("[measure] global schema migration on embedded PostgreSQL 17: %d ms%n",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
            try {
                assertThat(db.describe()).matches("embedded PostgreSQL 17\\.\\d+ on 127\\.0\\.0\\.1:\\d+/sxalable");
                assertThat(db.ping()).isTrue();

                long t1 = System.nanoTime();
                int tenants = 5;
                for (int i = 0; i < tenants; i++) {
                    db.createTenantSchema("acme-" + i);
                }
                System.out.printf("[measure] tenant schema create+migrate on embedded PostgreSQL 17: %d ms per tenant%n",
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t1) / tenants);

                db.inTenant("acme-0", c -> {
                    try (Statement s = c.createStatement()) {
                        return s.executeUpdate("INSERT INTO routers (id, name, region, cloud_provider, status, asn,"
                                + " management_ip, driver_id) VALUES (gen_random_uuid(), 'r1', 'eu', 'none',"
                                + " 'ACTIVE', 65001, '192.0.2.1', 'frr')");
                    }
                });
                assertThat(db.<Integer>inTenant("acme-1", c -> {
                    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM routers")) {
                        rs.next();
                        return rs.getInt(1);
                    }
                })).isZero();
                SxalableException notFound = Assertions.catchThrowableOfType(SxalableException.class,
                        () -> db.inTenant("nobody", c -> 1));
                assertThat(notFound.code()).isEqualTo(ErrorCode.TENANT_NOT_FOUND);
            } finally {
                db.close();
            }
        }
    }

    /** The component property type with its defaults, as Declarative Services would pass it without configuration. */
    @SuppressWarnings("all")
    private static DatabaseConfig defaults() {
        return new DatabaseConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return DatabaseConfig.class;
            }

            @Override
            public String url() {
                return "";
            }

            @Override
            public String username() {
                return "sxalable";
            }

            @Override
            public String _password() {
                return "";
            }

            @Override
            public int poolSize() {
                return 10;
            }

            @Override
            public long connectionTimeoutMs() {
                return 5000;
            }
        };
    }
}
