package io.sxalable.persistence.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.concurrent.TimeUnit;
import org.postgresql.ds.PGSimpleDataSource;

/** Builds the HikariCP pool. */
final class Pools {

    static final int MIN_POOL_SIZE = 2;

    private Pools() {
    }

    /**
     * A pool over pgjdbc's own DataSource: no {@code DriverManager} look-up, which does not work across OSGi class
     * loaders. Connections come with auto-commit off, since every use is a transaction. At least two connections:
     * a Flyway migration holds two at once.
     */
    static HikariDataSource create(String jdbcUrl, String username, String password, int poolSize,
            long connectionTimeoutMs) {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(jdbcUrl);
        if (!username.isEmpty()) {
            pg.setUser(username);
        }
        if (!password.isEmpty()) {
            pg.setPassword(password);
        }
        pg.setApplicationName("sxalable");
        int connectSeconds = (int) Math.max(1, TimeUnit.MILLISECONDS.toSeconds(connectionTimeoutMs));
        pg.setConnectTimeout(connectSeconds);
        pg.setLoginTimeout(connectSeconds);

        HikariConfig config = new HikariConfig();
        config.setPoolName("sxalable");
        config.setDataSource(pg);
        config.setMaximumPoolSize(Math.max(MIN_POOL_SIZE, poolSize));
        config.setMinimumIdle(MIN_POOL_SIZE);
        config.setConnectionTimeout(connectionTimeoutMs);
        config.setAutoCommit(false);
        return new HikariDataSource(config);
    }

    /** The JDBC URL without query parameters (they may carry a password), e.g. {@code jdbc:postgresql://h:5432/db}. */
    static String redact(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
    }
}
