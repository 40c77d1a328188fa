package org.avrr.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * The office works in Russian, the missions in English (issue 16), each user in their own language:
 * the one they chose (kept in their profile), else their browser's. A Russian-speaking counsellor's
 * forms come in Russian and a form she gets wrong is refused in Russian; an English browser's user
 * sees the same form in English; a choice made once holds on any computer.
 */
class OfficeLanguagesIT extends CaseApiIT {

  @Test
  void theRussianSpeakingCounsellorGetsHerFormsAndRefusalsInRussianWhateverHerBrowserSays() {
    assertThat(myLanguage("counsellor-ru", "en-GB").getBody())
        .containsEntry("language", "ru")
        .containsEntry("chosen", true);
    assertThat(myLanguage("counsellor", "en-GB").getBody())
        .containsEntry("language", "en")
        .containsEntry("chosen", false);
    assertThat(myLanguage("counsellor", "ru-RU,ru;q=0.9").getBody())
        .containsEntry("language", "ru")
        .containsEntry("chosen", false);

    String caseNumber = startCase("RU" + (System.nanoTime() % 10_000_000L));
    String task = (String) taskOf(caseNumber, "counsellor-ru").get("id");

    String russian = deployedForm("counsellor-ru", "en-GB", task);
    assertThat(russian)
        .contains("Первый контакт", "Способ контакта", "\"Лично\"")
        // The case's codes in Russian words: the task has them under the Russian names.
        .contains("{{citizenshipName_ru}}")
        .doesNotContain("Contact made");
    assertThat(engine.getTaskService().getVariableLocal(task, "citizenshipName_ru"))
        .isEqualTo("Ирак");
    assertThat(engine.getTaskService().getVariableLocal(task, "citizenshipName")).isEqualTo("Iraq");
    String english = deployedForm("counsellor", "en-GB", task);
    assertThat(english).contains("Contact made", "In person").doesNotContain("Способ контакта");
    // The browser decides for a user who chose nothing.
    assertThat(deployedForm("counsellor", "ru-RU", task)).contains("Способ контакта");

    ResponseEntity<String> refusedInRussian = trySubmitIn("counsellor-ru", "en-GB", task, Map.of());
    assertThat(refusedInRussian.getStatusCode().value()).isEqualTo(400);
    assertThat(refusedInRussian.getBody())
        .contains("Исправьте форму: ")
        .contains("Способ контакта: обязательное поле");
    ResponseEntity<String> refusedInEnglish = trySubmitIn("counsellor", "en-GB", task, Map.of());
    assertThat(refusedInEnglish.getStatusCode().value()).isEqualTo(400);
    assertThat(refusedInEnglish.getBody())
        .contains("Please correct the form: ")
        .contains("Contact made: is required");
    // Nothing of either refusal was kept: the task is still open, the case unchanged.
    assertThat(taskOf(caseNumber, "counsellor")).containsEntry("id", task);

    // The documents' refusals too: a program named like a scan.
    byte[] program = "MZ\u0090 not a scan".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    ResponseEntity<Map<String, Object>> notAScan =
        attachDocument("counsellor-ru", task, "CONSENT", "consent.pdf", program);
    assertThat(notAScan.getStatusCode().value()).isEqualTo(415);
    assertThat(notAScan.getBody())
        .containsEntry(
            "message",
            "Файл не сохранён: файл не является PDF, JPEG или PNG (что бы ни говорило его имя).");
    assertThat(attachDocument("counsellor", task, "CONSENT", "consent.pdf", program).getBody())
        .containsEntry(
            "message",
            "The file was not stored: the file is not a PDF, JPEG or PNG (whatever its name says).");
  }

