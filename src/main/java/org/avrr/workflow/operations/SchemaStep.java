package org.avrr.workflow.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The `schema` profile: by the time runners run, the engine has created or upgraded its schema,
 * Spring has run schema-*.sql and the seeders have run. This last runner closes the application, so
 * the step can be scripted before nodes start (docs/operations.md). On PostgreSQL it also refreshes
 * the planner's statistics (ANALYZE): a new, upgraded or restored database has none, and Tasklist's
 * queries were seen 3 times slower without them (docs/performance.md).
 */
@Component
@Profile("schema")
@Order(Ordered.LOWEST_PRECEDENCE)
class SchemaStep implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(SchemaStep.class);

  private final ConfigurableApplicationContext context;
  private final JdbcTemplate jdbc;

  SchemaStep(ConfigurableApplicationContext context, JdbcTemplate jdbc) {
    this.context = context;
    this.jdbc = jdbc;
  }

  @Override
  public void run(ApplicationArguments arguments) {
    String database =
        jdbc.execute(
            (java.sql.Connection connection) -> connection.getMetaData().getDatabaseProductName());
    if ("PostgreSQL".equals(database)) {
      jdbc.execute("ANALYZE");
      LOG.info("Schema step: the planner's statistics are up to date (ANALYZE).");
    }
    LOG.info("Schema step done: database schema, groups, authorizations and filters are in place.");
    SpringApplication.exit(context);
  }
}
