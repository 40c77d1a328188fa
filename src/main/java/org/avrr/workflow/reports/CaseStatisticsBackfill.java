package org.avrr.workflow.reports;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Statistics records for the cases that have none: those begun before the record existed (an office
 * upgrading from a version without reports). Each is rebuilt from what the engine's history still
 * holds, by replaying it through the recorder in the order it happened — the case's start, every
 * step's end and every update of the variables the record reads, its end — so a rebuilt record is
 * the one the recorder would have kept. A case whose history was cleaned up cannot be rebuilt; one
 * whose personal data was erased gets its dates and outcome but not its categories (the variables
 * are gone).
 *
 * <p>Runs once after each start, in the background; each case's record is written in a transaction
 * of its own, and a record another node wrote meanwhile is left as it is. A case that moves while
 * its record is being rebuilt can lose that step's fact (its update finds no record yet, and its
 * history is written after the rebuild read it): only on the first start after an upgrade, for
 * cases then running. Two variables updated in the same millisecond are replayed in name order (the
 * history has no order between them); no two variables of the record overwrite each other within
 * one flow.
 */
@Component
public class CaseStatisticsBackfill {

  private static final Logger LOG = LoggerFactory.getLogger(CaseStatisticsBackfill.class);

  private final JdbcTemplate jdbc;
  private final CaseStatisticsRecorder recorder;
  private final TransactionTemplate transaction;

  CaseStatisticsBackfill(
      JdbcTemplate jdbc, CaseStatisticsRecorder recorder, TransactionTemplate transaction) {
    this.jdbc = jdbc;
    this.recorder = recorder;
    this.transaction = transaction;
  }

  @EventListener(ApplicationReadyEvent.class)
  void afterStart() {
    Thread thread =
        new Thread(
            () -> {
              try {
                int rebuilt = backfill();
                if (rebuilt > 0) {
                  LOG.info("Statistics records rebuilt from history for {} cases", rebuilt);
                }
              } catch (RuntimeException failed) {
                // The reports miss those cases until the next start; nothing else depends on it.
                LOG.error("Statistics records could not be rebuilt from history", failed);
              }
            },
            "avrr-statistics-backfill");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Rebuilds the record of every case that has none, and the grant per component of every case
   * whose plan was approved before that was recorded; returns how many cases were written.
   */
  public int backfill() {
    int rebuilt = 0;
    for (String caseId : approvedWithoutComponents()) {
      transaction.executeWithoutResult(
          status -> variables(caseId, GRANT_VARIABLES).forEach(recorder::replay));
      if (!approvedWithoutComponents(caseId)) {
        rebuilt++;
      }
    }
    for (Case found : withoutRecord()) {
      try {
        Boolean written =
            transaction.execute(
                status -> {
                  try {
                    return rebuild(found);
                  } catch (DuplicateKeyException writtenMeanwhile) {
                    status.setRollbackOnly(); // another node rebuilt it since the query
                    return false;
                  }
                });
        if (Boolean.TRUE.equals(written)) {
          rebuilt++;
        }
      } catch (RuntimeException failed) {
        LOG.error("Statistics record of process instance {} not rebuilt", found.id(), failed);
      }
    }
    return rebuilt;
  }

  /** The variables the grant per component is kept from. */
  private static final java.util.Set<String> GRANT_VARIABLES =
      java.util.Set.of("reintegrationInstalments", "reintegrationPayments");

  private static final String APPROVED_WITHOUT_COMPONENTS =
      "SELECT s.case_instance_id FROM avrr_case_statistics s WHERE s.plan_approved_on IS NOT NULL"
          + " AND NOT EXISTS (SELECT 1 FROM avrr_grant_component g"
          + " WHERE g.case_instance_id = s.case_instance_id)";

  /**
   * Cases with a plan approved and no grant per component: approved before it was recorded (or a
   * plan without a costed component, which stays so).
   */
  private List<String> approvedWithoutComponents() {
    return jdbc.queryForList(APPROVED_WITHOUT_COMPONENTS, String.class);
  }

  private boolean approvedWithoutComponents(String caseId) {
    return !jdbc.queryForList(
            APPROVED_WITHOUT_COMPONENTS + " AND s.case_instance_id = ?", String.class, caseId)
        .isEmpty();
  }

  /** A case's own process instance, as its history holds it. */
  private record Case(
      String id,
      String businessKey,
      String definitionKey,
      Date started,
      Date ended,
      String endActivity) {}

  private List<Case> withoutRecord() {
    String keys =
        CaseStatisticsRecorder.CASE_PROCESSES.stream()
            .map(key -> "'" + key + "'")
            .collect(Collectors.joining(", "));
    return jdbc.query(
        "SELECT p.ID_, p.BUSINESS_KEY_, p.PROC_DEF_KEY_, p.START_TIME_, p.END_TIME_, p.END_ACT_ID_"
            + " FROM ACT_HI_PROCINST p WHERE p.PROC_DEF_KEY_ IN ("
            + keys
            + ") AND NOT EXISTS (SELECT 1 FROM avrr_case_statistics s"
            + " WHERE s.case_instance_id = p.ID_) ORDER BY p.START_TIME_",
        (row, i) ->
            new Case(
                row.getString(1),
                row.getString(2),
                row.getString(3),
                row.getTimestamp(4),
                row.getTimestamp(5),
                row.getString(6)));
  }

  private boolean rebuild(Case found) {
    Integer exists =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM avrr_case_statistics WHERE case_instance_id = ?",
            Integer.class,
            found.id());
    if (exists != null && exists > 0) {
      return false; // the case's own start wrote it, or another node, since the query
    }
    List<HistoryEvent> events = new ArrayList<>();
    events.addAll(steps(found.id()));
    events.addAll(variables(found.id(), CaseStatisticsRecorder.VARIABLES));
    // In the order they happened (a stable sort: variables keep their own order at one instant).
    events.sort(Comparator.comparing(CaseStatisticsBackfill::when));
    recorder.replay(instance(found, HistoryEventTypes.PROCESS_INSTANCE_START));
    events.forEach(recorder::replay);
    if (found.ended() != null) {
      recorder.replay(instance(found, HistoryEventTypes.PROCESS_INSTANCE_END));
    }
    return true;
  }

