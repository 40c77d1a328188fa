package org.avrr.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.avrr.workflow.AvrrWorkflowApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

/** The production profile refuses everything meant only for a laptop. */
class ProductionSafetyCheckTest {

  @Test
  void aProperlyConfiguredProductionHostPasses() {
    assertThat(ProductionSafetyCheck.problems(production())).isEmpty();
  }

  @Test
  void singleSignOnNeedsItsProviderOverHttpsItsClientAndItsGroupMapping() {
    MockEnvironment sso = production().withProperty("avrr.sso.enabled", "true");
    sso.setProperty(
        "spring.security.oauth2.client.provider.office.issuer-uri", "${AVRR_SSO_ISSUER_URI}");

    assertThat(ProductionSafetyCheck.problems(sso))
        .anySatisfy(problem -> assertThat(problem).contains("set AVRR_SSO_ISSUER_URI"))
        .anySatisfy(problem -> assertThat(problem).contains("set AVRR_SSO_CLIENT_ID"))
        .anySatisfy(problem -> assertThat(problem).contains("set AVRR_SSO_CLIENT_SECRET"))
        .anySatisfy(problem -> assertThat(problem).contains("set AVRR_SSO_GROUP_MAPPING"));

    sso.setProperty(
        "spring.security.oauth2.client.provider.office.issuer-uri", "http://login.office.example");
    sso.setProperty("spring.security.oauth2.client.registration.office.client-id", "avrr");
    sso.setProperty("spring.security.oauth2.client.registration.office.client-secret", "s3cret");
    sso.setProperty("avrr.sso.group-mapping", "AVRR Counsellors=counsellors");
    assertThat(ProductionSafetyCheck.problems(sso))
        .singleElement()
        .asString()
        .contains("must be an https:// address");

    sso.setProperty(
        "spring.security.oauth2.client.provider.office.issuer-uri", "https://login.office.example");
    assertThat(ProductionSafetyCheck.problems(sso)).isEmpty();
  }

  @Test
  void demoUsersAreRefused() {
    assertThat(
            ProductionSafetyCheck.problems(
                production().withProperty("avrr.identity.demo-users", "true")))
        .singleElement()
        .asString()
        .contains("demo users");
  }

  @Test
  void demoCasesAreRefused() {
    assertThat(ProductionSafetyCheck.problems(production().withProperty("avrr.demo.cases", "8")))
        .singleElement()
        .asString()
        .contains("demo cases", "avrr.demo.cases=8");
    assertThat(ProductionSafetyCheck.problems(production().withProperty("avrr.demo.cases", "0")))
        .isEmpty();
  }

  @Test
  void uploadsWithoutAMalwareScannerAreRefused() {
    assertThat(
            ProductionSafetyCheck.problems(
                production().withProperty("avrr.documents.scanner.host", "")))
        .singleElement()
        .asString()
        .contains("AVRR_CLAMD_HOST", "malware");
  }

  @Test
  void theSandboxAuthoritiesAreRefused() {
    assertThat(
            ProductionSafetyCheck.problems(
                production().withProperty("avrr.sandbox.enabled", "true")))
        .singleElement()
        .asString()
        .contains("sandbox");
  }

  @Test
  void aMissingOrWeakAdministratorPasswordIsRefused() {
    assertThat(
            ProductionSafetyCheck.problems(
                production().withProperty("camunda.bpm.admin-user.password", "")))
        .singleElement()
        .asString()
        .contains("AVRR_ADMIN_PASSWORD");
    assertThat(
            ProductionSafetyCheck.problems(
                production().withProperty("camunda.bpm.admin-user.password", "admin")))
        .hasSize(1);
    // Long, but not what Camunda's password policy accepts: it would fail at start anyway.
    assertThat(
            ProductionSafetyCheck.problems(
                production()
                    .withProperty(
                        "camunda.bpm.admin-user.password", "a-long-secret-from-the-vault")))
        .singleElement()
        .asString()
        .contains("password policy");
    assertThat(
            ProductionSafetyCheck.problems(
                production()
                    .withProperty("camunda.bpm.admin-user.password", "Admin-Of-The-Office-7")))
        .as("a password containing the user id")
        .hasSize(1);
  }