  @Test
  void whenAColleagueWasFirstTheRefusalIsSaidInTheUsersLanguage() {
    String caseNumber = startCase("RF" + (System.nanoTime() % 10_000_000L));
    String task = (String) taskOf(caseNumber, "counsellor").get("id");

    // Her English-speaking colleague claims the first-contact task a moment before she does.
    assertThat(claim("counsellor", task).getStatusCode().value()).isEqualTo(204);
    ResponseEntity<Map<String, Object>> late = claim("counsellor-ru", task);
    assertThat(late.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(late.getBody())
        .containsEntry("type", "TaskAlreadyClaimedException")
        .containsEntry(
            "message", "Эту задачу уже взял в работу другой сотрудник. Обновите список задач.");
    // The other way round, the colleague reads the engine's own sentence.
    engine.getTaskService().setAssignee(task, "counsellor-ru");
    assertThat(claim("counsellor", task).getBody().get("message").toString())
        .contains("is already claimed");

    // The case is withdrawn meanwhile: her submission meets a task that is gone.
    engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber)
        .rootProcessInstances()
        .list()
        .forEach(
            instance ->
                engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test: gone"));
    ResponseEntity<String> gone =
        trySubmitIn("counsellor-ru", "en-GB", task, Map.of("note", Map.of("value", "x")));
    assertThat(gone.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(gone.getBody())
        .contains("Этой задачи больше нет")
        .doesNotContain("Cannot find task");
    assertThat(trySubmitIn("counsellor", "en-GB", task, Map.of()).getBody())
        .doesNotContain("Этой задачи");
  }

  private static ResponseEntity<Map<String, Object>> claim(String user, String task) {
    return api(user, "en-GB")
        .post()
        .uri("/engine-rest/task/{id}/claim", task)
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("userId", user))
        .retrieve()
        .toEntity(OBJECT);
  }

  @Test
  void tasklistsListsNameTasksProcessesAndFiltersInTheUsersLanguage() {
    String caseNumber = startCase("RL" + (System.nanoTime() % 10_000_000L));
    List<Map<String, Object>> russianTasks =
        list(
            "counsellor-ru",
            "/engine-rest/task?maxResults=10&processInstanceBusinessKey=" + caseNumber);
    assertThat(russianTasks)
        .singleElement()
        .satisfies(
            task ->
                assertThat(task)
                    .containsEntry(
                        "name",
                        "Установить первый контакт и получить согласие на обработку данных"));
    assertThat(taskOf(caseNumber, "counsellor"))
        .containsEntry("name", "Make first contact and record data consent");

    List<Map<String, Object>> startable =
        list(
            "counsellor-ru",
            "/engine-rest/process-definition?startableInTasklist=true&latestVersion=true&maxResults=50");
    assertThat(startable.stream().map(p -> p.get("name")))
        .contains("Дело ДВР: выезд из Беларуси")
        .doesNotContain("AVRR outbound case");

    List<Map<String, Object>> filters = list("counsellor-ru", "/engine-rest/filter?maxResults=50");
    assertThat(filters.stream().map(f -> f.get("name")))
        .contains("Задачи моей группы", "Назначенные мне")
        .doesNotContain("My group's tasks");
  }

  @Test
  void theDiagramsAndTheCasesCodesAreDrawnInTheUsersWords() {
    // Tasklist's and Cockpit's diagrams, as the webapps fetch them with the user's session.
    WebappLogin russian = webappLogin("counsellor-ru", "tasklist", true);
    String drawn = diagram(russian.sessionCookie(), "/camunda/api/engine/engine/default");
    assertThat(drawn)
        .contains("name=\"Результат проверки права на участие?\"")
        .contains("name=\"Право на участие в программе и уязвимость\"")
        .doesNotContain("name=\"Eligibility outcome?\"");
    WebappLogin english = webappLogin("counsellor", "tasklist", true);
    assertThat(diagram(english.sessionCookie(), "/camunda/api/engine/engine/default"))
        .contains("name=\"Eligibility outcome?\"");
    // The REST API gives the model as deployed, whoever asks: partners and tools download it.
    assertThat(
            api("counsellor-ru", "ru-RU")
                .get()
                .uri("/engine-rest/process-definition/key/eligibility/xml")
                .retrieve()
                .body(String.class))
        .contains("name=\\\"Eligibility outcome?\\\"");

    // The codes a case keeps, for the pages that show its stored values (Case history).
    Map<String, Object> words =
        api("counsellor-ru", "en-GB").get().uri("/api/me/words").retrieve().body(OBJECT);
    assertThat(words).containsEntry("language", "ru");
    assertThat((Map<String, Map<String, String>>) words.get("codes"))
        .satisfies(
            codes -> {
              assertThat(codes.get("closureReason"))
                  .containsEntry("COMPLETED", "план выполнен, итоговый мониторинг проведён");
              assertThat(codes.get("hasEntryBan")).containsEntry("true", "да");
              assertThat(codes.get("reintegrationProgramme"))
                  .containsEntry("STARTHILFE_PLUS", "StarthilfePlus (Германия)");
            });
  }

  /** The eligibility model's XML as a webapp asks it with {@code session}. */
  private static String diagram(String session, String engineApi) {
    String definition =
        (String)
            RestClient.create(baseUrl())
                .get()
                .uri(engineApi + "/process-definition/key/eligibility")
                .header(HttpHeaders.COOKIE, session)
                .header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .retrieve()
                .body(OBJECT)
                .get("id");
    return (String)
        RestClient.create(baseUrl())
            .get()
            .uri(engineApi + "/process-definition/" + definition + "/xml")
            .header(HttpHeaders.COOKIE, session)
            .header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
            .retrieve()
            .body(OBJECT)
            .get("bpmn20Xml");
  }

  @Test
  void aRussianSpeakingUserFindsTasksAndProcessesByTheNamesSheSees() {
    String caseNumber = startCase("RQ" + (System.nanoTime() % 10_000_000L));
    String filter =
        (String)
            list("counsellor-ru", "/engine-rest/filter?maxResults=50").stream()
                .filter(f -> "Задачи моей группы".equals(f.get("name")))
                .findFirst()
                .orElseThrow()
                .get("id");
    String search =
        "{\"nameLike\": \"%первый КОНТАКТ%\", \"processInstanceBusinessKey\": \""
            + caseNumber
            + "\"}";
    // Tasklist's search box, as it asks the filter's list: her Russian words find the task.
    assertThat(filterList("counsellor-ru", filter, search))
        .singleElement()
        .satisfies(
            task ->
                assertThat(task.get("name"))
                    .isEqualTo(
                        "Установить первый контакт и получить согласие на обработку данных"));
    // ... so does "match any" (Tasklist's or-query), and an English term still finds it.
    assertThat(
            filterList(
                "counsellor-ru",
                filter,
                "{\"processInstanceBusinessKey\": \""
                    + caseNumber
                    + "\", \"orQueries\": [{\"nameLike\": \"%первый контакт%\"}]}"))
        .hasSize(1);
    assertThat(
            filterList(
                "counsellor-ru",
                filter,
                "{\"nameLike\": \"%first contact%\", \"processInstanceBusinessKey\": \""
                    + caseNumber
                    + "\"}"))
        .hasSize(1);
    // An English user's search is the engine's own: Russian words find nothing.
    assertThat(filterList("counsellor", filter, search)).isEmpty();
    // Wildcards alone, or a term that is too long, stay the engine's own search.
    assertThat(
            filterList(
                "counsellor-ru",
                filter,
                "{\"nameLike\": \"%%\", \"processInstanceBusinessKey\": \"" + caseNumber + "\"}"))
        .hasSize(1);

    // The start list's search.
    assertThat(
            list(
                    "counsellor-ru",
                    "/engine-rest/process-definition?latestVersion=true&startableInTasklist=true&maxResults=50"
                        // As typed; the client encodes it (%25 for "%").
                        + "&nameLike=%выезд из%")
                .stream()
                .map(p -> p.get("key")))
        .containsExactly("avrr-outbound");
  }

  /** A filter's list as Tasklist asks it (POST with the query as its body). */
  private static List<Map<String, Object>> filterList(String user, String filter, String query) {
    ResponseEntity<String> answer =
        api(user, "en-GB")
            .post()
            .uri("/engine-rest/filter/{id}/list?firstResult=0&maxResults=15", filter)
            .contentType(MediaType.APPLICATION_JSON)
            .body(query)
            .retrieve()
            .toEntity(String.class);
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper()
          .readValue(answer.getBody(), new com.fasterxml.jackson.core.type.TypeReference<>() {});
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(answer.getBody(), e);
    }
  }

