package org.avrr.workflow.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL the machine provides on 127.0.0.1:5432 (trust auth, user postgres). Each test gets
 * a database of its own, dropped afterwards. Without a server, tests skip with a printed reason
 * outside CI; under CI=true they fail, because CI must run them (README, "Testing").
 */
public final class LocalPostgres implements AutoCloseable {

  public static final String HOST = env("AVRR_TEST_PG_HOST", "127.0.0.1");
  public static final String PORT = env("AVRR_TEST_PG_PORT", "5432");
  public static final String USER = env("AVRR_TEST_PG_USER", "postgres");
  private static final String ADMIN_DATABASE = env("AVRR_TEST_PG_DATABASE", "test");

  private final String database = "avrr_it_" + UUID.randomUUID().toString().replace("-", "");

  private LocalPostgres() {}

  /** A fresh, empty database; skips (or fails under CI) when PostgreSQL is not reachable. */
  public static LocalPostgres freshDatabase() {
    LocalPostgres postgres = new LocalPostgres();
    try (Connection admin = postgres.connect(ADMIN_DATABASE);
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + postgres.database);
    } catch (SQLException e) {
      String reason = "PostgreSQL at " + HOST + ":" + PORT + " is not reachable: " + e.getMessage();
      if ("true".equals(System.getenv("CI"))) {
        throw new IllegalStateException(reason + " (CI=true: PostgreSQL tests must run)", e);
      }
      System.out.println("SKIPPED: " + reason);
      Assumptions.abort(reason);
    }
    return postgres;
  }

  public String database() {
    return database;
  }

  public Connection connect() throws SQLException {
    return connect(database);
  }

  private Connection connect(String name) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name, USER, "");
  }

  @Override
  public void close() throws SQLException {
    try (Connection admin = connect(ADMIN_DATABASE);
        Statement statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
