package org.avrr.workflow.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the office works in (issue 16). English is the language the forms, models and
 * notices are written in, and the fallback; every other language has its catalogues beside them:
 * {@code forms/i18n/<language>.json}, {@code processes/i18n/<language>.json}, {@code
 * i18n/messages_<language>.properties}, and the webapps' {@code locales/<language>.json}. A third
 * language (Belarusian, say) is those files and one more entry here; tests name what is missing.
 */
public final class Languages {

  /** The language everything is written in first. */
  public static final String ENGLISH = "en";

  public static final String RUSSIAN = "ru";

  /** Every language a user may work in, English first. */
  public static final List<String> OFFERED = List.of(ENGLISH, RUSSIAN);

  private Languages() {}

  /** "ru", "RU", "ru-RU" or "ru_BY" is Russian; a language not offered is empty. */
  public static Optional<String> offered(String tag) {
    if (tag == null || tag.isBlank()) {
      return Optional.empty();
    }
    String language = tag.strip().split("[-_;,]")[0].toLowerCase(Locale.ROOT);
    return OFFERED.contains(language) ? Optional.of(language) : Optional.empty();
  }

  /**
   * The browser's first language when it is offered, as Camunda's webapps choose theirs: only the
   * first entry of Accept-Language counts, so the server and the screens never disagree.
   */
  public static Optional<String> ofAcceptLanguage(String header) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    return offered(header.split(",")[0]);
  }

  public static Locale locale(String language) {
    return Locale.forLanguageTag(language);
  }
}