  @Test
  void whatARussianUserSavesBackIsKeptInEnglishForEveryone() {
    String caseNumber = startCase("RS" + (System.nanoTime() % 10_000_000L));
    String task = (String) taskOf(caseNumber, "counsellor").get("id");
    RestClient russianAdmin = api("admin", "ru-RU");

    // Tasklist sends the task back whole, as shown, when its follow-up date changes.
    Map<String, Object> shown =
        russianAdmin.get().uri("/engine-rest/task/{id}", task).retrieve().body(OBJECT);
    assertThat(shown.get("name")).asString().startsWith("Установить первый контакт");
    Map<String, Object> changed = new java.util.HashMap<>();
    for (String field : List.of("name", "description", "priority", "assignee", "owner", "due")) {
      changed.put(field, shown.get(field));
    }
    changed.put("followUp", "2030-01-01T00:00:00.000+0000");
    assertThat(
            russianAdmin
                .put()
                .uri("/engine-rest/task/{id}", task)
                .contentType(MediaType.APPLICATION_JSON)
                .body(changed)
                .retrieve()
                .toBodilessEntity()
                .getStatusCode()
                .value())
        .isEqualTo(204);
    org.camunda.bpm.engine.task.Task stored =
        engine.getTaskService().createTaskQuery().taskId(task).singleResult();
    assertThat(stored.getName()).isEqualTo("Make first contact and record data consent");
    assertThat(stored.getFollowUpDate()).isNotNull();

    // The filter editor sends a filter back whole, as shown.
    Map<String, Object> filter =
        list("admin", "ru-RU", "/engine-rest/filter?maxResults=50").stream()
            .filter(f -> "Задачи моей группы".equals(f.get("name")))
            .findFirst()
            .orElseThrow();
    Map<String, Object> shownFilter =
        russianAdmin
            .get()
            .uri("/engine-rest/filter/{id}", filter.get("id"))
            .retrieve()
            .body(OBJECT);
    Map<String, Object> full = new java.util.HashMap<>();
    for (String field : List.of("resourceType", "name", "owner", "query", "properties")) {
      full.put(field, shownFilter.get(field));
    }
    assertThat(
            russianAdmin
                .put()
                .uri("/engine-rest/filter/{id}", filter.get("id"))
                .contentType(MediaType.APPLICATION_JSON)
                .body(full)
                .retrieve()
                .toBodilessEntity()
                .getStatusCode()
                .value())
        .isEqualTo(204);
    org.camunda.bpm.engine.filter.Filter saved =
        engine.getFilterService().getFilter((String) filter.get("id"));
    assertThat(saved.getName()).isEqualTo("My group's tasks");
    assertThat(saved.getProperties()).containsEntry("description", "Tasks offered to your groups");
    assertThat(saved.getProperties().get("variables").toString()).contains("label=Case");

    // Admin's group page shows an office group by its Russian name and sends it back whole.
    Map<String, Object> group =
        russianAdmin.get().uri("/engine-rest/group/movement-officers").retrieve().body(OBJECT);
    assertThat(group).containsEntry("name", "Специалисты по организации поездок");
    assertThat(
            russianAdmin
                .put()
                .uri("/engine-rest/group/movement-officers")
                .contentType(MediaType.APPLICATION_JSON)
                .body(group)
                .retrieve()
                .toBodilessEntity()
                .getStatusCode()
                .value())
        .isEqualTo(204);
    assertThat(
            engine
                .getIdentityService()
                .createGroupQuery()
                .groupId("movement-officers")
                .singleResult()
                .getName())
        .isEqualTo("Movement officers");
    // A mission's group by the name the office configured for Russian readers.
    assertThat(russianAdmin.get().uri("/engine-rest/group/mission-deu").retrieve().body(OBJECT))
        .containsEntry("name", "Миссия МОМ в Германии");
  }