  @Test
  void automaticSchemaUpdatesAreRefusedExceptInTheSchemaStep() {
    MockEnvironment updating =
        production().withProperty("camunda.bpm.database.schema-update", "true");
    assertThat(ProductionSafetyCheck.problems(updating))
        .singleElement()
        .asString()
        .contains("schema");
    updating.setActiveProfiles("production", "schema");
    assertThat(ProductionSafetyCheck.problems(updating)).isEmpty();
  }

  @Test
  void authorityEndpointAndCredentialsMustComeFromTheEnvironment() {
    assertThat(
            ProductionSafetyCheck.problems(
                production()
                    .withProperty("avrr.migration-authority.base-url", "")
                    .withProperty("avrr.migration-authority.password", "")))
        .hasSize(2);
  }

  @Test
  void theMinistrysCallbackPasswordMustBeStrongAndNotTheSandboxOne() {
    for (String weak : new String[] {"", "short", "sandbox-callback-secret"}) {
      assertThat(
              ProductionSafetyCheck.problems(
                  production()
                      .withProperty("avrr.callbacks.clients.migration-authority.password", weak)))
          .singleElement()
          .asString()
          .contains("AVRR_CALLBACK_MIGRATION_AUTHORITY_PASSWORD");
    }
  }

  @Test
  void borderAuthorityEndpointAndCredentialsMustComeFromTheEnvironment() {
    assertThat(
            ProductionSafetyCheck.problems(
                production()
                    .withProperty("avrr.border-authority.base-url", "")
                    .withProperty("avrr.border-authority.password", "")))
        .containsExactlyInAnyOrder(
            "set AVRR_BORDER_AUTHORITY_URL in the environment",
            "set AVRR_BORDER_AUTHORITY_PASSWORD in the environment");
  }

  /** The embedded default's address, e.g. copied from application.yaml into the environment. */
  @Test
  void anAuthorityAddressPointingAtTheSandboxIsRefused() {
    String sandbox = "http://127.0.0.1:8080/sandbox/border-authority";

    assertThat(
            ProductionSafetyCheck.problems(
                production().withProperty("avrr.border-authority.base-url", sandbox)))
        .singleElement()
        .asString()
        .contains("AVRR_BORDER_AUTHORITY_URL", "sandbox");
    assertThat(
            ProductionSafetyCheck.problems(
                production()
                    .withProperty(
                        "avrr.migration-authority.base-url",
                        "http://127.0.0.1:8080/sandbox/migration-authority")))
        .singleElement()
        .asString()
        .contains("AVRR_MIGRATION_AUTHORITY_URL", "sandbox");
  }

  @Test
  void theCommitteesCallbackPasswordMustBeStrongAndNotTheSandboxOne() {
    for (String weak : new String[] {"", "short", "sandbox-callback-secret"}) {
      assertThat(
              ProductionSafetyCheck.problems(
                  production()
                      .withProperty("avrr.callbacks.clients.border-authority.password", weak)))
          .singleElement()
          .asString()
          .contains("AVRR_CALLBACK_BORDER_AUTHORITY_PASSWORD", "State Border Committee");
    }
  }

  /** A mission abroad whose own system confirms arrivals is optional; a weak password is not. */
  @Test
  void aMissionsCallbackPasswordMustBeStrongAndNotTheSandboxOne() {
    assertThat(
            ProductionSafetyCheck.problems(
                production()
                    .withProperty("avrr.callbacks.clients.mission-irq.username", "iom-iraq")
                    .withProperty(
                        "avrr.callbacks.clients.mission-irq.password", "iraq-posts-with-this")))
        .isEmpty();
    for (String weak : new String[] {"", "short", "sandbox-callback-secret"}) {
      assertThat(
              ProductionSafetyCheck.problems(
                  production()
                      .withProperty("avrr.callbacks.clients.mission-irq.username", "iom-iraq")
                      .withProperty("avrr.callbacks.clients.mission-irq.password", weak)))
          .singleElement()
          .asString()
          .contains("avrr.callbacks.clients.mission-irq.password", "at least 12 characters");
    }
  }

