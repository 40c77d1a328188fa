package org.avrr.workflow.i18n;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names users read in Tasklist's lists, in the office's other languages: each process's name
 * (the "Start process" list), each user task's name and description, the shared filters' names,
 * descriptions and column labels. One catalogue per language beside the models, {@code
 * processes/i18n/<language>.json}; the BPMN stays the one source (English), a missing translation
 * shows in English and fails {@code ProcessCataloguesTest}.
 *
 * <pre>{
 *   "processes": {"avrr-outbound": "..."},
 *   "tasks": {"intake-counselling": {"Task_RecordFirstContact": {"name": "...", "description": "..."}}},
 *   "filters": {"My group's tasks": {"name": "...", "description": "..."}},
 *   "listVariables": {"Case": "..."},
 *   "decisionTexts": {"eligibilityReason": {"Meets the AVRR criteria.": "..."}}
 * }</pre>
 *
 * <p>The decision tables' texts that forms show (a reason, a basis) are keyed by their English
 * words: a table whose text changes fails the test until it is translated again.
 */
public final class ProcessCatalogue {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** language → the catalogue's JSON. */
  private final Map<String, JsonNode> catalogues;

  private ProcessCatalogue(Map<String, JsonNode> catalogues) {
    this.catalogues = catalogues;
  }

  public static ProcessCatalogue load() {
    Map<String, JsonNode> catalogues = new LinkedHashMap<>();
    for (String language : Languages.OFFERED) {
      if (!language.equals(Languages.ENGLISH)) {
        catalogues.put(language, read("/processes/i18n/" + language + ".json"));
      }
    }
    return new ProcessCatalogue(catalogues);
  }

  /**
   * This catalogue with more groups named ({@code language → group id → name}): the missions',
   * whose names the office configures (avrr.identity.missions[].names). A group the catalogue names
   * already keeps its name.
   */
  public ProcessCatalogue withGroupNames(Map<String, Map<String, String>> names) {
    Map<String, JsonNode> extended = new LinkedHashMap<>();
    catalogues.forEach(
        (language, catalogue) -> {
          ObjectNode copy = catalogue.deepCopy();
          ObjectNode groups =
              copy.path("groups") instanceof ObjectNode known ? known : copy.putObject("groups");
          names
              .getOrDefault(language, Map.of())
              .forEach(
                  (group, name) -> {
                    if (!groups.hasNonNull(group)) {
                      groups.put(group, name);
                    }
                  });
          extended.put(language, copy);
        });
    return new ProcessCatalogue(extended);
  }

  static JsonNode read(String resource) {
    try (InputStream in = ProcessCatalogue.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The processes' catalogue " + resource + " is missing");
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("The processes' catalogue " + resource + " is not JSON", e);
    }
  }

  /**
   * A text a decision table gave in English (its output {@code variable}, e.g. {@code
   * eligibilityReason}) in {@code language}; empty when the catalogue lacks it.
   */
  public Optional<String> decisionText(String variable, String english, String language) {
    JsonNode words =
        catalogues
            .getOrDefault(language, JSON.nullNode())
            .path("decisionTexts")
            .path(variable)
            .path(english);
    return words.isTextual() && !words.asText().isBlank()
        ? Optional.of(words.asText())
        : Optional.empty();
  }

  /**
   * Puts the words of {@code language} into an answer of the engine's API, wherever it holds a task
   * (or a task of history), a process definition or a task filter; the rest as it was.
   */
  public void translate(JsonNode answer, String language) {
    JsonNode catalogue = catalogues.get(language);
    if (catalogue != null) {
      walk(answer, catalogue);
    }
  }

  private static void walk(JsonNode node, JsonNode catalogue) {
    if (node instanceof ObjectNode object) {
      translateOne(object, catalogue);
    }
    if (node.isContainerNode()) {
      node.forEach(child -> walk(child, catalogue));
    }
  }

  private static void translateOne(ObjectNode object, JsonNode catalogue) {
    if (object.hasNonNull("taskDefinitionKey")) {
      processKeyOf(object)
          .map(
              key ->
                  catalogue.path("tasks").path(key).path(object.get("taskDefinitionKey").asText()))
          .filter(JsonNode::isObject)
          .ifPresent(
              words -> {
                replace(object, "name", words.path("name"));
                replace(object, "description", words.path("description"));
              });
    } else if ("Task".equals(object.path("resourceType").asText(null))
        && object.hasNonNull("name")) {
      JsonNode words = catalogue.path("filters").path(object.get("name").asText());
      replace(object, "name", words.path("name"));
      if (object.path("properties") instanceof ObjectNode properties) {
        replace(properties, "description", words.path("description"));
        for (JsonNode variable : properties.path("variables")) {
          if (variable instanceof ObjectNode column && column.hasNonNull("label")) {
            replace(
                column,
                "label",
                catalogue.path("listVariables").path(column.get("label").asText()));
          }
        }
      }
    } else if (object.hasNonNull("key") && object.has("version") && object.has("name")) {
      replace(object, "name", catalogue.path("processes").path(object.get("key").asText()));
    }
    // A step of an instance (Cockpit's activity tree, history): its name, a user task's or any
    // other step's of the model.
    if (object.hasNonNull("activityId") && object.hasNonNull("activityName")) {
      processKeyOf(object)
          .map(key -> stepName(catalogue, key, object.get("activityId").asText()))
          .ifPresent(name -> replace(object, "activityName", name));
    }
    // An office group (Tasklist names a task's candidate groups, Admin lists them).
    if (object.hasNonNull("id") && object.has("type") && object.hasNonNull("name")) {
      replace(object, "name", catalogue.path("groups").path(object.get("id").asText()));
    }
    // A process instance of history names its process.
    if (object.hasNonNull("processDefinitionKey") && object.hasNonNull("processDefinitionName")) {
      replace(
          object,
          "processDefinitionName",
          catalogue.path("processes").path(object.get("processDefinitionKey").asText()));
    }
  }

