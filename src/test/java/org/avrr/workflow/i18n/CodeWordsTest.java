package org.avrr.workflow.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.avrr.workflow.authority.migration.ExitClearance;
import org.avrr.workflow.authority.migration.StatusCheckResult;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;

/**
 * The codes a case keeps are shown in words in every offered language (issue 16): every value a
 * coded variable ({@link LocalisedNames#CODED}) can take — an option a form offers, an output a
 * decision table gives, a value a model sets, an answer of the Ministry — has its words in {@code
 * i18n/messages_<language>.properties}. A missing one fails here, named.
 */
class CodeWordsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern MODEL_SETS =
      Pattern.compile("setVariable\\(&#39;(\\w+)&#39;, &#39;(\\w+)&#39;\\)");

  @Test
  void everyCodeACaseCanHoldHasWordsInEveryLanguage() throws IOException {
    Map<String, Set<String>> codes = codesOfTheCase();
    List<String> missing = new ArrayList<>();
    for (String language : Languages.OFFERED) {
      codes.forEach(
          (variable, values) -> {
            for (String value : values) {
              String key = "code." + LocalisedNames.CODED.get(variable) + "." + value;
              if (Messages.load(language).getProperty(key) == null) {
                missing.add("messages_" + language + ".properties: " + key);
              }
            }
          });
    }
    assertThat(missing).as("codes without words").isEmpty();
    // Each coded variable was found somewhere: a renamed variable would leave words unused.
    assertThat(codes.keySet()).containsExactlyInAnyOrderElementsOf(LocalisedNames.CODED.keySet());
  }

  @Test
  void aCodeIsShownInTheReadersWords() {
    assertThat(LocalisedNames.code("documentType", "PASSPORT", "en")).isEqualTo("passport");
    assertThat(LocalisedNames.code("documentType", "PASSPORT", "ru")).isEqualTo("паспорт");
    assertThat(LocalisedNames.code("hasEntryBan", true, "ru")).isEqualTo("да");
    assertThat(LocalisedNames.code("rssCompositeBand", "LOW", "ru")).isEqualTo("низкий");
    assertThat(
            LocalisedNames.code(
                "transitDocuments", "RUSSIAN_TRANSIT_VISA, SCHENGEN_TRANSIT_PAPERS", "en"))
        .isEqualTo("a Russian transit visa, Schengen transit papers");
    // A code without words (a new answer of a partner) is shown as it is, never lost.
    assertThat(LocalisedNames.code("departureOutcome", "STRANDED", "ru")).isEqualTo("STRANDED");
    assertThat(LocalisedNames.VARIABLES).contains("documentTypeName", "hasEntryBanName");
  }

  /** Variable → every value the application's models, forms, tables and partners give it. */
  private static Map<String, Set<String>> codesOfTheCase() throws IOException {
    Map<String, Set<String>> codes = new TreeMap<>();
    // Options of the forms that record them.
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(f -> f.toString().endsWith(".form")).toList()) {
        options(JSON.readTree(form.toFile()).path("components"), codes);
      }
    }
    // Values the models set by expression.
    try (Stream<Path> models = Files.list(Path.of("processes"))) {
      for (Path model : models.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        Matcher sets = MODEL_SETS.matcher(Files.readString(model));
        while (sets.find()) {
          if (LocalisedNames.CODED.containsKey(sets.group(1))) {
            add(codes, sets.group(1), sets.group(2));
          }
        }
      }
    }
    // Outputs of the decision tables named as the case keeps them (eligibilityOutcome, ...).
    try (Stream<Path> tables = Files.list(Path.of("processes"))) {
      for (Path table : tables.filter(f -> f.toString().endsWith(".dmn")).toList()) {
        for (String variable : LocalisedNames.CODED.keySet()) {
          outputsIfAny(table.getFileName().toString(), variable, Map.of())
              .forEach(code -> add(codes, variable, code));
        }
      }
    }
    // A case manager's decision on eligibility is the eligibility outcome (eligibility.bpmn), and
    // the reintegration's outcome its closure's reason (reintegration.bpmn).
    codes
        .getOrDefault("caseManagerDecision", Set.of())
        .forEach(v -> add(codes, "eligibilityOutcome", v));
    codes.remove("caseManagerDecision");
    codes
        .getOrDefault("closureReason", Set.of())
        .forEach(v -> add(codes, "reintegrationOutcome", v));
    // Outputs of the decision tables: the RSS bands (each dimension's band is the table's "band"),
    // the transit documents (the routing rules' codes of the kind DOCUMENT).
    for (String band : outputs("rss-scoring.dmn", "band", Map.of())) {
      for (String variable :
          List.of("rssCompositeBand", "rssEconomicBand", "rssSocialBand", "rssPsychosocialBand")) {
        add(codes, variable, band);
      }
    }
    outputs("travel-routing.dmn", "routeFindingCode", Map.of("routeFindingKind", "DOCUMENT"))
        .forEach(code -> add(codes, "transitDocuments", code));
    // The eligibility model's output: HIGH when a triage rule says so, else STANDARD.
    Matcher priority =
        Pattern.compile("contains\\('(\\w+)'\\) \\? '(\\w+)' : '(\\w+)'")
            .matcher(Files.readString(Path.of("processes/eligibility.bpmn")));
    assertThat(priority.find()).as("eligibility.bpmn's vulnerability priority").isTrue();
    add(codes, "vulnerabilityPriority", priority.group(2));
    add(codes, "vulnerabilityPriority", priority.group(3));
    // The Ministry's answers.
    Arrays.stream(StatusCheckResult.LegalStatus.values())
        .forEach(status -> add(codes, "migrationLegalStatus", status.name()));
    Arrays.stream(ExitClearance.Decision.values())
        .forEach(decision -> add(codes, "exitClearanceDecision", decision.name()));
    Arrays.stream(ExitClearance.RefusalReason.values())
        .forEach(reason -> add(codes, "exitClearanceRefusalReason", reason.name()));
    // Yes/no answers.
    LocalisedNames.CODED.forEach(
        (variable, family) -> {
          if (family.equals("yesNo")) {
            add(codes, variable, "true");
            add(codes, variable, "false");
          }
        });
    return codes;
  }

  private static void options(JsonNode components, Map<String, Set<String>> codes) {
    for (JsonNode component : components) {
      String key = component.path("key").asText();
      if (LocalisedNames.CODED.containsKey(key) || key.equals("caseManagerDecision")) {
        component.path("values").forEach(option -> add(codes, key, option.path("value").asText()));
      }
      options(component.path("components"), codes);
    }
  }

  /** As {@link #outputsIfAny}, of a table that has them. */
  private static Set<String> outputs(String file, String name, Map<String, String> where) {
    Set<String> values = outputsIfAny(file, name, where);
    assertThat(values).as("outputs %s of %s", name, file).isNotEmpty();
    return values;
  }

  /** The values of output {@code name} of the rules whose other outputs are {@code where}. */
  private static Set<String> outputsIfAny(String file, String name, Map<String, String> where) {
    DmnModelInstance model = Dmn.readModelFromFile(Path.of("processes", file).toFile());
    Set<String> values = new TreeSet<>();
    for (DecisionTable table : model.getModelElementsByType(DecisionTable.class)) {
      List<Output> outputs = List.copyOf(table.getOutputs());
      for (Rule rule : table.getRules()) {
        List<OutputEntry> entries = List.copyOf(rule.getOutputEntries());
        String value = null;
        boolean matches = true;
        for (int i = 0; i < outputs.size(); i++) {
          String text = entries.get(i).getTextContent().strip().replace("\"", "");
          if (name.equals(outputs.get(i).getName())) {
            value = text;
          }
          String wanted = where.get(outputs.get(i).getName());
          if (wanted != null && !wanted.equals(text)) {
            matches = false;
          }
        }
        if (matches && value != null && !value.isEmpty()) {
          values.add(value);
        }
      }
    }
    return values;
  }

  private static void add(Map<String, Set<String>> codes, String variable, String value) {
    codes.computeIfAbsent(variable, v -> new TreeSet<>()).add(value);
  }
}
