package org.avrr.workflow.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * Refuses to start the {@code production} profile with anything meant only for a laptop: demo
 * users, the sandbox authorities, an administrator password not given through the environment, or
 * an engine allowed to change the database schema by itself. Runs on the environment, after every
 * configuration file is read and before any bean exists, so nothing is created on the way to
 * failing (registered in META-INF/spring.factories).
 */
public class ProductionSafetyCheck implements EnvironmentPostProcessor, Ordered {

  static final String PRODUCTION = "production";

  /** The schema step may change the schema: that is its job (application-schema.yaml). */
  static final String SCHEMA_STEP = "schema";

  static final int MIN_ADMIN_PASSWORD_LENGTH = 12;

  /** The embedded default's callback password: known to everyone who read application.yaml. */
  static final String SANDBOX_CALLBACK_PASSWORD = "sandbox-callback-secret";

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE; // after the configuration files have been loaded
  }

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.matchesProfiles(PRODUCTION)) {
      return;
    }
    List<String> problems = problems(environment);
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "The production profile refuses to start:\n - " + String.join("\n - ", problems));
    }
  }

  static List<String> problems(Environment environment) {
    List<String> problems = new ArrayList<>();
    if (flag(environment, "avrr.identity.demo-users")) {
      problems.add("demo users are enabled (avrr.identity.demo-users=true)");
    }
    if (flag(environment, "avrr.sandbox.enabled")) {
      problems.add("the sandbox authorities are enabled (avrr.sandbox.enabled=true)");
    }
    if (flag(environment, "avrr.mail-capture.enabled")) {
      problems.add("mail is captured instead of sent (avrr.mail-capture.enabled=true)");
    }
    String adminPassword = environment.getProperty("camunda.bpm.admin-user.password", "");
    if (adminPassword.length() < MIN_ADMIN_PASSWORD_LENGTH
        || adminPassword.equals(environment.getProperty("camunda.bpm.admin-user.id"))) {
      problems.add(
          "set AVRR_ADMIN_PASSWORD in the environment (at least "
              + MIN_ADMIN_PASSWORD_LENGTH
              + " characters, not the user id)");
    }
    boolean schemaStep = environment.matchesProfiles(SCHEMA_STEP);
    if (!schemaStep
        && !"false".equals(environment.getProperty("camunda.bpm.database.schema-update"))) {
      problems.add(
          "camunda.bpm.database.schema-update must be false: create and upgrade the schema with"
              + " the documented schema step");
    }
    if (!schemaStep) {
      if (environment.getProperty("avrr.migration-authority.base-url", "").isBlank()) {
        problems.add("set AVRR_MIGRATION_AUTHORITY_URL in the environment");
      }
      if (environment.getProperty("avrr.migration-authority.password", "").isBlank()) {
        problems.add("set AVRR_MIGRATION_AUTHORITY_PASSWORD in the environment");
      }
      String callbackPassword =
          environment.getProperty("avrr.callbacks.clients.migration-authority.password", "");
      if (callbackPassword.length() < MIN_ADMIN_PASSWORD_LENGTH
          || callbackPassword.equals(SANDBOX_CALLBACK_PASSWORD)) {
        problems.add(
            "set AVRR_CALLBACK_MIGRATION_AUTHORITY_PASSWORD in the environment (at least "
                + MIN_ADMIN_PASSWORD_LENGTH
                + " characters; the Ministry uses it to post its decisions)");
      }
      if (environment.getProperty("spring.mail.host", "").isBlank()) {
        problems.add(
            "set AVRR_SMTP_HOST (and AVRR_SMTP_USER, AVRR_SMTP_PASSWORD) in the environment");
      }
    }
    return problems;
  }

  private static boolean flag(Environment environment, String key) {
    return Boolean.parseBoolean(environment.getProperty(key, "false"));
  }
}
