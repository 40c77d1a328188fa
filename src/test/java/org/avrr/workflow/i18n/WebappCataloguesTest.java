package org.avrr.workflow.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The webapps' catalogues we write for the office's languages (issue 16): each has every key of the
 * English catalogue Camunda's webjar ships for that app, a text for each, the same {{...}}
 * placeholders, and the same date settings; and the app's configuration offers exactly the
 * languages we ship. A key Camunda adds in an upgrade fails here, named, until it is translated.
 */
class WebappCataloguesTest {

  private static final String APPS = "/META-INF/resources/webjars/camunda/app/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}\\s]+)\\s*}}");

  /** The languages we ship per app, besides Camunda's English: every offered one, every app. */
  private static final Map<String, List<String>> SHIPPED =
      Map.of(
          "tasklist", others(),
          "cockpit", others(),
          "admin", others(),
          "welcome", others());

  /**
   * English's plural ending, a key of its own in Cockpit ("instance" + "s"): a language that does
   * not form plurals so may leave it empty.
   */
  private static final String PLURAL_ENDING = "s";

  private static List<String> others() {
    return Languages.OFFERED.stream().filter(l -> !l.equals(Languages.ENGLISH)).toList();
  }

  @Test
  void everyCatalogueOfOursHasEveryKeyOfCamundasEnglishOneWithTheSamePlaceholders()
      throws IOException {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, List<String>> app : SHIPPED.entrySet()) {
      JsonNode english = catalogue(app.getKey(), "en");
      for (String language : app.getValue()) {
        JsonNode ours = catalogue(app.getKey(), language);
        String where = app.getKey() + "/locales/" + language + ".json";
        Iterator<Map.Entry<String, JsonNode>> labels = english.path("labels").fields();
        while (labels.hasNext()) {
          Map.Entry<String, JsonNode> label = labels.next();
          JsonNode translated = ours.path("labels").get(label.getKey());
          if (translated == null) {
            problems.add(where + ": no " + label.getKey());
          } else if (translated.asText().isBlank()
              && !label.getValue().asText().isBlank()
              && !label.getValue().asText().equals(PLURAL_ENDING)) {
            problems.add(where + ": " + label.getKey() + " is empty");
          } else if (!placeholders(translated.asText())
              .equals(placeholders(label.getValue().asText()))) {
            problems.add(
                where
                    + ": "
                    + label.getKey()
                    + " has placeholders "
                    + placeholders(translated.asText())
                    + ", the English "
                    + placeholders(label.getValue().asText()));
          }
        }
        ours.path("labels")
            .fieldNames()
            .forEachRemaining(
                key -> {
                  if (!english.path("labels").has(key)) {
                    problems.add(where + ": " + key + " is not a key of Camunda's catalogue");
                  }
                });
        english
            .path("dateLocales")
            .fieldNames()
            .forEachRemaining(
                key -> {
                  JsonNode date = ours.path("dateLocales").get(key);
                  if (date == null || date.size() != english.path("dateLocales").get(key).size()) {
                    problems.add(where + ": dateLocales." + key + " missing or of another size");
                  }
                });
      }
    }
    assertThat(problems).as("catalogues").isEmpty();
  }

  @Test
  void eachAppOffersExactlyTheLanguagesWeShipWithEnglishAsTheFallback() throws IOException {
    for (Map.Entry<String, List<String>> app : SHIPPED.entrySet()) {
      String config = text(APPS + app.getKey() + "/scripts/config.js");
      Matcher available = Pattern.compile("availableLocales:\\s*\\[([^]]*)]").matcher(config);
      assertThat(available.find()).as(app.getKey() + "'s config.js names its locales").isTrue();
      List<String> languages = new ArrayList<>(List.of("en"));
      languages.addAll(app.getValue());
      assertThat(available.group(1).replaceAll("[\\s']", "").split(","))
          .containsExactlyInAnyOrderElementsOf(languages);
      assertThat(config).contains("fallbackLocale: 'en'");
    }
  }

  private static TreeSet<String> placeholders(String text) {
    TreeSet<String> found = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  private static JsonNode catalogue(String app, String language) throws IOException {
    String text = text(APPS + app + "/locales/" + language + ".json");
    // Camunda's own files start with a byte order mark.
    return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  private static String text(String resource) throws IOException {
    try (InputStream in = WebappCataloguesTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
