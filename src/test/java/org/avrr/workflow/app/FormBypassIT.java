package org.avrr.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.avrr.workflow.counselling.IntakeCounsellingProcess;
import org.avrr.workflow.inbound.InboundReturnProcess;
import org.avrr.workflow.outbound.OutboundReturnProcess;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * No way around the forms: every value of a case is written through a form, validated on the
 * server. Every user but the administrators — each demo user, office staff and missions alike — is
 * refused every other way the engine offers to write a case's data, on a task they may work
 * themselves and on one they may not: task and local variables, process and execution variables, a
 * message or a signal carrying variables, instance modification, attachments and comments,
 * completing or resolving a task without its form, changing a task, deleting or suspending the
 * case. Afterwards the cases' data is exactly what it was. (A change of authorizations that opened
 * one of these would fail here.)
 */
class FormBypassIT extends CaseApiIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void noUserButAnAdministratorWritesCaseDataOutsideTheForms() throws Exception {
    String outbound = startCase("F7712345");
    String inbound = referInbound("mission-deu", "DEU-BYPASS-" + System.nanoTime());
    List<String> cases = List.of(outbound, inbound);
    List<String> before = dataOf(cases);
    Task counselling = task(outbound, IntakeCounsellingProcess.TASK_RECORD_FIRST_CONTACT);
    Task reception = task(inbound, InboundReturnProcess.TASK_PREPARE_RECEPTION);
    List<String> users =
        engine.getIdentityService().createUserQuery().list().stream()
            .map(User::getId)
            .filter(user -> !isAdministrator(user))
            .toList();
    assertThat(users).contains("counsellor", "movement-officer", "manager", "mission-deu");

