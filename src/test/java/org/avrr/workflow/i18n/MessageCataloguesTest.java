package org.avrr.workflow.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.avrr.workflow.documents.DocumentKind;
import org.avrr.workflow.reintegration.ReintegrationPlan;
import org.junit.jupiter.api.Test;

/**
 * The server's sentences exist in every offered language (issue 16): each catalogue has exactly
 * English's keys with the same {0}, {1}...; and every key the code names (Message.of("..."), the
 * date bounds, a kind of document as evidence) is in English's catalogue.
 */
class MessageCataloguesTest {

  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");

  /** A key as the code writes it: Message.of("form.required"), or a date bound's key. */
  private static final Pattern KEY_IN_CODE =
      Pattern.compile(
          "(?:Message\\.of\\(|Messages\\.text\\(\\s*\\w+,)\\s*\"([a-zA-Z]+(?:\\.[a-zA-Z]+)+)\""
              + "|\"(date\\.bound\\.[a-zA-Z]+)\"");

  @Test
  void everyLanguageHasEveryKeyOfEnglishWithTheSameArguments() {
    Properties english = Messages.load(Languages.ENGLISH);
    List<String> problems = new ArrayList<>();
    for (String language : Languages.OFFERED) {
      Properties catalogue = Messages.load(language);
      String file = "i18n/messages_" + language + ".properties";
      for (String key : english.stringPropertyNames()) {
        String text = catalogue.getProperty(key);
        if (text == null || text.isBlank()) {
          problems.add(file + ": " + key + " is missing; the English: " + english.getProperty(key));
        } else if (!arguments(text).equals(arguments(english.getProperty(key)))) {
          problems.add(
              file
                  + ": "
                  + key
                  + " names "
                  + arguments(text)
                  + ", the English "
                  + arguments(english.getProperty(key)));
        }
      }
      catalogue.stringPropertyNames().stream()
          .filter(key -> !english.containsKey(key))
          .forEach(key -> problems.add(file + ": " + key + " is not an English key"));
    }
    assertThat(problems).as("message catalogues").isEmpty();
  }

  @Test
  void everyKeyTheCodeNamesIsInTheCatalogues() throws IOException {
    Properties english = Messages.load(Languages.ENGLISH);
    TreeSet<String> named = new TreeSet<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher matcher = KEY_IN_CODE.matcher(Files.readString(source));
        while (matcher.find()) {
          named.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
        }
      }
    }
    for (DocumentKind kind : DocumentKind.values()) {
      named.add("evidence.kind." + kind.name()); // EvidenceRules names the kind it needs
    }
    for (ReintegrationPlan.Kind kind : ReintegrationPlan.Kind.values()) {
      named.add("plan.kind." + kind.name());
      // The English catalogue says what the code's English label says.
      assertThat(Messages.text(Languages.ENGLISH, "plan.kind." + kind.name()))
          .isEqualTo(kind.label());
    }
    for (ReintegrationPlan.Modality modality : ReintegrationPlan.Modality.values()) {
      named.add("plan.modality." + modality.name());
      assertThat(Messages.text(Languages.ENGLISH, "plan.modality." + modality.name()))
          .isEqualTo(modality.label());
    }
    assertThat(named).hasSizeGreaterThan(40);
    assertThat(named.stream().filter(key -> !english.containsKey(key)).toList())
        .as("keys the code names that messages_en.properties lacks")
        .isEmpty();
  }

  @Test
  void aSentenceIsFilledInWithItsValuesAndTheMessagesAmongThemInTheSameLanguage() {
    Message today = Message.of("date.today", "Minsk", "2026-12-05");
    assertThat(Message.of("date.notInFuture", today).in("en"))
        .isEqualTo("cannot be in the future (today in Minsk is 2026-12-05)");
    assertThat(Message.of("date.notInFuture", today).in("ru"))
        .isEqualTo("не может быть в будущем (сегодня 2026-12-05 (часовой пояс Minsk))");
    // A value holding "{1}" (a description as typed) stays as it is.
    assertThat(Messages.text("en", "plan.instalmentOf", "Rent {2} months", 1, 2))
        .isEqualTo("Rent {2} months (instalment 1 of 2)");
    // An apostrophe is only an apostrophe (no MessageFormat quoting).
    assertThat(Message.of("erasure.notEnded", "BY-2026-000001").in("en"))
        .isEqualTo("case BY-2026-000001 has not ended: only an ended case's data can be erased");
  }

  private static TreeSet<String> arguments(String text) {
    TreeSet<String> found = new TreeSet<>();
    Matcher matcher = ARGUMENT.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }
}
