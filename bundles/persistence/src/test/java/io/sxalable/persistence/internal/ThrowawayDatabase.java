package io.sxalable.persistence.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A database {@code sxl_test_<random>} created on the test PostgreSQL for one test class and dropped after it.
 * Server: system property {@code sxl.test.pg} (default {@code jdbc:postgresql://127.0.0.1:5432/}), user
 * {@code postgres} with trust authentication, an existing database {@code test} to connect to for CREATE DATABASE.
 */
final class ThrowawayDatabase implements AutoCloseable {

    static final String SERVER = System.getProperty("sxl.test.pg", "jdbc:postgresql://127.0.0.1:5432/");
    static final String USER = System.getProperty("sxl.test.pg.user", "postgres");

    final String name = "sxl_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    final String jdbcUrl = SERVER + name;

    ThrowawayDatabase() throws SQLException {
        admin("CREATE DATABASE " + name);
    }

    @Override
    public void close() throws SQLException {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "test", USER, "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