    List<String> opened = new ArrayList<>();
    int tried = 0;
    try {
      for (String user : users) {
        for (Task task : List.of(counselling, reception)) {
          for (Map.Entry<String, String[]> write : writes(task).entrySet()) {
            String[] request = write.getValue();
            int status = send(request[0], request[1], user, request[2], request[3]);
            tried++;
            if (status < 300) {
              opened.add(
                  user
                      + " "
                      + write.getKey()
                      + " on "
                      + task.getTaskDefinitionKey()
                      + ": "
                      + status);
            }
          }
        }
      }
    } finally {
      System.out.println("FormBypassIT: " + tried + " writes tried by " + users.size() + " users");
    }
    assertThat(opened).as("ways around the forms").isEmpty();
    assertThat(dataOf(cases)).as("the cases' data").isEqualTo(before);
    assertThat(task(outbound, IntakeCounsellingProcess.TASK_RECORD_FIRST_CONTACT)).isNotNull();
  }

  /** Every way to write a case's data without its form: name → method, path, type, body. */
  private Map<String, String[]> writes(Task task) {
    String t = "/engine-rest/task/" + task.getId();
    String p = "/engine-rest/process-instance/" + task.getProcessInstanceId();
    String e = "/engine-rest/execution/" + task.getExecutionId();
    String json = "application/json";
    String variable = "{\"value\": \"bypassed\", \"type\": \"String\"}";
    String modifications = "{\"modifications\": {\"surname\": " + variable + "}}";
    Map<String, String[]> writes = new java.util.LinkedHashMap<>();
    writes.put("task variable", new String[] {"PUT", t + "/variables/surname", json, variable});
    writes.put("task variables", new String[] {"POST", t + "/variables", json, modifications});
    writes.put(
        "task local variable", new String[] {"PUT", t + "/localVariables/note", json, variable});
    writes.put(
        "task local variables", new String[] {"POST", t + "/localVariables", json, modifications});
    writes.put("process variable", new String[] {"PUT", p + "/variables/surname", json, variable});
    writes.put("process variables", new String[] {"POST", p + "/variables", json, modifications});
    writes.put(
        "execution local variable",
        new String[] {"PUT", e + "/localVariables/surname", json, variable});
    writes.put(
        "message with variables",
        new String[] {
          "POST",
          "/engine-rest/message",
          json,
          "{\"messageName\": \"Message_WithdrawalRecorded\", \"processInstanceId\": \""
              + task.getProcessInstanceId()
              + "\", \"processVariables\": {\"surname\": "
              + variable
              + "}}"
        });
    writes.put(
        "signal with variables",
        new String[] {
          "POST",
          "/engine-rest/signal",
          json,
          "{\"name\": \"anything\", \"variables\": {\"surname\": " + variable + "}}"
        });
    writes.put(
        "instance modification",
        new String[] {
          "POST",
          p + "/modification",
          json,
          "{\"instructions\": [{\"type\": \"cancel\", \"activityId\": \""
              + task.getTaskDefinitionKey()
              + "\"}]}"
        });
    writes.put(
        "comment",
        new String[] {"POST", t + "/comment/create", json, "{\"message\": \"bypassed\"}"});
    writes.put(
        "attachment",
        new String[] {
          "POST",
          t + "/attachment/create",
          "multipart/form-data; boundary=XyZ",
          "--XyZ\r\nContent-Disposition: form-data; name=\"attachment-name\"\r\n\r\nscan\r\n"
              + "--XyZ\r\nContent-Disposition: form-data; name=\"url\"\r\n\r\nhttp://example.org\r\n--XyZ--\r\n"
        });
    writes.put("complete", new String[] {"POST", t + "/complete", json, "{\"variables\": {}}"});
    writes.put("resolve", new String[] {"POST", t + "/resolve", json, "{\"variables\": {}}"});
    writes.put(
        "change the task",
        new String[] {"PUT", t, json, "{\"name\": \"bypassed\", \"description\": \"bypassed\"}"});
    writes.put("delegate", new String[] {"POST", t + "/delegate", json, "{\"userId\": \"admin\"}"});
    writes.put("delete the task", new String[] {"DELETE", t, null, null});
    writes.put(
        "suspend the case", new String[] {"PUT", p + "/suspended", json, "{\"suspended\": true}"});
    writes.put("delete the case", new String[] {"DELETE", p, null, null});
    writes.put(
        "start without the form",
        new String[] {
          "POST",
          "/engine-rest/process-definition/key/" + OutboundReturnProcess.KEY + "/start",
          json,
          "{\"variables\": {}}"
        });
    return writes;
  }

  /** Every variable, comment and attachment of the cases, and their tasks: what must not change. */
  private List<String> dataOf(List<String> cases) {
    List<String> data = new ArrayList<>();
    for (String caseNumber : cases) {
      engine
          .getRuntimeService()
          .createProcessInstanceQuery()
          .processInstanceBusinessKey(caseNumber)
          .list()
          .forEach(
              instance -> {
                data.add(instance.getId() + " suspended=" + instance.isSuspended());
                engine
                    .getRuntimeService()
                    .createVariableInstanceQuery()
                    .processInstanceIdIn(instance.getId())
                    .list()
                    .forEach(v -> data.add(v.getName() + "=" + v.getValue()));
              });
      engine
          .getTaskService()
          .createTaskQuery()
          .processInstanceBusinessKey(caseNumber)
          .list()
          .forEach(
              task -> {
                data.add(
                    task.getTaskDefinitionKey() + " " + task.getName() + " " + task.getAssignee());
                data.add(
                    "comments " + engine.getTaskService().getTaskComments(task.getId()).size());
                data.add(
                    "attachments "
                        + engine.getTaskService().getTaskAttachments(task.getId()).size());
              });
    }
    return data.stream().sorted().toList();
  }

  private Task task(String caseNumber, String key) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(key)
        .singleResult();
  }

  private boolean isAdministrator(String user) {
    return engine
            .getIdentityService()
            .createGroupQuery()
            .groupMember(user)
            .groupId(Groups.CAMUNDA_ADMIN)
            .count()
        > 0;
  }

  private static int send(String method, String path, String user, String type, String body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl() + path))
            .timeout(Duration.ofSeconds(30))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", type);
      request.method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