  @Test
  void exampleMailAddressesAreRefused() {
    assertThat(
            ProductionSafetyCheck.problems(
                production()
                    .withProperty("avrr.notification.from", "avrr-workflow@office.example")
                    .withProperty(
                        "avrr.notification.recipients.case-managers",
                        "case-managers@office.example")
                    .withProperty(
                        "avrr.notification.recipients.reintegration-officers",
                        "reintegration@minsk.iom.int")
                    .withProperty("avrr.identity.missions[0].code", "deu")
                    .withProperty("avrr.identity.missions[0].email", "avrr-mission-deu@iom.example")
                    .withProperty("avrr.identity.missions[1].code", "irq")
                    .withProperty("avrr.identity.missions[1].email", "avrr@baghdad.iom.int")))
        .containsExactlyInAnyOrder(
            "set AVRR_MAIL_FROM in the environment (avrr-workflow@office.example is an example"
                + " address)",
            "set AVRR_MAIL_CASE_MANAGERS in the environment"
                + " (avrr.notification.recipients.case-managers is the example address"
                + " case-managers@office.example)",
            "set the address of mission deu (AVRR_MAIL_MISSION_DEU for the configured missions):"
                + " avrr-mission-deu@iom.example is an example address");
  }

  @Test
  void theApplicationDoesNotStartInProductionWithTheEmbeddedDefaults() {
    assertThatThrownBy(
            () ->
                new SpringApplicationBuilder(AvrrWorkflowApplication.class)
                    .profiles("production")
                    .run(
                        "--avrr.identity.demo-users=true",
                        "--avrr.sandbox.enabled=true",
                        "--avrr.demo.cases=8"))
        .hasMessageContaining("The production profile refuses to start")
        .hasMessageContaining("demo users")
        .hasMessageContaining("demo cases")
        .hasMessageContaining("AVRR_ADMIN_PASSWORD")
        .hasMessageContaining("AVRR_MAIL_CASE_MANAGERS")
        .hasMessageContaining("AVRR_MAIL_MISSION_IRQ");
  }

  private static MockEnvironment production() {
    MockEnvironment environment =
        new MockEnvironment()
            .withProperty("avrr.identity.demo-users", "false")
            .withProperty("avrr.sandbox.enabled", "false")
            .withProperty("camunda.bpm.admin-user.id", "admin")
            .withProperty("camunda.bpm.admin-user.password", "A-long-secret-from-the-vault-7")
            .withProperty("camunda.bpm.database.schema-update", "false")
            .withProperty("avrr.migration-authority.base-url", "https://mia.example/avrr")
            .withProperty("avrr.migration-authority.password", "secret")
            .withProperty(
                "avrr.callbacks.clients.migration-authority.password", "ministry-posts-with-this")
            .withProperty("avrr.border-authority.base-url", "https://gpk.example/avrr")
            .withProperty("avrr.border-authority.password", "secret")
            .withProperty(
                "avrr.callbacks.clients.border-authority.password", "committee-posts-with-this")
            .withProperty("avrr.mail-capture.enabled", "false")
            .withProperty("avrr.documents.scanner.host", "clamd.office.example")
            .withProperty("spring.mail.host", "smtp.office.example")
            .withProperty("avrr.notification.from", "avrr@minsk.iom.int")
            .withProperty("avrr.notification.recipients.case-managers", "avrr-cm@minsk.iom.int");
    environment.setActiveProfiles("production");
    return environment;
  }
}