  @Test
  void aUserChoosesTheirLanguageOnceAndItHoldsWhateverTheBrowser() {
    try {
      ResponseEntity<Map<String, Object>> chosen =
          chooseLanguage("counsellor", "{\"language\":\"ru\"}");
      assertThat(chosen.getStatusCode().value()).isEqualTo(200);
      assertThat(chosen.getBody()).containsEntry("language", "ru").containsEntry("chosen", true);
      assertThat(myLanguage("counsellor", "en-GB").getBody()).containsEntry("language", "ru");

      ResponseEntity<Map<String, Object>> browserAgain =
          chooseLanguage("counsellor", "{\"language\":null}");
      assertThat(browserAgain.getBody())
          .containsEntry("language", "en")
          .containsEntry("chosen", false);
    } finally {
      chooseLanguage("counsellor", "{\"language\":null}");
    }

    // Bad input: a clear answer, nothing kept.
    ResponseEntity<Map<String, Object>> german =
        chooseLanguage("counsellor", "{\"language\":\"de\"}");
    assertThat(german.getStatusCode().value()).isEqualTo(400);
    assertThat((String) german.getBody().get("message")).contains("[en, ru]");
    assertThat(chooseLanguage("counsellor", "{\"lang\":\"ru\"}").getStatusCode().value())
        .isEqualTo(400);
    ResponseEntity<Map<String, Object>> notJson = chooseLanguage("counsellor", "ru");
    assertThat(notJson.getStatusCode().value()).isEqualTo(400);
    assertThat((String) notJson.getBody().get("message")).contains("not JSON");
    assertThat(chooseLanguage(null, "{\"language\":\"ru\"}").getStatusCode().value())
        .isEqualTo(401);
    assertThat(myLanguage("counsellor", "en-GB").getBody()).containsEntry("chosen", false);
    // Before a login: the browser's language, for nobody (no password prompt as a webapp starts).
    ResponseEntity<Map<String, Object>> nobody = myLanguage(null, "ru-RU");
    assertThat(nobody.getStatusCode().value()).isEqualTo(200);
    assertThat(nobody.getHeaders().get(HttpHeaders.WWW_AUTHENTICATE)).isNull();
    assertThat(nobody.getBody().get("user")).isNull();
    assertThat(nobody.getBody()).containsEntry("language", "ru");
  }

