package org.avrr.workflow.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The sentences the server says to users (a refused form's reasons, ...), one catalogue per
 * language: {@code i18n/messages_<language>.properties} in UTF-8, {@code {0}}, {@code {1}} standing
 * for the values a sentence names (filled in as they are: no MessageFormat, so an apostrophe is
 * just an apostrophe). English is the fallback for a key another language lacks, and {@code
 * MessageCataloguesTest} fails on any such key.
 */
public final class Messages {

  private static final Map<String, Properties> CATALOGUES = new LinkedHashMap<>();

  private static final java.util.regex.Pattern ARGUMENT =
      java.util.regex.Pattern.compile("\\{(\\d+)}");

  static {
    for (String language : Languages.OFFERED) {
      CATALOGUES.put(language, load(language));
    }
  }

  private Messages() {}

  static Properties load(String language) {
    String resource = "/i18n/messages_" + language + ".properties";
    try (InputStream in = Messages.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The message catalogue " + resource + " is missing");
      }
      Properties catalogue = new Properties();
      catalogue.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return catalogue;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every key starting with {@code prefix} and its words in {@code language} (else English). */
  public static Map<String, String> startingWith(String language, String prefix) {
    Map<String, String> words = new java.util.TreeMap<>();
    for (String key : CATALOGUES.get(Languages.ENGLISH).stringPropertyNames()) {
      if (key.startsWith(prefix)) {
        find(language, key).ifPresent(text -> words.put(key, text));
      }
    }
    return words;
  }

  /** The words {@code key} in {@code language} (else English), if a catalogue has them. */
  public static java.util.Optional<String> find(String language, String key) {
    return java.util.Optional.ofNullable(
        CATALOGUES
            .getOrDefault(language, CATALOGUES.get(Languages.ENGLISH))
            .getProperty(key, CATALOGUES.get(Languages.ENGLISH).getProperty(key)));
  }

  /** The sentence {@code key} in {@code language}, its {n} replaced by {@code args[n]}. */
  public static String text(String language, String key, Object... args) {
    String pattern =
        CATALOGUES
            .getOrDefault(language, CATALOGUES.get(Languages.ENGLISH))
            .getProperty(key, CATALOGUES.get(Languages.ENGLISH).getProperty(key));
    if (pattern == null) {
      throw new IllegalArgumentException("No message " + key + " in i18n/messages_en.properties");
    }
    // In one pass: a value that itself holds "{1}" (a description as typed) stays as it is.
    java.util.regex.Matcher argument = ARGUMENT.matcher(pattern);
    StringBuilder text = new StringBuilder();
    while (argument.find()) {
      int index = Integer.parseInt(argument.group(1));
      String value = index < args.length ? String.valueOf(args[index]) : argument.group();
      argument.appendReplacement(text, java.util.regex.Matcher.quoteReplacement(value));
    }
    return argument.appendTail(text).toString();
  }
}