  /**
   * The keys of the user tasks whose names in {@code language} match {@code term}: as SQL's LIKE
   * ({@code %} any text, {@code _} one character), ignoring case, when {@code like}; else the whole
   * name. Empty when none does (an English term, say).
   */
  public java.util.Set<String> tasksNamed(String term, boolean like, String language) {
    java.util.function.Predicate<String> matches = matcher(term, like);
    java.util.Set<String> keys = new java.util.TreeSet<>();
    catalogues
        .getOrDefault(language, JSON.nullNode())
        .path("tasks")
        .forEach(
            process ->
                process
                    .fields()
                    .forEachRemaining(
                        task -> {
                          if (matches.test(task.getValue().path("name").asText(""))) {
                            keys.add(task.getKey());
                          }
                        }));
    return keys;
  }

  /** As {@link #tasksNamed}, the keys of the processes whose names match. */
  public java.util.Set<String> processesNamed(String term, boolean like, String language) {
    java.util.function.Predicate<String> matches = matcher(term, like);
    java.util.Set<String> keys = new java.util.TreeSet<>();
    catalogues
        .getOrDefault(language, JSON.nullNode())
        .path("processes")
        .fields()
        .forEachRemaining(
            process -> {
              if (matches.test(process.getValue().asText(""))) {
                keys.add(process.getKey());
              }
            });
    return keys;
  }

  /** A search term is a few words; a longer one is matched against nothing. */
  private static final int LONGEST_TERM = 200;

  private static java.util.function.Predicate<String> matcher(String term, boolean like) {
    if (term.isBlank() || term.length() > LONGEST_TERM) {
      return name -> false;
    }
    Locale locale = Locale.ROOT;
    String wanted = term.toLowerCase(locale);
    if (!like) {
      return name -> !name.isEmpty() && name.toLowerCase(locale).equals(wanted);
    }
    // A term of wildcards only would name every task: not a search by name at all.
    if (wanted.replace("%", "").replace("_", "").isBlank()) {
      return name -> false;
    }
    return name -> !name.isEmpty() && like(name.toLowerCase(locale), wanted);
  }

  /**
   * SQL's LIKE ({@code %} any text, {@code _} one character) without backtracking: the classic
   * greedy wildcard match, linear in the name for each star, so no term can make it slow.
   */
  static boolean like(String text, String pattern) {
    int t = 0;
    int p = 0;
    int star = -1;
    int resume = 0;
    while (t < text.length()) {
      if (p < pattern.length()
          && (pattern.charAt(p) == '_' || pattern.charAt(p) == text.charAt(t))
          && pattern.charAt(p) != '%') {
        t++;
        p++;
      } else if (p < pattern.length() && pattern.charAt(p) == '%') {
        star = p++;
        resume = t;
      } else if (star >= 0) {
        p = star + 1;
        t = ++resume;
      } else {
        return false;
      }
    }
    while (p < pattern.length() && pattern.charAt(p) == '%') {
      p++;
    }
    return p == pattern.length();
  }

  /** An office group's name in {@code language}, if the catalogue has it. */
  public Optional<String> groupName(String groupId, String language) {
    JsonNode words =
        catalogues.getOrDefault(language, JSON.nullNode()).path("groups").path(groupId);
    return words.isTextual() && !words.asText().isBlank()
        ? Optional.of(words.asText())
        : Optional.empty();
  }

  /** A process's name in {@code language}, if the catalogue has it. */
  public Optional<String> processName(String processKey, String language) {
    return text(
        catalogues.getOrDefault(language, JSON.nullNode()).path("processes").path(processKey));
  }

  /** A step's name (a user task's, or any other named element's) in {@code language}, if known. */
  public Optional<String> stepName(String processKey, String elementId, String language) {
    JsonNode catalogue = catalogues.get(language);
    return catalogue == null ? Optional.empty() : text(stepName(catalogue, processKey, elementId));
  }

