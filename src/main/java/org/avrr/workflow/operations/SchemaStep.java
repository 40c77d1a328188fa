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
import org.springframework.stereotype.Component;

/**
 * The `schema` profile: by the time runners run, the engine has created or upgraded its schema,
 * Spring has run schema-*.sql and the seeders have run. This last runner closes the application, so
 * the step can be scripted before nodes start (docs/operations.md).
 */
@Component
@Profile("schema")
@Order(Ordered.LOWEST_PRECEDENCE)
class SchemaStep implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(SchemaStep.class);

  private final ConfigurableApplicationContext context;

  SchemaStep(ConfigurableApplicationContext context) {
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments arguments) {
    LOG.info("Schema step done: database schema, groups, authorizations and filters are in place.");
    SpringApplication.exit(context);
  }
}
