package org.avrr.workflow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.avrr.workflow.testing.HostileInput;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

/**
 * Every field of every form in forms/ against everything a client could make the engine hand over
 * as its value (text from HostileInput, numbers at their limits, NaN, lists, maps, JSON, bytes,
 * dates): the check against the form either refuses it with a message or accepts it — it never
 * fails itself — and always refuses a key the form does not have. (Over HTTP, with the engine's
 * conversion in front, for the start form and a task form: BadInputIT.)
 */
class FormBadInputTest {

  private static List<Object> hostileValues() {
    List<Object> values = new ArrayList<>(HostileInput.TEXT);
    values.addAll(
        List.of(
            Long.MIN_VALUE,
            Long.MAX_VALUE,
            0L,
            -1L,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            -0.0d,
            1.5d,
            true,
            false,
            List.of("KURDISH", "x"),
            List.of(),
            Map.of("a", 1),
            new byte[] {0, 1},
            new Date(0),
            new Object()));
    values.add(Spin.JSON("[\"KURDISH\", \"<script>\"]"));
    values.add(Spin.JSON("{\"a\": [1, 2]}"));
    values.add(Spin.JSON("[]"));
    values.add(Spin.JSON("\"text\""));
    values.add(null);
    return values;
  }

  @Test
  void everyFieldOfEveryFormRefusesOrAcceptsAnyValueWithoutFailing() throws Exception {
    List<Path> forms;
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      forms = files.filter(file -> file.toString().endsWith(".form")).sorted().toList();
    }
    assertThat(forms).hasSizeGreaterThan(40);
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Path form : forms) {
      FormSchema schema = FormSchema.parse(Files.readAllBytes(form));
      for (FormField field : schema.fields().values()) {
        for (Object value : hostileValues()) {
          Map<String, Object> submitted = new HashMap<>();
          submitted.put(field.key(), value);
          FormSubmission submission = new FormSubmission(schema, submitted, Map.of());
          try {
            FormSchemaValidator.validate(submission);
          } catch (RuntimeException failed) {
            failures.add(
                form.getFileName() + " " + field.key() + " = " + shown(value) + ": " + failed);
          }
          checked++;
        }
      }
      // Every field at once with the same value, and a key the form does not have.
      for (Object value : hostileValues()) {
        Map<String, Object> submitted = new HashMap<>();
        schema.fields().keySet().forEach(key -> submitted.put(key, value));
        submitted.put(HostileInput.PWNED, value);
        FormSubmission submission = new FormSubmission(schema, submitted, Map.of());
        try {
          FormSchemaValidator.validate(submission);
          assertThat(submission.violations())
              .as(form.getFileName() + ": an undeclared key")
              .anySatisfy(violation -> assertThat(violation.field()).isEqualTo(HostileInput.PWNED));
        } catch (RuntimeException failed) {
          failures.add(form.getFileName() + " all fields = " + shown(value) + ": " + failed);
        }
        checked++;
      }
    }
    System.out.println(
        "FormBadInputTest: " + checked + " submissions checked on " + forms.size() + " forms");
    assertThat(checked).isGreaterThan(1_000);
    assertThat(failures).isEmpty();
  }

  private static String shown(Object value) {
    String text = String.valueOf(value);
    return (value == null ? "null" : value.getClass().getSimpleName())
        + " "
        + (text.length() > 30 ? text.substring(0, 30) + "…" : text);
  }
}