  private static Optional<String> text(JsonNode words) {
    return words.isTextual() && !words.asText().isBlank()
        ? Optional.of(words.asText())
        : Optional.empty();
  }

  /** The words of a model's element: a user task's name, else any other named element's. */
  private static JsonNode stepName(JsonNode catalogue, String processKey, String elementId) {
    JsonNode task = catalogue.path("tasks").path(processKey).path(elementId).path("name");
    return task.isTextual() ? task : catalogue.path("activities").path(processKey).path(elementId);
  }

  private static final Pattern START_TAG =
      Pattern.compile("<(?:[\\w.-]+:)?([\\w.-]+)(\\s[^<>]*?)/?>");
  private static final Pattern PROCESS_END = Pattern.compile("</(?:[\\w.-]+:)?process\\s*>");
  private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");
  private static final Pattern NAME = Pattern.compile("(\\sname=\")([^\"]*)(\")");

  /**
   * A process diagram (BPMN XML) as Tasklist and Cockpit draw it, its names in {@code language}:
   * each process's, each user task's and every other named element's (events, gateways, service
   * steps, the flows' conditions) the catalogue has; the rest of the XML as it was. Only for the
   * picture: the engine runs, and partners download, the model as deployed.
   */
  public String diagram(String bpmnXml, String language) {
    JsonNode catalogue = catalogues.get(language);
    if (catalogue == null || bpmnXml == null) {
      return bpmnXml;
    }
    Matcher tag = START_TAG.matcher(bpmnXml);
    StringBuilder out = new StringBuilder(bpmnXml.length() + 1024);
    String process = null;
    int processEnds = -1;
    while (tag.find()) {
      if (process != null && tag.start() > processEnds) {
        process = null; // after the process: messages, errors, the diagram's shapes
      }
      String attributes = tag.group(2);
      Matcher id = ID.matcher(attributes);
      Matcher name = NAME.matcher(attributes);
      if (!id.find()) {
        continue;
      }
      JsonNode words = JSON.missingNode();
      if ("process".equals(tag.group(1))) {
        process = id.group(1);
        Matcher end = PROCESS_END.matcher(bpmnXml);
        processEnds = end.find(tag.end()) ? end.start() : bpmnXml.length();
        words = catalogue.path("processes").path(process);
      } else if (process != null) {
        words = stepName(catalogue, process, id.group(1));
      }
      if (words.isTextual() && !words.asText().isBlank() && name.find()) {
        // The tag as it was, its name's value replaced.
        int value = tag.start(2) - tag.start() + name.start(2);
        int valueEnd = tag.start(2) - tag.start() + name.end(2);
        String whole = tag.group();
        tag.appendReplacement(
            out,
            Matcher.quoteReplacement(
                whole.substring(0, value)
                    + xmlEscaped(words.asText())
                    + whole.substring(valueEnd)));
      }
    }
    tag.appendTail(out);
    return out.toString();
  }

  private static String xmlEscaped(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /**
   * A filter a user of {@code language} sends back to be saved (Tasklist's filter editor sends it
   * whole): the names the catalogue gave it become the English ones again, so the engine keeps one
   * filter by its English name. Words the user changed stay as they are.
   */
  public void untranslateFilter(ObjectNode filter, String language, Map<String, String> english) {
    JsonNode catalogue = catalogues.get(language);
    if (catalogue == null || !filter.hasNonNull("name")) {
      return;
    }
    String name = filter.get("name").asText();
    catalogue
        .path("filters")
        .fields()
        .forEachRemaining(
            entry -> {
              if (name.equals(entry.getValue().path("name").asText())) {
                filter.put("name", entry.getKey());
                if (filter.path("properties") instanceof ObjectNode properties
                    && entry
                        .getValue()
                        .path("description")
                        .asText()
                        .equals(properties.path("description").asText())
                    && english.containsKey(entry.getKey())) {
                  properties.put("description", english.get(entry.getKey()));
                }
              }
            });
    for (JsonNode variable : filter.path("properties").path("variables")) {
      if (variable instanceof ObjectNode column && column.hasNonNull("label")) {
        catalogue
            .path("listVariables")
            .fields()
            .forEachRemaining(
                label -> {
                  if (label.getValue().asText().equals(column.get("label").asText())) {
                    column.put("label", label.getKey());
                  }
                });
      }
    }
  }

  /** A task names its process by definition id ("key:version:uuid"); history by key as well. */
  private static Optional<String> processKeyOf(ObjectNode task) {
    if (task.hasNonNull("processDefinitionKey")) {
      return Optional.of(task.get("processDefinitionKey").asText());
    }
    String id = task.path("processDefinitionId").asText("");
    int colon = id.indexOf(':');
    return colon > 0 ? Optional.of(id.substring(0, colon)) : Optional.empty();
  }

  private static void replace(ObjectNode object, String field, JsonNode words) {
    if (words.isTextual() && !words.asText().isBlank() && object.hasNonNull(field)) {
      object.put(field, words.asText());
    }
  }
}
