package org.avrr.workflow.i18n;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms' words in the office's other languages: one catalogue per language beside the forms,
 * {@code forms/i18n/<language>.json}, holding per form id the text of each translatable property of
 * each component, keyed {@code <component id>.<property>} (label, dateLabel, description, text) or
 * {@code <component id>.values.<option value>} for an option's label. The .form stays the one
 * source of fields, rules and English words: an analyst changes a field once, and a translation the
 * catalogue lacks shows in English (and fails {@code FormCataloguesTest}).
 */
public final class FormCatalogue {

  /** A component's properties that users read. */
  static final String[] TRANSLATED = {"label", "dateLabel", "description", "text"};

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z_][\\w]*)\\s*}}");

  /** No translations: every form as its .form words it. */
  public static final FormCatalogue ENGLISH_ONLY = new FormCatalogue(Map.of());

  /** language → form id → key → text. */
  private final Map<String, Map<String, Map<String, String>>> catalogues;

  private FormCatalogue(Map<String, Map<String, Map<String, String>>> catalogues) {
    this.catalogues = catalogues;
  }

  /** Catalogues given as they are: language → form id → key → text (tests, tools). */
  public static FormCatalogue of(Map<String, Map<String, Map<String, String>>> catalogues) {
    return new FormCatalogue(Map.copyOf(catalogues));
  }

  /** The catalogues of every offered language, from the classpath; a missing one fails here. */
  public static FormCatalogue load() {
    Map<String, Map<String, Map<String, String>>> catalogues = new LinkedHashMap<>();
    for (String language : Languages.OFFERED) {
      if (!language.equals(Languages.ENGLISH)) {
        catalogues.put(language, read("/forms/i18n/" + language + ".json"));
      }
    }
    return new FormCatalogue(catalogues);
  }

  static Map<String, Map<String, String>> read(String resource) {
    try (InputStream in = FormCatalogue.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The forms' catalogue " + resource + " is missing");
      }
      Map<String, Map<String, String>> forms = new LinkedHashMap<>();
      JSON.readTree(in)
          .fields()
          .forEachRemaining(
              form -> {
                Map<String, String> texts = new LinkedHashMap<>();
                form.getValue()
                    .fields()
                    .forEachRemaining(text -> texts.put(text.getKey(), text.getValue().asText()));
                forms.put(form.getKey(), texts);
              });
      return forms;
    } catch (IOException e) {
      throw new UncheckedIOException("The forms' catalogue " + resource + " is not JSON", e);
    }
  }

  /**
   * {@code formJson} (a deployed .form) in {@code language}: each text the catalogue has replaces
   * the English one, and the case's codes named in words ({@link LocalisedNames}) are named in that
   * language. English, and bytes that are not a form, come back as they are.
   */
  public byte[] translate(byte[] formJson, String language) {
    return translate(formJson, language, name -> true);
  }

  /**
   * As {@link #translate(byte[], String)}, naming a case's words in {@code language} only where the
   * task has them ({@code present}: a task opened before they were kept per language has not).
   */
  public byte[] translate(
      byte[] formJson, String language, java.util.function.Predicate<String> present) {
    Map<String, Map<String, String>> catalogue = catalogues.get(language);
    if (catalogue == null) {
      return formJson;
    }
    try {
      JsonNode form = JSON.readTree(formJson);
      String formId = form.path("id").asText(null);
      if (formId == null) {
        return formJson;
      }
      Map<String, String> texts = catalogue.getOrDefault(formId, Map.of());
      eachComponent(
          form.path("components"),
          (component, id) -> {
            for (String property : TRANSLATED) {
              if (component.hasNonNull(property)) {
                String text =
                    texts.getOrDefault(id + "." + property, component.get(property).asText());
                component.put(property, LocalisedNames.inTemplate(text, language, present));
              }
            }
            for (JsonNode option : component.path("values")) {
              String key = id + ".values." + option.path("value").asText();
              if (option instanceof ObjectNode value && texts.containsKey(key)) {
                value.put("label", texts.get(key));
              }
            }
          });
      return JSON.writeValueAsBytes(form);
    } catch (IOException e) {
      return formJson;
    }
  }

  /**
   * The text of {@code key} of form {@code formId} in {@code language}, if the catalogue has it.
   */
  public Optional<String> text(String formId, String key, String language) {
    return Optional.ofNullable(
        catalogues.getOrDefault(language, Map.of()).getOrDefault(formId, Map.of()).get(key));
  }

  /** Calls {@code visit} with every component (groups' children too) and its id. */
  static void eachComponent(JsonNode components, BiConsumer<ObjectNode, String> visit) {
    for (JsonNode component : components) {
      if (component instanceof ObjectNode object && component.hasNonNull("id")) {
        visit.accept(object, component.get("id").asText());
      }
      eachComponent(component.path("components"), visit);
    }
  }

  /**
   * Which of the case's words kept per language ({@link LocalisedNames#inEachLanguage()}) the texts
   * of {@code formJson} show, by their English names; with the form's id.
   */
  public static Map.Entry<String, java.util.Set<String>> wordsShown(byte[] formJson) {
    try {
      JsonNode form = JSON.readTree(formJson);
      java.util.Set<String> shown = new java.util.TreeSet<>();
      eachComponent(
          form.path("components"),
          (component, id) -> {
            for (String property : TRANSLATED) {
              if (component.hasNonNull(property)) {
                placeholders(component.get(property).asText()).stream()
                    .filter(LocalisedNames::inEachLanguage)
                    .forEach(shown::add);
              }
            }
          });
      return Map.entry(form.path("id").asText(""), java.util.Set.copyOf(shown));
    } catch (IOException e) {
      throw new UncheckedIOException("A form that is not JSON", e);
    }
  }

  /** The {{name}}s a text shows. */
  static java.util.Set<String> placeholders(String text) {
    java.util.Set<String> names = new java.util.TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }
}