  private static HistoricProcessInstanceEventEntity instance(Case found, HistoryEventTypes type) {
    HistoricProcessInstanceEventEntity event = new HistoricProcessInstanceEventEntity();
    event.setEventType(type.getEventName());
    event.setProcessInstanceId(found.id());
    event.setRootProcessInstanceId(found.id());
    event.setProcessDefinitionKey(found.definitionKey());
    event.setBusinessKey(found.businessKey());
    event.setStartTime(found.started());
    event.setEndTime(found.ended());
    event.setEndActivityId(found.endActivity());
    return event;
  }

  /** Every step of the case (its sub-processes too) that ended. */
  private List<HistoryEvent> steps(String caseId) {
    return jdbc.query(
        "SELECT PROC_DEF_KEY_, ACT_ID_, END_TIME_ FROM ACT_HI_ACTINST"
            + " WHERE ROOT_PROC_INST_ID_ = ? AND END_TIME_ IS NOT NULL",
        (row, i) -> {
          HistoricActivityInstanceEventEntity event = new HistoricActivityInstanceEventEntity();
          event.setEventType(HistoryEventTypes.ACTIVITY_INSTANCE_END.getEventName());
          event.setRootProcessInstanceId(caseId);
          event.setProcessDefinitionKey(row.getString(1));
          event.setActivityId(row.getString(2));
          event.setEndTime(row.getTimestamp(3));
          return event;
        },
        caseId);
  }

  /** Every update of a variable the record reads, with its value as it was then. */
  private List<HistoryEvent> variables(String caseId, java.util.Set<String> read) {
    String names = read.stream().map(name -> "'" + name + "'").collect(Collectors.joining(", "));
    return jdbc.query(
        "SELECT d.NAME_, d.TEXT_, d.LONG_, d.DOUBLE_, d.TIME_, b.BYTES_"
            + " FROM ACT_HI_DETAIL d LEFT JOIN ACT_GE_BYTEARRAY b ON b.ID_ = d.BYTEARRAY_ID_"
            + " WHERE d.ROOT_PROC_INST_ID_ = ? AND d.TYPE_ = 'VariableUpdate' AND d.NAME_ IN ("
            + names
            + ") ORDER BY d.TIME_, d.NAME_, d.SEQUENCE_COUNTER_",
        (row, i) -> {
          HistoricVariableUpdateEventEntity event = new HistoricVariableUpdateEventEntity();
          event.setEventType(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE.getEventName());
          event.setRootProcessInstanceId(caseId);
          event.setVariableName(row.getString(1));
          event.setTextValue(row.getString(2));
          long longValue = row.getLong(3);
          event.setLongValue(row.wasNull() ? null : longValue);
          double doubleValue = row.getDouble(4);
          event.setDoubleValue(row.wasNull() ? null : doubleValue);
          event.setTimestamp(row.getTimestamp(5));
          event.setByteValue(row.getBytes(6));
          return event;
        },
        caseId);
  }

  /** When an event happened: a step's end, a variable's update. */
  private static Date when(HistoryEvent event) {
    Date at =
        event instanceof HistoricActivityInstanceEventEntity step
            ? step.getEndTime()
            : ((HistoricVariableUpdateEventEntity) event).getTimestamp();
    return at == null ? new Timestamp(0) : at;
  }
}
