package org.avrr.workflow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What Tasklist submits passes; what no form sends is refused in words before the engine reads it.
 */
class SubmissionBodyGuardTest {

  @Test
  void whatTasklistSubmitsPasses() {
    assertThat(
            problemOf(
                """
                {"variables": {
                  "surname": {"value": "Rahimi", "type": "String"},
                  "familyMembersTravelling": {"value": 2, "type": "Long"},
                  "pocketMoneyAmount": {"value": 50.5, "type": "Double"},
                  "interpreterNeeded": {"value": false, "type": "Boolean"},
                  "languages": {"value": "[\\"KURDISH\\"]", "type": "Json"},
                  "notes": {"value": null, "type": "String"},
                  "empty": {"value": null, "type": "Null"}},
                 "businessKey": null}"""))
        .isNull();
    assertThat(problemOf("{}")).isNull();
  }

  @Test
  void whatNoFormSendsIsRefusedInWords() {
    assertThat(problemOf("not json")).contains("not readable JSON");
    assertThat(problemOf("[]")).contains("must be a JSON object");
    assertThat(problemOf("{\"variables\": 1}")).contains("\"variables\" must be an object");
    assertThat(problemOf("{\"variables\": {\"a\": 1}}")).contains("a: must be given as");
    assertThat(problemOf(variable("{\"value\": \"rO0AB\", \"type\": \"Object\"}")))
        .contains("this type is not accepted");
    assertThat(problemOf(variable("{\"value\": \"AAAA\", \"type\": \"File\"}")))
        .contains("this type is not accepted");
    assertThat(problemOf(variable("{\"value\": \"yes\", \"type\": \"Boolean\"}")))
        .contains("true or false expected");
    assertThat(problemOf(variable("{\"value\": \"not json {\", \"type\": \"Json\"}")))
        .contains("JSON expected");
    assertThat(problemOf(variable("{\"value\": 1.5, \"type\": \"Long\"}")))
        .contains("a whole number expected");
    assertThat(problemOf("{\"a\":" + "[".repeat(100) + "]".repeat(100) + "}"))
        .contains("nests too deeply");
  }

  @Test
  void aRefusalNamesNothingOfTheInside() {
    assertThat(problemOf(variable("{\"value\": \"yes\", \"type\": \"Boolean\"}")))
        .doesNotContain("java.")
        .doesNotContain("Exception");
  }

  @Test
  void theUserReadsARefusedFormsReasonsWithoutTheEnginesEnglishPrefix() {
    String task =
        "{\"type\":\"RestException\",\"message\":\"Cannot submit task form 2b37-f0a9: Исправьте"
            + " форму: Дата: обязательное поле.\"}";
    assertThat(new String(withoutEnginePrefix(task), StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"type\":\"RestException\",\"message\":\"Исправьте форму: Дата: обязательное"
                + " поле.\"}");
    String start =
        "{\"message\":\"Cannot instantiate process definition avrr-outbound:3:9f-2: Please"
            + " correct the form: Surname: is required.\"}";
    assertThat(new String(withoutEnginePrefix(start), StandardCharsets.UTF_8))
        .isEqualTo("{\"message\":\"Please correct the form: Surname: is required.\"}");
    // Any other answer stays as it was.
    assertThat(withoutEnginePrefix("{\"message\":\"Task not found\"}")).isNull();
    assertThat(withoutEnginePrefix("not json")).isNull();
  }

  private static byte[] withoutEnginePrefix(String answer) {
    return SubmissionBodyGuard.withoutEnginePrefix(answer.getBytes(StandardCharsets.UTF_8));
  }

  private static String variable(String value) {
    return "{\"variables\": {\"field\": " + value + "}}";
  }

  private static String problemOf(String body) {
    return SubmissionBodyGuard.problemOf(body.getBytes(StandardCharsets.UTF_8));
  }
}