  private static RestClient api(String user, String acceptLanguage) {
    RestClient.Builder builder =
        RestClient.builder()
            .baseUrl(baseUrl())
            .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
            .defaultHeader(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage)
            .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {});
    if (user != null) {
      builder.defaultHeaders(headers -> headers.setBasicAuth(user, user));
    }
    return builder.build();
  }

  /** A list the engine's API answers {@code user} (whose browser is English). */
  private static List<Map<String, Object>> list(String user, String path) {
    return list(user, "en-GB", path);
  }

  /** A list the engine's API answers {@code user} whose browser's language is {@code browser}. */
  private static List<Map<String, Object>> list(String user, String browser, String path) {
    ResponseEntity<String> answer =
        api(user, browser).get().uri(baseUrl() + path).retrieve().toEntity(String.class);
    assertThat(answer.getStatusCode().value()).as("%s: %s", path, answer.getBody()).isEqualTo(200);
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper()
          .readValue(answer.getBody(), new com.fasterxml.jackson.core.type.TypeReference<>() {});
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(path + " answered no list: " + answer.getBody(), e);
    }
  }

  private static ResponseEntity<Map<String, Object>> myLanguage(String user, String browser) {
    return api(user, browser).get().uri("/api/me/language").retrieve().toEntity(OBJECT);
  }

  private static ResponseEntity<Map<String, Object>> chooseLanguage(String user, String body) {
    return api(user, "en-GB")
        .put()
        .uri("/api/me/language")
        .contentType(MediaType.APPLICATION_JSON)
        .body(body)
        .retrieve()
        .toEntity(OBJECT);
  }

  private static String deployedForm(String user, String browser, String task) {
    ResponseEntity<String> form =
        api(user, browser)
            .get()
            .uri("/engine-rest/task/{id}/deployed-form", task)
            .retrieve()
            .toEntity(String.class);
    assertThat(form.getStatusCode().value()).as("%s", form.getBody()).isEqualTo(200);
    return form.getBody();
  }

  private static ResponseEntity<String> trySubmitIn(
      String user, String browser, String task, Map<String, Object> variables) {
    return api(user, browser)
        .post()
        .uri("/engine-rest/task/{id}/submit-form", task)
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("variables", variables))
        .retrieve()
        .toEntity(String.class);
  }
}
