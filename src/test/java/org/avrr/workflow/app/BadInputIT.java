package org.avrr.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.avrr.workflow.inbound.InboundReturnProcess;
import org.avrr.workflow.outbound.OutboundReturnProcess;
import org.avrr.workflow.testing.HostileInput;
import org.junit.jupiter.api.Test;

/**
 * Everything a person or a system can send, badly (issue 14): the start form and task forms through
 * {@code submit-form}, the callback and referral endpoints, our own endpoints and the REST API's
 * query parameters, given wrong types, missing and extra keys, huge and deeply nested bodies,
 * Unicode edge cases and control characters, HTML and script, SQL, and expressions ({@code ${..}},
 * {@code #{..}}, FEEL) that must never be evaluated. Every answer: no 5xx, no stack trace, no class
 * name of ours or of a library; every refused submission saved nothing; no expression evaluated.
 * The values are generated field by field from a valid submission, so each case changes one thing.
 * (Every form's fields against these values, without HTTP, is FormBadInputTest.)
 */
class BadInputIT extends CaseApiIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** A variable of the wrong kind, as a client that does not know the form might send it. */
  static final List<Supplier<Map<String, Object>>> WRONG_TYPES =
      List.of(
          () -> typed(42, "Long"),
          () -> typed(-1.5e300, "Double"),
          () -> typed(true, "Boolean"),
          () -> typed("yes", "Boolean"),
          () -> typed("not json {", "Json"),
          () -> typed("{\"a\":" + "[".repeat(200) + "]".repeat(200) + "}", "Json"),
          () -> typed(null, "String"),
          () -> typed("2026-01-01T00:00:00.000+0000", "Date"),
          () -> typed(Base64.getEncoder().encodeToString(new byte[64]), "Bytes"),
          () -> {
            Map<String, Object> file =
                typed(Base64.getEncoder().encodeToString(new byte[8]), "File");
            file.put("valueInfo", Map.of("filename", "../../x.sh", "mimetype", "text/x-sh"));
            return file;
          },
          () -> {
            // A Java-serialized object: must never be deserialized.
            Map<String, Object> object = typed("rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA==", "Object");
            object.put(
                "valueInfo",
                Map.of(
                    "objectTypeName", "java.util.HashMap",
                    "serializationDataFormat", "application/x-java-serialized-object"));
            return object;
          },
          () -> {
            Map<String, Object> object = typed("{\"@class\":\"java.net.URL\"}", "Object");
            object.put(
                "valueInfo",
                Map.of(
                    "objectTypeName", "java.net.URL",
                    "serializationDataFormat", "application/json"));
            return object;
          },
          () -> typed("x", "NoSuchType"),
          () -> {
            Map<String, Object> untyped = new LinkedHashMap<>();
            untyped.put("value", "no type");
            return untyped;
          });

  /** What no answer may show: a stack frame, a qualified class name, SQL or a file path of ours. */
  private static final Pattern LEAK =
      Pattern.compile(
          "(\\bat (org|java|jakarta|com|sun)\\.[\\w.$]+\\()"
              + "|(\\b(org|java|javax|jakarta|com|sun|io)\\.[a-z0-9_]+\\.[\\w.$]*[A-Z]\\w*)"
              + "|(### Error)|(SQLSTATE)|(\\bselect .* from act_)"
              + "|(/work/|/home/|/root/)",
          Pattern.CASE_INSENSITIVE);

  private final List<String> failures = new ArrayList<>();
  private int sent;
  private final List<String> opened = new ArrayList<>();

  @Test
  void nothingSentBadlyBreaksTheApplicationLeaksItsInsidesOrIsKeptWhenRefused() throws Exception {
    try {
      startForm();
      firstContactForm();
      callbacks();
      referrals();
      ourEndpoints();
      queryParameters();
    } finally {
      deleteOpenedCases();
    }
    System.out.println(
        "BadInputIT: " + sent + " inputs sent, " + failures.size() + " broke a rule");
    assertThat(sent).as("inputs sent").isGreaterThanOrEqualTo(1_000);
    assertThat(
            engine
                    .getRuntimeService()
                    .createVariableInstanceQuery()
                    .variableName(HostileInput.PWNED)
                    .count()
                + engine
                    .getHistoryService()
                    .createHistoricVariableInstanceQuery()
                    .variableName(HostileInput.PWNED)
                    .count())
        .as("variables set by an evaluated expression")
        .isZero();
    assertThat(failures).as("answers that broke a rule").isEmpty();
  }

  // --- The start form: "New AVRR application" ---

  private void startForm() throws Exception {
    Map<String, Map<String, Object>> valid = validApplication();
    String path =
        "/engine-rest/process-definition/key/" + OutboundReturnProcess.KEY + "/submit-form";
    for (String field : valid.keySet()) {
      for (String text : HostileInput.TEXT) {
        startWith(path, valid, field, typed(text, "String"), "text " + describe(text));
      }
      for (Supplier<Map<String, Object>> wrong : WRONG_TYPES) {
        Map<String, Object> value = wrong.get();
        startWith(path, valid, field, value, "type " + value.get("type"));
      }
      Map<String, Map<String, Object>> without = new LinkedHashMap<>(valid);
      without.remove(field);
      submitStart(path, body(without), "without " + field);
    }
    Map<String, Map<String, Object>> extra = new LinkedHashMap<>(valid);
    extra.put("isAdmin", typed(true, "Boolean"));
    extra.put(HostileInput.PWNED, typed(true, "Boolean"));
    submitStart(path, body(extra), "with undeclared keys");
    for (String raw : structurallyBroken()) {
      submitStart(path, raw, "structurally broken " + describe(raw));
    }
  }

  private void startWith(
      String path,
      Map<String, Map<String, Object>> valid,
      String field,
      Map<String, Object> value,
      String what)
      throws Exception {
    Map<String, Map<String, Object>> variables = new LinkedHashMap<>(valid);
    variables.put(field, value);
    submitStart(path, body(variables), field + ": " + what);
  }

  private void submitStart(String path, String body, String what) throws Exception {
    long before = outboundCases();
    Answer answer = send("POST", path, "counsellor", "application/json", body, "start " + what);
    if (answer.status() == 200) {
      opened.add(JSON.readTree(answer.body()).path("businessKey").asText());
    } else if (outboundCases() != before) {
      failures.add("start " + what + ": refused (" + answer.status() + ") but a case was kept");
    }
  }

  private long outboundCases() {
    return engine
        .getHistoryService()
        .createHistoricProcessInstanceQuery()
        .processDefinitionKey(OutboundReturnProcess.KEY)
        .count();
  }

  // --- A task form: "Record first contact and consent" ---

  private void firstContactForm() throws Exception {
    Map<String, Map<String, Object>> valid = new LinkedHashMap<>();
    valid.put(FIRST_CONTACT_DATE.name(), typed(today(), "String"));
    valid.put("firstContactChannel", typed("IN_PERSON", "String"));
    valid.put(DATA_CONSENT.name(), typed(CONSENT_GIVEN, "String"));
    valid.put(CONSENT_TYPE.name(), typed("EXPLICIT_SIGNATURE", "String"));
    valid.put(CONSENT_TO_SHARE_WITH_RECEIVING_MISSION.name(), typed(true, "Boolean"));
    valid.put(CONSENT_TO_SHARE_WITH_AUTHORITIES.name(), typed(true, "Boolean"));
    String caseNumber = freshCase();
    for (String field : valid.keySet()) {
      List<Map<String, Object>> values = new ArrayList<>();
      HostileInput.TEXT.forEach(text -> values.add(typed(text, "String")));
      WRONG_TYPES.forEach(wrong -> values.add(wrong.get()));
      for (Map<String, Object> value : values) {
        Map<String, Map<String, Object>> variables = new LinkedHashMap<>(valid);
        variables.put(field, value);
        String taskId = firstContactTask(caseNumber);
        String what =
            "first contact " + field + ": " + describe(String.valueOf(value.get("value")));
        List<String> variablesBefore = variablesOf(caseNumber);
        Answer answer =
            send(
                "POST",
                "/engine-rest/task/" + taskId + "/submit-form",
                "counsellor",
                "application/json",
                body(variables),
                what);
        if (answer.status() == 204 || answer.status() == 200) {
          // Accepted (a date, an option and free text that is merely odd): the next case.
          caseNumber = freshCase();
        } else if (engine.getTaskService().createTaskQuery().taskId(taskId).count() != 1
            || !variablesOf(caseNumber).equals(variablesBefore)) {
          failures.add(what + ": refused (" + answer.status() + ") but something was kept");
        }
      }
    }
  }

  /** Every variable of the case, as text: what a refused submission must not change. */
  private List<String> variablesOf(String caseNumber) {
    return engine
        .getRuntimeService()
        .createVariableInstanceQuery()
        .processInstanceIdIn(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber)
                .list()
                .stream()
                .map(instance -> instance.getId())
                .toArray(String[]::new))
        .orderByVariableName()
        .asc()
        .list()
        .stream()
        .map(
            variable ->
                variable.getName() + "=" + variable.getTypeName() + ":" + variable.getValue())
        .sorted()
        .toList();
  }

  private String freshCase() {
    String caseNumber = startCase("B" + (1_000_000 + opened.size()));
    opened.add(caseNumber);
    return caseNumber;
  }

  private String firstContactTask(String caseNumber) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(TASK_RECORD_FIRST_CONTACT)
        .singleResult()
        .getId();
  }

  // --- Callbacks of the Ministry, the Committee and a mission ---

  private void callbacks() throws Exception {
    Map<String, ObjectNode> valid = new LinkedHashMap<>();
    valid.put(
        "/api/callbacks/migration-authority/exit-clearance|ministry",
        object(
            "caseNumber", "BY-2026-999991",
            "requestKey", "BY-2026-999991:Task_RequestExitClearance",
            "reference", "MIA-0000000000",
            "decision", "CLEARED",
            "decidedAt", "2026-01-01T10:00:00Z"));
    valid.put(
        "/api/callbacks/border-authority/departure|sbc",
        object(
            "caseNumber", "BY-2026-999992",
            "requestKey", "BY-2026-999992:Task_NotifyBorderAuthority",
            "reference", "SBC-0000000000",
            "outcome", "EXIT_RECORDED",
            "crossingPoint", "MINSK_NATIONAL_AIRPORT",
            "recordedAt", "2026-01-01T10:00:00Z"));
    valid.put(
        "/api/callbacks/mission-irq/arrival|mission-irq",
        object(
            "caseNumber", "BY-2026-999993",
            "requestKey", "BY-2026-999993:x",
            "outcome", "ARRIVED",
            "arrivedOn", "2026-01-01"));
    for (Map.Entry<String, ObjectNode> callback : valid.entrySet()) {
      String[] target = callback.getKey().split("\\|");
      String path = target[0];
      String party = target[1];
      ObjectNode body = callback.getValue();
      List<String> fields = new ArrayList<>();
      body.fieldNames().forEachRemaining(fields::add);
      for (String field : fields) {
        for (String text : HostileInput.TEXT) {
          partnerPost(
              path, party, with(body, field, JSON.valueToTree(text)), field + " " + describe(text));
        }
        for (JsonNode wrong : wrongJsonValues()) {
          partnerPost(
              path, party, with(body, field, wrong), field + " " + describe(wrong.toString()));
        }
        ObjectNode without = body.deepCopy();
        without.remove(field);
        partnerPost(path, party, without.toString(), "without " + field);
      }
      partnerPost(path, party, with(body, "isAdmin", JSON.valueToTree(true)), "an undeclared key");
      for (String raw : structurallyBroken()) {
        partnerPost(path, party, raw, "structurally broken " + describe(raw));
      }
      // Wrong or missing credentials, another party's, a huge header.
      send("POST", path, null, "application/json", body.toString(), path + " anonymous");
      sendBasic(path, party, "wrong-password", body.toString(), path + " wrong password");
      sendBasic(path, "ministry\u0000", "x", body.toString(), path + " odd user");
      sendBasic(path, "a".repeat(10_000), "b".repeat(10_000), body.toString(), path + " huge user");
    }
  }

  private void partnerPost(String path, String party, String body, String what) throws Exception {
    long stored = jdbc.queryForObject("SELECT count(*) FROM avrr_callback_inbox", Long.class);
    Answer answer = sendBasic(path, party, "sandbox-callback-secret", body, path + " " + what);
    if (answer.status() >= 400
        && jdbc.queryForObject("SELECT count(*) FROM avrr_callback_inbox", Long.class) != stored) {
      failures.add(path + " " + what + ": refused (" + answer.status() + ") but kept");
    }
  }

  // --- Referrals of sending missions ---

  private void referrals() throws Exception {
    ObjectNode valid =
        (ObjectNode)
            JSON.readTree(
                """
                {"reference": "DEU-BAD-0",
                 "returnee": {"givenNames": "Aliaksandr", "surname": "Kovalenko",
                              "dateOfBirth": "1988-09-02", "sex": "M", "citizenship": "BY",
                              "documentType": "PASSPORT", "documentNumber": "MP1234567",
                              "placeOfReturn": "Hrodna"},
                 "household": {"adults": 1, "minors": 0},
                 "flight": {"flightNumber": "LH1486", "departureAirport": "FRA",
                            "departureDate": "%s", "arrivalDate": "%s", "arrivalTime": "15:40"},
                 "needs": {"meetAndGreet": true, "onwardTransportTo": "Hrodna"},
                 "programme": "STARTHILFE_PLUS",
                 "consentToShareData": true}"""
                    .formatted(today(), today()));
    int reference = 1;
    for (String leaf : leaves(valid, "")) {
      List<JsonNode> values = new ArrayList<>();
      HostileInput.TEXT.forEach(text -> values.add(JSON.valueToTree(text)));
      values.addAll(wrongJsonValues());
      for (JsonNode value : values) {
        ObjectNode body = valid.deepCopy();
        body.put("reference", "DEU-BAD-" + reference++);
        setLeaf(body, leaf, value);
        referral(body.toString(), leaf + " " + describe(value.toString()));
      }
    }
    for (String raw : structurallyBroken()) {
      referral(raw, "structurally broken " + describe(raw));
    }
  }

  private void referral(String body, String what) throws Exception {
    long inbound = inboundCases();
    Answer answer =
        sendBasic(
            "/api/referrals/mission-deu", "mission-deu", "sandbox-callback-secret", body, what);
    if (answer.status() < 300) {
      opened.add(JSON.readTree(answer.body()).path("caseNumber").asText());
    } else if (inboundCases() != inbound) {
      failures.add("referral " + what + ": refused (" + answer.status() + ") but a case was kept");
    }
  }

  private long inboundCases() {
    return engine
        .getHistoryService()
        .createHistoricProcessInstanceQuery()
        .processDefinitionKey(InboundReturnProcess.KEY)
        .count();
  }

  // --- Our own pages and endpoints ---

  private void ourEndpoints() throws Exception {
    for (String text : HostileInput.TEXT) {
      String encoded = URLEncoder.encode(text, StandardCharsets.UTF_8);
      send("GET", "/mail?x=" + encoded, "admin", null, null, "/mail " + describe(text));
      send("GET", "/mail.json?x=" + encoded, "admin", null, null, "/mail.json " + describe(text));
      send(
          "GET",
          "/sandbox/faults/accepted?case=" + encoded,
          "admin",
          null,
          null,
          "accepted " + describe(text));
      send(
          "PUT",
          "/sandbox/faults/" + encoded.replace("+", "%20"),
          "admin",
          "application/json",
          "{\"kind\":\"DOWN\",\"times\":1}",
          "fault at " + describe(text));
      send(
          "PUT",
          "/sandbox/faults/ministry.status-check",
          "admin",
          "application/json",
          object("kind", text, "times", "1", "delay", text).toString(),
          "fault kind " + describe(text));
    }
    for (String raw : structurallyBroken()) {
      send(
          "PUT",
          "/sandbox/faults/mail",
          "admin",
          "application/json",
          raw,
          "fault " + describe(raw));
    }
    send("DELETE", "/sandbox/faults", "admin", null, null, "faults cleared");
    for (String user : List.of("counsellor", "mission-deu")) {
      send("GET", "/mail.json", user, null, null, "/mail.json as " + user);
      send("GET", "/sandbox/faults", user, null, null, "/sandbox/faults as " + user);
      send("GET", "/actuator/prometheus", user, null, null, "prometheus as " + user);
    }
    // (Not a real user with a wrong password: the engine would delay that user's next logins, and
    // other tests share this application.)
    sendBasic("/mail", "no-such-admin", "wrong", null, "/mail unknown user");
    send("GET", "/actuator/prometheus", null, null, null, "prometheus anonymous");
    send("GET", "/actuator/env", "admin", null, null, "actuator env");
    send("GET", "/actuator/heapdump", "admin", null, null, "actuator heapdump");
  }

  // --- The REST API's query parameters, as any user may send them ---

  private void queryParameters() throws Exception {
    List<String> paths =
        List.of(
            "/engine-rest/task?processInstanceBusinessKey=%s&maxResults=15",
            "/engine-rest/task?sortBy=%s&sortOrder=desc&maxResults=15",
            "/engine-rest/task?sortBy=created&sortOrder=%s&maxResults=15",
            "/engine-rest/task?maxResults=%s",
            "/engine-rest/task?firstResult=%s&maxResults=15",
            "/engine-rest/task?processVariables=%s_eq_x&maxResults=15",
            "/engine-rest/task?nameLike=%s&maxResults=15",
            "/engine-rest/process-instance?businessKey=%s&maxResults=15",
            "/engine-rest/history/process-instance?processInstanceBusinessKeyLike=%s&maxResults=15",
            "/engine-rest/history/variable-instance?variableName=%s&maxResults=15",
            "/engine-rest/task/%s",
            "/engine-rest/task/%s/form-variables",
            "/engine-rest/filter/%s/count",
            "/engine-rest/process-definition/key/%s/form-variables");
    List<String> values = new ArrayList<>(HostileInput.TEXT.subList(0, 30));
    values.addAll(List.of("-1", "2147483648", "abc", "1.5", "99999999999999999999"));
    for (String path : paths) {
      for (String text : values) {
        String encoded = URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
        send("GET", path.formatted(encoded), "counsellor", null, null, path + " " + describe(text));
      }
    }
  }

  // --- Building blocks ---

  /** Bodies no well-behaved client sends. */
  private static List<String> structurallyBroken() {
    return List.of(
        "",
        "not json",
        "[]",
        "null",
        "42",
        "{",
        "{\"variables\": 1}",
        "{\"variables\": {\"a\": 1}}",
        "{\"variables\": null}",
        "{\"a\":" + "[".repeat(50_000) + "]".repeat(50_000) + "}",
        "{" + "\"k\":{".repeat(5_000) + "}".repeat(5_001),
        "{\"x\": \"" + "y".repeat(3_000_000) + "\"}",
        "{\"a\": 1, \"a\": 2}",
        "\ufeff{}",
        "{\"\u0000\": \"\u0000\"}");
  }

  private static List<JsonNode> wrongJsonValues() {
    return List.of(
        JSON.valueToTree(42),
        JSON.valueToTree(-1.5e300),
        JSON.valueToTree(true),
        JSON.nullNode(),
        JSON.createArrayNode().add("x"),
        JSON.createObjectNode().put("$gt", ""),
        JSON.valueToTree(new java.math.BigInteger("9".repeat(400))));
  }

  private static Map<String, Map<String, Object>> validApplication() {
    Map<String, Map<String, Object>> variables = new LinkedHashMap<>();
    variables.put(SURNAME.name(), typed("Rahimi", "String"));
    variables.put(GIVEN_NAMES.name(), typed("Farid", "String"));
    variables.put(DATE_OF_BIRTH.name(), typed("1990-07-01", "String"));
    variables.put(PLACE_OF_BIRTH.name(), typed("Sulaymaniyah", "String"));
    variables.put(SEX.name(), typed("M", "String"));
    variables.put(CITIZENSHIP.name(), typed("IQ", "String"));
    variables.put(COUNTRY_OF_RETURN.name(), typed("IQ", "String"));
    variables.put(PLACE_OF_RETURN.name(), typed("Sulaymaniyah", "String"));
    variables.put(IMMIGRATION_STATUS.name(), typed("IRREGULAR_STAY", "String"));
    variables.put(DATE_OF_ARRIVAL.name(), typed("2026-01-10", "String"));
    variables.put(DOCUMENT_TYPE.name(), typed("PASSPORT", "String"));
    variables.put(DOCUMENT_NUMBER.name(), typed("A1234567", "String"));
    variables.put(HAS_OWN_MEANS_TO_RETURN.name(), typed(false, "Boolean"));
    variables.put("languages", typed("[\"KURDISH\"]", "Json"));
    variables.put(INTERPRETER_NEEDED.name(), typed(false, "Boolean"));
    variables.put(APPLICATION_DATE.name(), typed(today(), "String"));
    variables.put(APPLICATION_CHANNEL.name(), typed("REFERRAL", "String"));
    variables.put(REFERRAL_SOURCE.name(), typed("UNHCR", "String"));
    variables.put(FAMILY_MEMBERS_TRAVELLING.name(), typed(0, "Long"));
    return variables;
  }

  private static String body(Map<String, ? extends Object> variables) {
    try {
      return JSON.writeValueAsString(Map.of("variables", variables));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode object(String... keysAndValues) {
    ObjectNode node = JSON.createObjectNode();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      node.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return node;
  }

  private static String with(ObjectNode body, String field, JsonNode value) {
    ObjectNode changed = body.deepCopy();
    changed.set(field, value);
    return changed.toString();
  }

  /** The paths of every leaf of {@code node}, e.g. {@code returnee.surname}. */
  private static List<String> leaves(JsonNode node, String prefix) {
    List<String> found = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String path = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
      if (field.getValue().isObject()) {
        found.addAll(leaves(field.getValue(), path));
        found.add(path);
      } else {
        found.add(path);
      }
    }
    return found;
  }

  private static void setLeaf(ObjectNode root, String path, JsonNode value) {
    String[] parts = path.split("\\.");
    ObjectNode parent = root;
    for (int i = 0; i < parts.length - 1; i++) {
      parent = (ObjectNode) parent.get(parts[i]);
    }
    parent.set(parts[parts.length - 1], value);
  }

  private static String describe(String text) {
    String shown =
        text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + " chars)" : text;
    StringBuilder printable = new StringBuilder();
    shown
        .codePoints()
        .forEach(
            c -> {
              if (c < 0x20 || c == 0x7f || Character.getType(c) == Character.FORMAT) {
                printable.append(String.format("\\u%04x", c));
              } else {
                printable.appendCodePoint(c);
              }
            });
    return "'" + printable + "'";
  }

  /** A REST variable as a client sends it (null allowed, changeable). */
  static Map<String, Object> typed(Object value, String type) {
    Map<String, Object> typed = new LinkedHashMap<>();
    typed.put("value", value);
    typed.put("type", type);
    return typed;
  }

  private record Answer(int status, String body) {}

  private Answer sendBasic(String path, String user, String password, String body, String what)
      throws Exception {
    return exchange(
        body == null ? "GET" : "POST",
        path,
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)),
        "application/json",
        body,
        what);
  }

  private Answer send(
      String method, String path, String user, String contentType, String body, String what)
      throws Exception {
    String authorization =
        user == null
            ? null
            : "Basic "
                + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    return exchange(method, path, authorization, contentType, body, what);
  }

  private Answer exchange(
      String method,
      String path,
      String authorization,
      String contentType,
      String body,
      String what)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl() + path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json, text/html");
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", contentType);
      request.method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    HttpResponse<String> response;
    try {
      response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException refusedAtTheDoor) {
      // A server may close the connection on a body it will not read (e.g. a too-large one).
      sent++;
      return new Answer(0, "");
    }
    sent++;
    String answer = response.body() == null ? "" : response.body();
    if (response.statusCode() >= 500) {
      failures.add(what + ": " + response.statusCode() + " " + abbreviate(answer));
    } else if (LEAK.matcher(withoutEchoes(answer)).find()) {
      failures.add(what + ": the answer shows the inside: " + abbreviate(answer));
    }
    return new Answer(response.statusCode(), answer);
  }

  /** The answer without what we sent that it repeats (a refusal may quote the value it refuses). */
  private static String withoutEchoes(String answer) {
    String scrubbed = answer;
    for (String text : HostileInput.TEXT) {
      if (text.length() > 3) {
        String quoted = JSON.getNodeFactory().textNode(text).toString();
        scrubbed =
            scrubbed
                .replace(text, "")
                .replace(quoted.substring(1, quoted.length() - 1), "")
                .replace(URLEncoder.encode(text, StandardCharsets.UTF_8), "");
      }
    }
    return scrubbed;
  }

  private static String abbreviate(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  private void deleteOpenedCases() {
    for (String caseNumber : opened) {
      engine
          .getRuntimeService()
          .createProcessInstanceQuery()
          .processInstanceBusinessKey(caseNumber)
          .processDefinitionKeyIn(OutboundReturnProcess.KEY, InboundReturnProcess.KEY)
          .list()
          .forEach(
              instance ->
                  engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test ended"));
    }
  }
}
