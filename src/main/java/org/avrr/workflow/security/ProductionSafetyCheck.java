package org.avrr.workflow.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * Refuses to start the {@code production} profile with anything meant only for a laptop: demo users
 * or demo cases, the sandbox authorities (served, or called), an administrator password or
 * authority credentials not given through the environment, a mail address still the embedded
 * default's example (mail to a mission or the case managers would go nowhere), or an engine allowed
 * to change the database schema by itself. Runs on the environment, after every configuration file
 * is read and before any bean exists, so nothing is created on the way to failing (registered in
 * META-INF/spring.factories).
 */
public class ProductionSafetyCheck implements EnvironmentPostProcessor, Ordered {

  static final String PRODUCTION = "production";

  /** The schema step may change the schema: that is its job (application-schema.yaml). */
  static final String SCHEMA_STEP = "schema";

  static final int MIN_ADMIN_PASSWORD_LENGTH = 12;

  /** The embedded default's callback password: known to everyone who read application.yaml. */
  static final String SANDBOX_CALLBACK_PASSWORD = "sandbox-callback-secret";

  /** The callers whose credentials {@link #authority} checks with the authority's settings. */
  static final Set<String> AUTHORITY_CLIENTS = Set.of("migration-authority", "border-authority");

  /** Where the embedded default serves its sandbox authorities (e.g. /sandbox/border-authority). */
  static final String SANDBOX_PATH = "/sandbox/";

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

  /**
   * Single sign-on (profile {@code sso}): its required settings given, and the provider reached
   * over HTTPS (its answers decide who is who here).
   */
  private static void singleSignOn(Environment environment, List<String> problems) {
    String issuer = given(environment, "spring.security.oauth2.client.provider.office.issuer-uri");
    if (issuer.isBlank()) {
      problems.add("set AVRR_SSO_ISSUER_URI (the office's OpenID Connect provider)");
    } else if (!issuer.startsWith("https://")) {
      problems.add("AVRR_SSO_ISSUER_URI must be an https:// address (" + issuer + ")");
    }
    if (given(environment, "spring.security.oauth2.client.registration.office.client-id")
        .isBlank()) {
      problems.add("set AVRR_SSO_CLIENT_ID (this application at the provider)");
    }
    if (given(environment, "spring.security.oauth2.client.registration.office.client-secret")
        .isBlank()) {
      problems.add("set AVRR_SSO_CLIENT_SECRET (this application's secret at the provider)");
    }
    if (given(environment, "avrr.sso.group-mapping").isBlank()) {
      problems.add(
          "set AVRR_SSO_GROUP_MAPPING (the provider's groups that mean ours, e.g."
              + " 'AVRR Counsellors=counsellors;AVRR Managers=managers')");
    }
  }

  /** A property's value, or "" if it is missing or names an environment variable not set. */
  private static String given(Environment environment, String property) {
    try {
      return environment.getProperty(property, "").strip();
    } catch (IllegalArgumentException unresolved) {
      return "";
    }
  }

  static List<String> problems(Environment environment) {
    List<String> problems = new ArrayList<>();
    if (flag(environment, "avrr.identity.demo-users")) {
      problems.add("demo users are enabled (avrr.identity.demo-users=true)");
    }
    String demoCases = environment.getProperty("avrr.demo.cases", "0").strip();
    if (!demoCases.matches("0+")) {
      problems.add("demo cases would be seeded (avrr.demo.cases=" + demoCases + "): set it to 0");
    }
    if (flag(environment, "avrr.sandbox.enabled")) {
      problems.add("the sandbox authorities are enabled (avrr.sandbox.enabled=true)");
    }
    if (flag(environment, "avrr.mail-capture.enabled")) {
      problems.add("mail is captured instead of sent (avrr.mail-capture.enabled=true)");
    }
    if (environment.getProperty("avrr.documents.scanner.host", "").isBlank()) {
      problems.add(
          "set AVRR_CLAMD_HOST (and AVRR_CLAMD_PORT): every uploaded document is scanned for"
              + " malware by the office's ClamAV daemon");
    }
    String adminPassword = environment.getProperty("camunda.bpm.admin-user.password", "");
    if (adminPassword.length() < MIN_ADMIN_PASSWORD_LENGTH
        || adminPassword.equals(environment.getProperty("camunda.bpm.admin-user.id"))
        || !meetsPasswordPolicy(
            adminPassword,
            environment.getProperty("camunda.bpm.admin-user.id", "admin"),
            environment.getProperty("camunda.bpm.admin-user.first-name"),
            environment.getProperty("camunda.bpm.admin-user.last-name"),
            environment.getProperty("camunda.bpm.admin-user.email"))) {
      problems.add(
          "set AVRR_ADMIN_PASSWORD in the environment (at least "
              + MIN_ADMIN_PASSWORD_LENGTH
              + " characters, with upper and lower case letters, a digit and a special character,"
              + " and not containing the user's id or names: Camunda's password policy, on in"
              + " production)");
    }
    boolean schemaStep = environment.matchesProfiles(SCHEMA_STEP);
    if (!schemaStep
        && !"false".equals(environment.getProperty("camunda.bpm.database.schema-update"))) {
      problems.add(
          "camunda.bpm.database.schema-update must be false: create and upgrade the schema with"
              + " the documented schema step");
    }
    if (!schemaStep) {
      authority(
          environment,
          problems,
          "migration-authority",
          "MIGRATION_AUTHORITY",
          "the Ministry uses it to post its decisions");
      authority(
          environment,
          problems,
          "border-authority",
          "BORDER_AUTHORITY",
          "the State Border Committee uses it to post the outcome of exit control");
      otherCallbackClients(environment, problems);
      exampleMailAddresses(environment, problems);
      if (flag(environment, "avrr.sso.enabled")) {
        singleSignOn(environment, problems);
      }
      if (environment.getProperty("spring.mail.host", "").isBlank()) {
        problems.add(
            "set AVRR_SMTP_HOST (and AVRR_SMTP_USER, AVRR_SMTP_PASSWORD) in the environment");
      }
    }
    return problems;
  }

