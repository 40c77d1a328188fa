package org.avrr.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.avrr.workflow.identity.AvrrGroups;
import org.avrr.workflow.inbound.InboundReturnProcess;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * Every demo user against every kind of data of two cases, through the REST API the webapps use: an
 * outbound case of an Iraqi applicant at "Book the journey" (history, decisions, the Ministry's
 * answers, the case summary mailed to IOM Iraq) and an inbound case IOM Germany referred, waiting
 * for IOM Germany to confirm the departure. What each may read follows ADR 0005: managers and case
 * managers read every case; everyone else reads a case only through a task offered to one of their
 * groups (its process instance's variables, for the form, also through the variable query), and
 * nothing of its history; a mission nothing of another mission's case. A leak is any answer naming
 * the person, the document or an instance of the case where the user may not read it.
 */
class RoleResourceMatrixIT extends CaseApiIT {

  /** One case as the matrix needs it: who the person is and what the engine made of it. */
  private record CaseUnderTest(
      String label,
      String caseNumber,
      String surname,
      String documentNumber,
      String root,
      List<String> ids) {

    /**
     * Whether an answer gives away something of the case: the person or the document, or, in an
     * answer that is not a refusal, one of its instances (a refusal repeats the id it was asked).
     */
    boolean namedIn(Answer answer) {
      return answer.body().contains(surname)
          || answer.body().contains(documentNumber)
          || (answer.status() < 300 && ids.stream().anyMatch(answer.body()::contains));
    }
  }

  private record Answer(int status, String body) {}

  @Test
  void everyUserReadsExactlyTheCasesTheirRoleMayRead() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    String outboundSurname = "Barzani" + randomLetters(6);
    String outboundDocument = "A" + (10_000_000 + random.nextInt(89_999_999));
    String outbound = startCase(outboundDocument, today(), outboundSurname, "Hawre", "1984-05-17");
    walkToTravelBooking(outbound);

    String inboundSurname = "Lukashevich" + randomLetters(6);
    String inboundDocument = "MP" + (1_000_000 + random.nextInt(8_999_999));
    ResponseEntity<Map<String, Object>> referred =
        postCallback(
            "/api/referrals/mission-deu",
            "mission-deu",
            "sandbox-callback-secret",
            referral("DEU-MATRIX-" + System.nanoTime())
                .replace("Kovalenko", inboundSurname)
                .replace("MP1234567", inboundDocument));
    assertThat(status(referred)).as("%s", referred.getBody()).isEqualTo(201);
    String inbound = (String) referred.getBody().get("caseNumber");
    submit(
        taskOf(inbound, "movement-officer", InboundReturnProcess.TASK_PREPARE_RECEPTION),
        "movement-officer",
        Map.of(
            "meetAndGreetArranged", value(true, "Boolean"),
            "onwardTransportArranged", value("Train to Hrodna, 18:10.", "String")));

    List<CaseUnderTest> cases =
        List.of(
            caseUnderTest("the outbound case", outbound, outboundSurname, outboundDocument),
            caseUnderTest("the inbound case", inbound, inboundSurname, inboundDocument));

    List<String> leaks = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    int requests = 0;
    for (User user : engine.getIdentityService().createUserQuery().list()) {
      String id = user.getId();
      Set<String> groups =
          engine.getIdentityService().createGroupQuery().groupMember(id).list().stream()
              .map(Group::getId)
              .collect(Collectors.toSet());
      if (groups.contains("camunda-admin")) {
        continue;
      }
      boolean oversight =
          groups.contains(AvrrGroups.CASE_MANAGERS) || groups.contains(AvrrGroups.MANAGERS);
      for (CaseUnderTest theCase : cases) {
        Set<String> offered = tasksOfferedTo(id, groups, theCase.caseNumber());
        // A task's form shows its process instance's variables: the same through the variable
        // query.
        Set<String> formReadable =
            offered.stream()
                .map(
                    task ->
                        "/engine-rest/variable-instance?processInstanceIdIn="
                            + engine
                                .getTaskService()
                                .createTaskQuery()
                                .taskId(task)
                                .singleResult()
                                .getProcessInstanceId())
                .collect(Collectors.toSet());
        for (Map.Entry<String, Boolean> path : caseWidePaths(theCase).entrySet()) {
          Answer answer = get(id, path.getKey());
          requests++;
          if (!oversight && !formReadable.contains(path.getKey()) && theCase.namedIn(answer)) {
            leaks.add(id + " reads " + theCase.label() + " at " + path.getKey());
          }
          if (oversight && path.getValue() && !theCase.namedIn(answer)) {
            missing.add(
                id
                    + " (oversight) does not read "
                    + theCase.label()
                    + " at "
                    + path.getKey()
                    + ": "
                    + answer.status()
                    + " "
                    + answer.body().substring(0, Math.min(120, answer.body().length())));
          }
        }
        Set<String> visible = visibleTasks(id, theCase.caseNumber());
        requests++;
        Set<String> expected = oversight ? openTasks(theCase.caseNumber()) : offered;
        if (!visible.equals(expected)) {
          (visible.containsAll(expected) ? leaks : missing)
              .add(
                  id
                      + " sees tasks "
                      + visible
                      + " of "
                      + theCase.label()
                      + ", expected "
                      + expected);
        }
        for (String task : openTasks(theCase.caseNumber())) {
          // The form's variables: what Tasklist shows with the task.
          boolean may = oversight || offered.contains(task);
          for (String path :
              List.of(
                  "/engine-rest/task/" + task + "/variables",
                  "/engine-rest/task/" + task + "/form-variables")) {
            Answer answer = get(id, path);
            requests++;
            if (!may && theCase.namedIn(answer)) {
              leaks.add(id + " reads " + theCase.label() + " at " + path);
            }
            if (may && !answer.body().contains(theCase.surname())) {
              missing.add(id + " cannot read its task's form at " + path);
            }
          }
        }
      }
      for (String path : List.of("/mail.json?case=" + outbound, "/mail", "/sandbox/faults")) {
        int answer = status(id, path);
        requests++;
        if (answer != 401 && answer != 403) {
          leaks.add(id + " gets " + answer + " from " + path);
        }
      }
    }

    assertThat(requests).as("requests made").isGreaterThan(1_000);
    assertThat(leaks).as("reads no role may make").isEmpty();
    assertThat(missing).as("reads a role needs and does not get").isEmpty();
  }

  private CaseUnderTest caseUnderTest(
      String label, String caseNumber, String surname, String documentNumber) {
    List<HistoricProcessInstance> instances =
        engine
            .getHistoryService()
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(caseNumber)
            .list();
    String root =
        instances.stream()
            .filter(instance -> instance.getSuperProcessInstanceId() == null)
            .map(HistoricProcessInstance::getId)
            .findFirst()
            .orElseThrow();
    return new CaseUnderTest(
        label,
        caseNumber,
        surname,
        documentNumber,
        root,
        instances.stream().map(HistoricProcessInstance::getId).toList());
  }

  /**
   * What the webapps and a script could ask about a case, by its number and its instances; true
   * where managers and case managers must find the case (where it has such data at all).
   */
  private static Map<String, Boolean> caseWidePaths(CaseUnderTest theCase) {
    Map<String, Boolean> paths = new java.util.LinkedHashMap<>();
    String number = theCase.caseNumber();
    String root = theCase.root();
    paths.put("/engine-rest/process-instance?businessKey=" + number, true);
    paths.put("/engine-rest/history/process-instance?processInstanceBusinessKey=" + number, true);
    paths.put("/engine-rest/history/task?processInstanceBusinessKey=" + number, true);
    paths.put("/engine-rest/variable-instance?variableName=surname", true);
    paths.put("/engine-rest/history/variable-instance?variableName=surname", true);
    paths.put("/engine-rest/process-instance/" + root + "/variables", true);
    paths.put("/engine-rest/variable-instance?processInstanceIdIn=" + root, true);
    paths.put("/engine-rest/history/variable-instance?processInstanceId=" + root, true);
    paths.put("/engine-rest/history/activity-instance?processInstanceId=" + root, true);
    for (String id : theCase.ids()) {
      paths.putIfAbsent("/engine-rest/variable-instance?processInstanceIdIn=" + id, false);
      paths.putIfAbsent("/engine-rest/history/variable-instance?processInstanceId=" + id, false);
      paths.put("/engine-rest/history/detail?processInstanceId=" + id, false);
      paths.putIfAbsent("/engine-rest/history/activity-instance?processInstanceId=" + id, false);
      paths.put("/engine-rest/history/decision-instance?processInstanceId=" + id, false);
      paths.put("/engine-rest/history/user-operation?processInstanceId=" + id, false);
      paths.put("/engine-rest/history/incident?processInstanceId=" + id, false);
      paths.put("/engine-rest/history/job-log?processInstanceId=" + id, false);
      paths.put("/engine-rest/execution?processInstanceId=" + id, false);
    }
    return paths;
  }

  /** The case's open tasks offered to one of the user's groups, or assigned to the user. */
  private Set<String> tasksOfferedTo(String user, Set<String> groups, String caseNumber) {
    Set<String> offered = new HashSet<>();
    for (Task task :
        engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber).list()) {
      if (user.equals(task.getAssignee())) {
        offered.add(task.getId());
      }
      for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType())
            && (groups.contains(link.getGroupId()) || user.equals(link.getUserId()))) {
          offered.add(task.getId());
        }
      }
    }
    return offered;
  }

  private Set<String> openTasks(String caseNumber) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceBusinessKey(caseNumber)
        .list()
        .stream()
        .map(Task::getId)
        .collect(Collectors.toSet());
  }

  private static Set<String> visibleTasks(String user, String caseNumber) {
    List<Map<String, Object>> tasks =
        restAs(user)
            .get()
            .uri("/task?processInstanceBusinessKey={key}&maxResults=100", caseNumber)
            .retrieve()
            .body(LIST);
    return tasks.stream().map(task -> (String) task.get("id")).collect(Collectors.toSet());
  }

  /** A GET as the user, whatever its answer; a list asks for at most 2,000 rows, as it must. */
  private static Answer get(String user, String path) {
    String bounded =
        !path.startsWith("/engine-rest/")
                || path.endsWith("/variables")
                || path.contains("maxResults")
            ? path
            : path + (path.contains("?") ? "&" : "?") + "maxResults=2000";
    return rest(user)
        .get()
        .uri(bounded)
        .exchange(
            (request, response) ->
                new Answer(
                    response.getStatusCode().value(),
                    new String(
                        response.getBody().readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8)));
  }

  private static int status(String user, String path) {
    return rest(user)
        .get()
        .uri(path)
        .exchange((request, response) -> response.getStatusCode().value());
  }

  private static org.springframework.web.client.RestClient rest(String user) {
    return org.springframework.web.client.RestClient.builder()
        .baseUrl(baseUrl())
        .defaultHeaders(headers -> headers.setBasicAuth(user, user))
        .build();
  }
}
