package org.avrr.workflow.documents;

import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.avrr.workflow.common.OfficeCalendar;
import org.avrr.workflow.common.OfficeProperties;
import org.avrr.workflow.security.CallingUser;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.util.unit.DataSize;

/**
 * The documents service as the application wires it, on the application's own schema (an H2 of its
 * own) with a given scanner and store, for tests of what lies outside the application (a real
 * clamd, an S3 store). Only the engine's task lookup stands in: a counsellor's open first-contact
 * task {@link #TASK} of case {@link #CASE}.
 */
final class DocumentsAtOneTask {

  static final String TASK = "task-1";
  static final String CASE = "BY-2026-000123";
  static final CallingUser COUNSELLOR = new CallingUser("counsellor", List.of("counsellors"));

  /** No object store: the documents' content in the database, as in the embedded default. */
  static final DocumentProperties.S3 DATABASE =
      new DocumentProperties.S3("", "documents/", "", "us-east-1", false, "", "");

  private DocumentsAtOneTask() {}

  static JdbcTemplate applicationSchema() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:documents-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    new ResourceDatabasePopulator(new ClassPathResource("schema-h2.sql")).execute(h2);
    return new JdbcTemplate((DataSource) h2);
  }

  /** The documents service with {@code scanner}, keeping content where {@code s3} says. */
  static CaseDocuments documents(
      JdbcTemplate jdbc, MalwareScanner scanner, DocumentProperties.S3 s3) {
    Task task = mock(Task.class);
    when(task.getId()).thenReturn(TASK);
    when(task.getName()).thenReturn("Make first contact and record data consent");
    when(task.getTaskDefinitionKey()).thenReturn("Task_RecordFirstContactAndConsent");
    when(task.getProcessInstanceId()).thenReturn("instance-1");
    TaskService tasks = mock(TaskService.class);
    TaskQuery offered = mock(TaskQuery.class, RETURNS_SELF);
    when(tasks.createTaskQuery()).thenReturn(offered);
    when(offered.singleResult()).thenReturn(task);
    when(offered.count()).thenReturn(1L);
    ProcessInstance instance = mock(ProcessInstance.class);
    when(instance.getBusinessKey()).thenReturn(CASE);
    RuntimeService runtime = mock(RuntimeService.class);
    ProcessInstanceQuery byId = mock(ProcessInstanceQuery.class, RETURNS_SELF);
    when(runtime.createProcessInstanceQuery()).thenReturn(byId);
    when(byId.singleResult()).thenReturn(instance);
    return new CaseDocuments(
        jdbc,
        tasks,
        runtime,
        scanner,
        new DocumentProperties(
            DataSize.ofMegabytes(10),
            new DocumentProperties.Scanner("", 3310, Duration.ofSeconds(10)),
            s3),
        new OfficeCalendar(new OfficeProperties("BY", ZoneId.of("Europe/Minsk"))),
        new DocumentStores(jdbc, s3),
        new DataSourceTransactionManager(jdbc.getDataSource()));
  }
}