  /**
   * An authority's address and the office's password for it come from the environment, and so does
   * a strong password for the authority's callbacks.
   *
   * @param name as in the configuration keys, e.g. migration-authority
   * @param variable as in the environment variables, e.g. MIGRATION_AUTHORITY
   */
  /** Camunda's default password policy (enable-password-policy), as it will judge the password. */
  static boolean meetsPasswordPolicy(
      String password, String userId, String firstName, String lastName, String email) {
    org.camunda.bpm.engine.impl.persistence.entity.UserEntity user =
        new org.camunda.bpm.engine.impl.persistence.entity.UserEntity(userId);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setEmail(email);
    return new org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl()
        .getRules().stream().allMatch(rule -> rule.execute(password, user));
  }

  private static void authority(
      Environment environment,
      List<String> problems,
      String name,
      String variable,
      String callbackUse) {
    String baseUrl = environment.getProperty("avrr." + name + ".base-url", "");
    if (baseUrl.isBlank()) {
      problems.add("set AVRR_" + variable + "_URL in the environment");
    } else if (baseUrl.contains(SANDBOX_PATH)) {
      problems.add(
          "AVRR_" + variable + "_URL points at a sandbox (" + baseUrl + "): set the real address");
    }
    if (environment.getProperty("avrr." + name + ".password", "").isBlank()) {
      problems.add("set AVRR_" + variable + "_PASSWORD in the environment");
    }
    String callbackPassword =
        environment.getProperty("avrr.callbacks.clients." + name + ".password", "");
    if (callbackPassword.length() < MIN_ADMIN_PASSWORD_LENGTH
        || callbackPassword.equals(SANDBOX_CALLBACK_PASSWORD)) {
      problems.add(
          "set AVRR_CALLBACK_"
              + variable
              + "_PASSWORD in the environment (at least "
              + MIN_ADMIN_PASSWORD_LENGTH
              + " characters; "
              + callbackUse
              + ")");
    }
  }

  /**
   * Callers beyond the authorities, e.g. a mission abroad whose case system confirms arrivals
   * (avrr.callbacks.clients.mission-irq): optional, but never with a weak or published password.
   */
  private static void otherCallbackClients(Environment environment, List<String> problems) {
    Bindable<Map<String, Map<String, String>>> clientsShape =
        Bindable.of(
            ResolvableType.forClassWithGenerics(
                Map.class,
                ResolvableType.forClass(String.class),
                ResolvableType.forClassWithGenerics(Map.class, String.class, String.class)));
    Map<String, Map<String, String>> clients =
        Binder.get(environment).bind("avrr.callbacks.clients", clientsShape).orElse(Map.of());
    clients.forEach(
        (party, client) -> {
          String password = client.getOrDefault("password", "");
          if (!AUTHORITY_CLIENTS.contains(party)
              && (password.length() < MIN_ADMIN_PASSWORD_LENGTH
                  || password.equals(SANDBOX_CALLBACK_PASSWORD))) {
            problems.add(
                "the callback password of "
                    + party
                    + " (avrr.callbacks.clients."
                    + party
                    + ".password) must have at least "
                    + MIN_ADMIN_PASSWORD_LENGTH
                    + " characters and not be the embedded default's");
          }
        });
  }

  /**
   * The embedded default's addresses are in the reserved {@code .example} domain (RFC 2606): in
   * production every notice to them would be lost, so each must come from the environment.
   */
  private static void exampleMailAddresses(Environment environment, List<String> problems) {
    Binder binder = Binder.get(environment);
    String from = environment.getProperty("avrr.notification.from", "");
    if (isExample(from)) {
      problems.add("set AVRR_MAIL_FROM in the environment (" + from + " is an example address)");
    }
    binder
        .bind("avrr.notification.recipients", Bindable.mapOf(String.class, String.class))
        .orElse(Map.of())
        .forEach(
            (role, address) -> {
              if (isExample(address)) {
                problems.add(
                    "set AVRR_MAIL_"
                        + role.toUpperCase(java.util.Locale.ROOT).replace('-', '_')
                        + " in the environment (avrr.notification.recipients."
                        + role
                        + " is the example address "
                        + address
                        + ")");
              }
            });
    binder
        .bind(
            "avrr.identity.missions",
            Bindable.listOf(
                ResolvableType.forClassWithGenerics(Map.class, String.class, String.class)
                    .resolve()))
        .orElse(List.of())
        .forEach(
            mission -> {
              Object address = ((Map<?, ?>) mission).get("email");
              Object code = ((Map<?, ?>) mission).get("code");
              if (address instanceof String email && isExample(email)) {
                problems.add(
                    "set the address of mission "
                        + code
                        + " (AVRR_MAIL_MISSION_"
                        + String.valueOf(code).toUpperCase(java.util.Locale.ROOT)
                        + " for the configured missions): "
                        + email
                        + " is an example address");
              }
            });
  }

  static boolean isExample(String address) {
    String domain = address.substring(address.lastIndexOf('@') + 1).strip().toLowerCase();
    return domain.equals("example") || domain.endsWith(".example");
  }

  private static boolean flag(Environment environment, String key) {
    return Boolean.parseBoolean(environment.getProperty(key, "false"));
  }
}
