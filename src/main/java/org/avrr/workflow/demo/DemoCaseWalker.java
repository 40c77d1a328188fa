package org.avrr.workflow.demo;

import static org.avrr.workflow.counselling.IntakeCounsellingProcess.TASK_HOLD_COUNSELLING_SESSION;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.TASK_RECORD_FIRST_CONTACT;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.TASK_SIGN_RETURN_DECLARATION;
import static org.avrr.workflow.eligibility.EligibilityProcess.TASK_CHECK_MIGRATION_STATUS;
import static org.avrr.workflow.eligibility.EligibilityProcess.TASK_REFER_TO_UNHCR;
import static org.avrr.workflow.eligibility.EligibilityProcess.TASK_SCREEN_VULNERABILITY;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.avrr.workflow.common.OfficeCalendar;
import org.avrr.workflow.demo.DemoCatalogue.DemoCase;
import org.avrr.workflow.demo.DemoCatalogue.Returnee;
import org.avrr.workflow.eligibility.EligibilityProcess;
import org.avrr.workflow.identity.AvrrGroups;
import org.avrr.workflow.identity.IdentityProperties;
import org.avrr.workflow.identity.MissionDirectory;
import org.avrr.workflow.inbound.InboundReturnProcess;
import org.avrr.workflow.inbound.Referral;
import org.avrr.workflow.inbound.ReferralIntake;
import org.avrr.workflow.outbound.OutboundReturnProcess;
import org.avrr.workflow.predeparture.PreDepartureProcess;
import org.avrr.workflow.reintegration.ReintegrationProcess;
import org.avrr.workflow.travel.TravelProcess;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Takes a demo case to its stage through the real models, as the office's staff and the missions
 * would: cases start through the start form or a mission's referral, tasks are completed by
 * submitting their forms (FormService, so the forms' server-side validation applies), and what the
 * job executor and the sandbox authorities do by themselves is waited for, never done in their
 * place. The one shortcut is the Ministry outage (see {@link #raiseStatusCheckIncident}).
 */
@Component
class DemoCaseWalker {

  /** How often a waiting step looks again. */
  private static final Duration POLL = Duration.ofMillis(250);

  private final ProcessEngine engine;
  private final ReferralIntake referrals;
  private final MissionDirectory missions;
  private final OfficeCalendar calendar;
  private final ObjectMapper json;
  private final DemoProperties properties;

  DemoCaseWalker(
      ProcessEngine engine,
      ReferralIntake referrals,
      MissionDirectory missions,
      OfficeCalendar calendar,
      ObjectMapper json,
      DemoProperties properties) {
    this.engine = engine;
    this.referrals = referrals;
    this.missions = missions;
    this.calendar = calendar;
    this.json = json;
    this.properties = properties;
  }

  /**
   * Opens the case and returns its number. Runs inside the caller's transaction (the engine joins
   * Spring's), so the slot's claim and the new case commit or roll back together.
   */
  String open(DemoCase demoCase) {
    LocalDate today = calendar.today();
    if (demoCase.scenario().flow == DemoCatalogue.Flow.INBOUND) {
      IdentityProperties.Mission germany =
          missions
              .byGroup(AvrrGroups.missionGroup("deu"))
              .orElseThrow(() -> new IllegalStateException("no mission deu is configured"));
      Referral referral;
      try {
        referral =
            Referral.read(
                json.readTree(DemoForms.referralJson(demoCase, today)),
                today,
                org.avrr.workflow.i18n.Message.of("calendar.today", "the office", today));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
      return referrals.open(germany, referral).caseNumber();
    }
    String definition =
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(OutboundReturnProcess.KEY)
            .latestVersion()
            .singleResult()
            .getId();
    ProcessInstance started =
        engine.getFormService().submitStartForm(definition, DemoForms.application(demoCase, today));
    return started.getBusinessKey();
  }

  /** Works the opened case to its scenario's stage; throws if a step does not come in time. */
  void walk(DemoCase demoCase, String caseNumber) throws InterruptedException {
    LocalDate today = calendar.today();
    switch (demoCase.scenario()) {
      case FIRST_CONTACT -> awaitTask(caseNumber, TASK_RECORD_FIRST_CONTACT);
      case COUNSELLING_SESSION -> {
        submit(caseNumber, TASK_RECORD_FIRST_CONTACT, DemoForms.firstContact(today));
        awaitTask(caseNumber, TASK_HOLD_COUNSELLING_SESSION);
      }
      case MINISTRY_OUTAGE -> {
        intakeAndScreening(demoCase, caseNumber, today);
        raiseStatusCheckIncident(caseNumber);
      }
      case EXIT_CLEARANCE_PENDING -> {
        intakeAndScreening(demoCase, caseNumber, today);
        preDepartureTasks(demoCase, caseNumber, today);
        // The request has gone to the Ministry once the case waits for its decision.
        await(
            "the exit clearance request of " + caseNumber,
            () -> {
              String preDeparture = instanceOf(caseNumber, PreDepartureProcess.KEY);
              return preDeparture != null
                  && engine
                          .getRuntimeService()
                          .createEventSubscriptionQuery()
                          .eventName(PreDepartureProcess.MESSAGE_EXIT_CLEARANCE_ANSWERED)
                          .processInstanceId(preDeparture)
                          .count()
                      > 0;
            });
      }
      case TRAVEL_BOOKING -> {
        intakeAndScreening(demoCase, caseNumber, today);
        preDepartureTasks(demoCase, caseNumber, today);
        // Comes once the sandbox Ministry has cleared the exit by callback.
        submit(caseNumber, TravelProcess.TASK_PLAN_ROUTE, DemoForms.route());
        awaitTask(caseNumber, TravelProcess.TASK_BOOK_JOURNEY);
      }
      case REFERRED_TO_UNHCR -> {
        intakeAndScreening(demoCase, caseNumber, today);
        submit(caseNumber, TASK_REFER_TO_UNHCR, DemoForms.unhcrReferral(today));
        await(
            "the closure of " + caseNumber,
            () ->
                engine
                        .getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(caseNumber)
                        .processDefinitionKey(OutboundReturnProcess.KEY)
                        .finished()
                        .count()
                    > 0);
      }
      case REFERRAL_RECEIVED -> awaitTask(caseNumber, InboundReturnProcess.TASK_PREPARE_RECEPTION);
      case PLAN_AWAITING_MISSION -> {
        Returnee person = demoCase.returnee();
        submit(
            caseNumber, InboundReturnProcess.TASK_PREPARE_RECEPTION, DemoForms.reception(person));
        submit(caseNumber, InboundReturnProcess.TASK_CONFIRM_DEPARTURE, DemoForms.departed());
        submit(caseNumber, InboundReturnProcess.TASK_ASSIST_ARRIVAL, DemoForms.arrived(today));
        // After the sandbox Committee has registered the arrival (a job).
        submit(caseNumber, ReintegrationProcess.TASK_ASSESS_NEEDS, DemoForms.assessment(person));
        submit(caseNumber, ReintegrationProcess.TASK_DRAFT_PLAN, DemoForms.plan(person));
        awaitTask(caseNumber, ReintegrationProcess.TASK_APPROVE_PLAN);
      }
    }
  }

  /** From the first contact to the vulnerability screening; the status check follows as a job. */
  private void intakeAndScreening(DemoCase demoCase, String caseNumber, LocalDate today)
      throws InterruptedException {
    submit(caseNumber, TASK_RECORD_FIRST_CONTACT, DemoForms.firstContact(today));
    submit(
        caseNumber,
        TASK_HOLD_COUNSELLING_SESSION,
        DemoForms.counsellingSession(demoCase.applicant(), today));
    submit(caseNumber, TASK_SIGN_RETURN_DECLARATION, DemoForms.declaration(today));
    submit(caseNumber, TASK_SCREEN_VULNERABILITY, DemoForms.screening());
  }

  /** The movement officer's pre-departure tasks, once the Ministry found the case eligible. */
  private void preDepartureTasks(DemoCase demoCase, String caseNumber, LocalDate today)
      throws InterruptedException {
    submit(
        caseNumber,
        PreDepartureProcess.TASK_CHECK_TRAVEL_DOCUMENT,
        DemoForms.travelDocument(demoCase, today));
    submit(caseNumber, PreDepartureProcess.TASK_ARRANGE_ACCOMMODATION, DemoForms.accommodation());
  }

  /**
   * The sandbox Ministry answers a DOWN... case with 503, so its status check fails; left alone the
   * job is tried five times, five minutes apart (R5/PT5M), before the incident shows. So that the
   * newcomer sees the incident in Cockpit at once, the demo waits for the job executor's first
   * failed attempt, then sets the job's retries to 1 and runs it again: that failure uses the last
   * retry and raises the incident, exactly as the fifth attempt would.
   */
  private void raiseStatusCheckIncident(String caseNumber) throws InterruptedException {
    String eligibility =
        await(
            "the eligibility stage of " + caseNumber,
            () -> instanceOf(caseNumber, EligibilityProcess.KEY));
    await(
        "an incident on the status check of " + caseNumber,
        () -> {
          if (engine
                  .getRuntimeService()
                  .createIncidentQuery()
                  .processInstanceId(eligibility)
                  .activityId(TASK_CHECK_MIGRATION_STATUS)
                  .count()
              > 0) {
            return true;
          }
          Job job =
              engine
                  .getManagementService()
                  .createJobQuery()
                  .processInstanceId(eligibility)
                  .activityId(TASK_CHECK_MIGRATION_STATUS)
                  .withRetriesLeft()
                  .withException()
                  .singleResult();
          if (job != null) {
            try {
              engine.getManagementService().setJobRetries(job.getId(), 1);
              engine.getManagementService().executeJob(job.getId());
            } catch (OptimisticLockingException jobExecutorGotThereFirst) {
              // look again
            } catch (RuntimeException expected) {
              // 503 from the sandbox Ministry: the failure used the last retry
            }
          }
          return false;
        });
  }

  /**
   * Lets the job executor finish what the case's last step started before the next form is
   * submitted, as a person would come back to the case later: a submission racing a job of the same
   * case makes one of them fail with an OptimisticLockingException.
   */
  private void awaitJobsDone(String caseNumber) throws InterruptedException {
    await(
        "the background steps of " + caseNumber,
        () -> {
          retryCollisions(caseNumber);
          return jobsOf(caseNumber).stream()
              .noneMatch(
                  job -> job.getExceptionMessage() == null || isCollision(job) || isDue(job));
        });
  }

  /**
   * A job that lost a race with another transaction of the same case is retried after the model's
   * retry delay (minutes); the demo runs it again at once instead, as an operator would.
   */
  private void retryCollisions(String caseNumber) {
    for (Job job : jobsOf(caseNumber)) {
      if (isCollision(job)) {
        try {
          engine.getManagementService().executeJob(job.getId());
        } catch (RuntimeException stillRacing) {
          // the job keeps its retries; looked at again on the next poll
        }
      }
    }
  }

  /** The case's jobs that can run now or are waiting to retry (not timers far ahead, say). */
  private List<Job> jobsOf(String caseNumber) {
    Date now = ClockUtil.getCurrentTime();
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber)
        .list()
        .stream()
        .flatMap(
            instance ->
                engine
                    .getManagementService()
                    .createJobQuery()
                    .processInstanceId(instance.getId())
                    .withRetriesLeft()
                    .list()
                    .stream())
        .filter(
            job ->
                job.getExceptionMessage() != null
                    || job.getDuedate() == null
                    || !job.getDuedate().after(now))
        .toList();
  }

  private boolean isDue(Job job) {
    return job.getDuedate() == null || !job.getDuedate().after(ClockUtil.getCurrentTime());
  }

  private boolean isCollision(Job job) {
    if (job.getExceptionMessage() == null) {
      return false;
    }
    String trace = engine.getManagementService().getJobExceptionStacktrace(job.getId());
    return trace != null && trace.contains(OptimisticLockingException.class.getName());
  }

  /** Waits for the open task {@code taskKey} of the case, then submits its form. */
  private void submit(String caseNumber, String taskKey, Map<String, Object> form)
      throws InterruptedException {
    Task task = awaitTask(caseNumber, taskKey);
    awaitJobsDone(caseNumber);
    engine.getFormService().submitTaskForm(task.getId(), form);
  }

  private Task awaitTask(String caseNumber, String taskKey) throws InterruptedException {
    return await(
        "task " + taskKey + " of " + caseNumber,
        () -> {
          retryCollisions(caseNumber);
          List<Task> tasks =
              engine
                  .getTaskService()
                  .createTaskQuery()
                  .processInstanceBusinessKey(caseNumber)
                  .taskDefinitionKey(taskKey)
                  .active()
                  .list();
          return tasks.isEmpty() ? null : tasks.get(0);
        });
  }

  private String instanceOf(String caseNumber, String processKey) {
    List<ProcessInstance> instances =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(caseNumber)
            .processDefinitionKey(processKey)
            .list();
    return instances.isEmpty() ? null : instances.get(0).getId();
  }

  /**
   * Polls until {@code probe} gives something (not null, not false): the job executor and the
   * sandbox's callbacks move the case meanwhile. Gives up after avrr.demo.patience.
   */
  private <T> T await(String what, Supplier<T> probe) throws InterruptedException {
    long deadline = System.nanoTime() + properties.patience().toNanos();
    while (true) {
      T found = probe.get();
      if (found != null && !Boolean.FALSE.equals(found)) {
        return found;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "gave up waiting for " + what + " after " + properties.patience());
      }
      Thread.sleep(POLL.toMillis());
    }
  }
}
