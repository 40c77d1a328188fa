package org.avrr.workflow.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every word a form shows has a translation in every offered language (issue 16): each label, date
 * label, description, text and option of each .form under forms/ has its key in {@code
 * forms/i18n/<language>.json}, with the same {{...}} expressions; and the catalogues hold no key
 * that no form has any more (a renamed field or option). A missing key fails here, named, with the
 * English to translate.
 */
class FormCataloguesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path FORMS = Path.of("forms");
  private static final Pattern EXPRESSION = Pattern.compile("\\{\\{(.*?)}}");

  @Test
  void everyTextOfEveryFormIsInEveryLanguageWithTheSameExpressions() throws IOException {
    Map<String, Map<String, String>> english = englishTexts();
    assertThat(english).hasSizeGreaterThan(40);
    List<String> problems = new ArrayList<>();
    for (String language : Languages.OFFERED) {
      if (language.equals(Languages.ENGLISH)) {
        continue;
      }
      Path file = FORMS.resolve("i18n").resolve(language + ".json");
      Map<String, Map<String, String>> catalogue =
          FormCatalogue.read("/forms/i18n/" + language + ".json");
      english.forEach(
          (form, texts) ->
              texts.forEach(
                  (key, text) -> {
                    String translated = catalogue.getOrDefault(form, Map.of()).get(key);
                    String where = file + ": " + form + " / " + key;
                    if (translated == null || translated.isBlank()) {
                      problems.add(where + " is missing; the English: " + text);
                    } else if (!expressions(translated).equals(expressions(text))) {
                      problems.add(
                          where
                              + " shows "
                              + expressions(translated)
                              + ", the English "
                              + expressions(text));
                    }
                  }));
      catalogue.forEach(
          (form, texts) ->
              texts.keySet().stream()
                  .filter(key -> !english.getOrDefault(form, Map.of()).containsKey(key))
                  .forEach(
                      key ->
                          problems.add(
                              file
                                  + ": "
                                  + form
                                  + " / "
                                  + key
                                  + " is no text of"
                                  + " any form (renamed or removed?)")));
    }
    assertThat(problems).as("form catalogues").isEmpty();
  }

  @Test
  void aFormServedInRussianShowsTheRussianWordsAndTheRussianNamesOfTheCasesCodes()
      throws IOException {
    byte[] form = Files.readAllBytes(FORMS.resolve("data-consent.form"));
    JsonNode russian = JSON.readTree(FormCatalogue.load().translate(form, Languages.RUSSIAN));

    JsonNode channel = component(russian, "Field_firstContactChannel");
    assertThat(channel.path("label").asText()).isEqualTo("Способ контакта");
    assertThat(channel.path("values").get(0).path("label").asText()).isEqualTo("Лично");
    assertThat(channel.path("values").get(0).path("value").asText()).isEqualTo("IN_PERSON");
    assertThat(channel.path("key").asText()).isEqualTo("firstContactChannel");
    String summary = component(russian, "Text_1").path("text").asText();
    assertThat(summary)
        .startsWith("## Первый контакт")
        .contains("{{citizenshipName_ru}}", "{{countryOfReturnName_ru}}", "{{caseNumber}}");
    // A task created before the case's words were kept per language shows the English ones.
    String older =
        component(
                JSON.readTree(
                    FormCatalogue.load().translate(form, Languages.RUSSIAN, name -> false)),
                "Text_1")
            .path("text")
            .asText();
    assertThat(older).startsWith("## Первый контакт").contains("{{citizenshipName}}");
    // English is served as it was deployed.
    assertThat(FormCatalogue.load().translate(form, Languages.ENGLISH)).isSameAs(form);
  }

  /** The English texts of every form: form id → key → text, as the catalogues key them. */
  static Map<String, Map<String, String>> englishTexts() throws IOException {
    Map<String, Map<String, String>> forms = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(FORMS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
        JsonNode form = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        Map<String, String> texts = new LinkedHashMap<>();
        FormCatalogue.eachComponent(
            form.path("components"),
            (component, id) -> {
              for (String property : FormCatalogue.TRANSLATED) {
                if (component.hasNonNull(property) && !component.get(property).asText().isBlank()) {
                  texts.put(id + "." + property, component.get(property).asText());
                }
              }
              for (JsonNode option : component.path("values")) {
                texts.put(
                    id + ".values." + option.path("value").asText(), option.path("label").asText());
              }
            });
        forms.put(form.path("id").asText(), texts);
      }
    }
    return forms;
  }

  private static TreeSet<String> expressions(String text) {
    TreeSet<String> found = new TreeSet<>();
    Matcher matcher = EXPRESSION.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1).strip());
    }
    return found;
  }

  private static JsonNode component(JsonNode form, String id) {
    List<JsonNode> found = new ArrayList<>();
    FormCatalogue.eachComponent(
        form.path("components"),
        (component, componentId) -> {
          if (componentId.equals(id)) {
            found.add(component);
          }
        });
    assertThat(found).as(id).hasSize(1);
    return found.get(0);
  }
}
