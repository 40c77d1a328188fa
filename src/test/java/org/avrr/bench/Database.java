package org.avrr.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A database for one application of a run: a fresh H2 file under the run's directory (the embedded
 * default), or a fresh database on the PostgreSQL server (created and dropped through database
 * {@code test}, as the PostgreSQL tests do).
 */
record Database(String kind, String url, String user, String password) {

  static final String PG_HOST = env("AVRR_TEST_PG_HOST", "127.0.0.1");
  static final String PG_PORT = env("AVRR_TEST_PG_PORT", "5432");
  static final String PG_USER = env("AVRR_TEST_PG_USER", "postgres");
  static final String PG_ADMIN_DATABASE = env("AVRR_TEST_PG_DATABASE", "test");

  /**
   * The embedded default's own database: {@code ./data/avrr} under the application's working
   * directory, with the settings of application.yaml (no datasource property given).
   */
  static Database embeddedDefault() {
    return new Database("h2", null, "sa", "");
  }

  static Database h2(Path directory, String name) {
    return new Database(
        "h2",
        "jdbc:h2:file:"
            + directory.resolve(name).toAbsolutePath()
            // As application.yaml: every commit on disk before it is answered.
            + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
        "sa",
        "");
  }

  /** A new, empty PostgreSQL database {@code name} (dropped first if a previous run left it). */
  static Database freshPostgres(String name) throws SQLException {
    try (Connection admin = adminConnection();
        Statement sql = admin.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      sql.execute("CREATE DATABASE " + name);
    }
    return postgres(name);
  }

  static Database postgres(String name) {
    return new Database(
        "postgres", "jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/" + name, PG_USER, "");
  }

  static Connection adminConnection() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/" + PG_ADMIN_DATABASE, PG_USER, "");
  }

  boolean isPostgres() {
    return "postgres".equals(kind);
  }

  /** The database's name on the server (PostgreSQL only). */
  String name() {
    return url.substring(url.lastIndexOf('/') + 1);
  }

  void drop() throws SQLException {
    if (isPostgres()) {
      try (Connection admin = adminConnection();
          Statement sql = admin.createStatement()) {
        sql.execute("DROP DATABASE IF EXISTS " + name() + " WITH (FORCE)");
      }
    }
  }

  /** This PostgreSQL database under {@code newName} (a database of that name dropped first). */
  Database renameTo(String newName) throws SQLException {
    try (Connection admin = adminConnection();
        Statement sql = admin.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS " + newName + " WITH (FORCE)");
      sql.execute("ALTER DATABASE " + name() + " RENAME TO " + newName);
    }
    return postgres(newName);
  }

  /** Spring properties that point an application at this database. */
  Map<String, String> springProperties() {
    Map<String, String> properties = new LinkedHashMap<>();
    if (url == null) {
      return properties;
    }
    properties.put("spring.datasource.url", url);
    properties.put("spring.datasource.username", user);
    properties.put("spring.datasource.password", password);
    return properties;
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
