package org.avrr.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.avrr.workflow.AvrrWorkflowApplication;
import org.avrr.workflow.demo.DemoOffice;
import org.avrr.workflow.outbound.OutboundReturnProcess;
import org.avrr.workflow.testing.LocalPostgres;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The `postgres` profile against the machine's PostgreSQL: the schema step prepares a fresh
 * database, then two nodes start at the same moment on it, as a cluster would, and share cases.
 */
class PostgresProfileIT {

  /** Spring Boot's switch for the logging system it sets up as an application starts. */
  private static final String LOGGING_SYSTEM = "org.springframework.boot.logging.LoggingSystem";

  @Test
  void schemaStepThenTwoNodesStartingTogetherOnOneDatabase() throws Exception {
    try (LocalPostgres postgres = LocalPostgres.freshDatabase()) {
      new SpringApplicationBuilder(AvrrWorkflowApplication.class)
          .profiles("postgres", "schema")
          .run(
              databaseArguments(
                  postgres,
                  "--avrr.identity.demo-users=true",
                  "--avrr.mail-capture.enabled=false",
                  engineName("SchemaStep")));
      assertThat(count(postgres, "SELECT count(*) FROM act_re_procdef"))
          .as("one definition per model in processes/")
          .isEqualTo(bpmnFiles());
      assertThat(count(postgres, "SELECT count(*) FROM avrr_callback_inbox")).isZero();
      assertThat(
              count(
                  postgres,
                  "SELECT count(*) FROM pg_stat_user_tables"
                      + " WHERE relname = 'act_ru_authorization' AND last_analyze IS NOT NULL"))
          .as("the schema step analysed the tables")
          .isEqualTo(1);

      CountDownLatch together = new CountDownLatch(1);
      List<CompletableFuture<ConfigurableApplicationContext>> nodes = new ArrayList<>();
      for (int node = 0; node < 2; node++) {
        String name = engineName("Node" + node);
        nodes.add(
            CompletableFuture.supplyAsync(
                () -> {
                  awaitQuietly(together);
                  return new SpringApplicationBuilder(AvrrWorkflowApplication.class)
                      .profiles("postgres")
                      .run(
                          databaseArguments(
                              postgres,
                              "--server.port=0",
                              "--spring.sql.init.mode=never",
                              "--camunda.bpm.database.schema-update=false",
                              "--camunda.bpm.job-execution.enabled=false",
                              // Two nodes in one JVM cannot both listen on the capture's port.
                              "--avrr.mail-capture.enabled=false",
                              "--avrr.identity.demo-users=true",
                              // Both nodes reach for the one demo case: only one may seed it.
                              "--avrr.demo.cases=1",
                              name));
                }));
      }
      // Logback's set-up is not safe from two threads at once, and this JVM's logging is set up
      // already: the two nodes leave it as it is (and start together all the same).
      String loggingSystem = System.getProperty(LOGGING_SYSTEM);
      System.setProperty(LOGGING_SYSTEM, "none");
      ConfigurableApplicationContext first;
      ConfigurableApplicationContext second;
      try {
        together.countDown();
        first = nodes.get(0).get();
        second = nodes.get(1).get();
      } finally {
        if (loggingSystem == null) {
          System.clearProperty(LOGGING_SYSTEM);
        } else {
          System.setProperty(LOGGING_SYSTEM, loggingSystem);
        }
      }
      try {
        assertThat(
                count(
                    postgres,
                    "SELECT count(*) FROM act_ru_filter WHERE name_ = 'My group''s tasks'"))
            .as("seeding under the start-up lock creates each filter once")
            .isEqualTo(1);
        assertThat(count(postgres, "SELECT count(*) FROM act_id_user WHERE id_ = 'counsellor'"))
            .isEqualTo(1);
        assertThat(
                count(
                    postgres,
                    "SELECT count(*) FROM act_ru_authorization WHERE group_id_ = 'counsellors'"
                        + " AND resource_type_ = 0 AND resource_id_ = 'tasklist'"))
            .isEqualTo(1);
        assertThat(count(postgres, "SELECT count(*) FROM act_re_procdef"))
            .as("identical nodes redeploy nothing new")
            .isEqualTo(bpmnFiles());
        int seededByFirst = first.getBean(DemoOffice.class).seeding().get(1, TimeUnit.MINUTES);
        int seededBySecond = second.getBean(DemoOffice.class).seeding().get(1, TimeUnit.MINUTES);
        assertThat(seededByFirst + seededBySecond)
            .as("the demo case's slot is claimed by one node")
            .isEqualTo(1);
        assertThat(count(postgres, "SELECT count(*) FROM avrr_demo_case")).isEqualTo(1);
        assertThat(
                count(
                    postgres,
                    "SELECT count(*) FROM act_hi_procinst WHERE proc_def_key_ = '"
                        + OutboundReturnProcess.KEY
                        + "'"))
            .as("one demo case opened")
            .isEqualTo(1);

        ProcessEngine nodeA = first.getBean(ProcessEngine.class);
        ProcessEngine nodeB = second.getBean(ProcessEngine.class);
        String caseNumber =
            nodeA
                .getRuntimeService()
                .startProcessInstanceByKey(
                    OutboundReturnProcess.KEY,
                    org.camunda.bpm.engine.variable.Variables.createVariables()
                        .putValue("applicationDate", "2026-11-23"))
                .getBusinessKey();
        assertThat(caseNumber).matches("BY-\\d{4}-\\d{6}");
        assertThat(
                nodeB
                    .getTaskService()
                    .createTaskQuery()
                    .processInstanceBusinessKey(caseNumber)
                    .count())
            .as("a case opened on one node is worked on the other")
            .isEqualTo(1);
      } finally {
        first.close();
        second.close();
      }
    }
  }

  /**
   * Camunda keeps engines in a static registry by name: nodes of this test must not take the name
   * "default" from the application context that the other integration tests share in this JVM.
   */
  private static long bpmnFiles() throws java.io.IOException {
    try (java.util.stream.Stream<java.nio.file.Path> files =
        java.nio.file.Files.list(java.nio.file.Path.of("processes"))) {
      return files.filter(file -> file.toString().endsWith(".bpmn")).count();
    }
  }

  private static String engineName(String node) {
    // The starter ignores names with a hyphen (and would fall back to "default").
    return "--camunda.bpm.process-engine-name=postgresIt" + node;
  }

  private static String[] databaseArguments(LocalPostgres postgres, String... more) {
    List<String> arguments = new ArrayList<>();
    arguments.add("--AVRR_DB_HOST=" + LocalPostgres.HOST);
    arguments.add("--AVRR_DB_PORT=" + LocalPostgres.PORT);
    arguments.add("--AVRR_DB_NAME=" + postgres.database());
    arguments.add("--AVRR_DB_USER=" + LocalPostgres.USER);
    arguments.addAll(List.of(more));
    return arguments.toArray(String[]::new);
  }

  private static long count(LocalPostgres postgres, String sql) throws Exception {
    try (Connection connection = postgres.connect();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
