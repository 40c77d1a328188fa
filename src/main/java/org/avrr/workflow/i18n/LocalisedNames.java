package org.avrr.workflow.i18n;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Words for the codes a case keeps (IQ, STARTHILFE_PLUS), in each offered language. A task gets
 * them as task variables at its creation: {@code countryOfReturnName} in English and {@code
 * countryOfReturnName_ru} in Russian; a form served in Russian shows the latter ({@link
 * #inTemplate}), so a form's text names one variable in every language.
 */
public final class LocalisedNames {

  /** The variables a task is given in words, as the forms' texts name them (English). */
  public static final Set<String> VARIABLES =
      Set.of(
          "countryOfReturnName",
          "citizenshipName",
          "sendingMissionName",
          "reintegrationProgrammeName");

  /**
   * Texts the decision tables give in English that the forms show (the case's process variables): a
   * task gets each in the other languages only ({@code eligibilityReason_ru}), from the {@link
   * ProcessCatalogue}; English is the process's own variable.
   */
  public static final Set<String> DECISION_TEXTS =
      Set.of(
          "eligibilityReason", "travelReadinessReason", "grantCeilingBasis", "approvalLevelReason");

  /**
   * Case variables our code words itself (a plan decision's "approved", "visit 2 of 4"): set in
   * every language at once ({@link #setInEachLanguage}), read by forms and notices in the reader's.
   */
  public static final Set<String> WORDED =
      Set.of("planDecisionText", "monitoringVisitLabel", "planSummary", "instalmentTitle");

  private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

  /** The reintegration programmes of decision reintegration-grant-ceiling, per language. */
  private static final Map<String, Map<String, String>> PROGRAMMES =
      Map.of(
          "STARTHILFE_PLUS",
          Map.of("en", "StarthilfePlus (Germany)", "ru", "StarthilfePlus (Германия)"),
          "REAG_GARP",
          Map.of("en", "REAG/GARP", "ru", "REAG/GARP"),
          "NL_REINTEGRATION",
          Map.of(
              "en", "Netherlands reintegration support",
              "ru", "Программа реинтеграции Нидерландов"),
          "BELARUS_AVRR",
          Map.of("en", "IOM Belarus AVRR", "ru", "Программа ДВР МОМ Беларусь"));

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\s*)([A-Za-z_]\\w*)(\\s*)}}");

  private LocalisedNames() {}

  /** {@code countryOfReturnName} in {@code language}: itself in English, else with a suffix. */
  public static String variable(String name, String language) {
    return Languages.ENGLISH.equals(language) ? name : name + "_" + language;
  }

  /** Every variable that has a variant per language, by its English name. */
  public static java.util.Set<String> inEachLanguage() {
    java.util.Set<String> names = new java.util.HashSet<>(VARIABLES);
    names.addAll(DECISION_TEXTS);
    names.addAll(WORDED);
    return names;
  }

  /** Whether a variable {@code name} has a variant per language ({@code name_ru}). */
  public static boolean inEachLanguage(String name) {
    return VARIABLES.contains(name) || DECISION_TEXTS.contains(name) || WORDED.contains(name);
  }

  /** Sets {@code name} (English) and its variant in each other language to {@code words}. */
  public static void setInEachLanguage(VariableScope scope, String name, Message words) {
    setInEachLanguage(scope, name, words::in);
  }

  /** As {@link #setInEachLanguage(VariableScope, String, Message)}, the words made per language. */
  public static void setInEachLanguage(
      VariableScope scope, String name, java.util.function.Function<String, String> wordsIn) {
    for (String language : Languages.OFFERED) {
      scope.setVariable(variable(name, language), wordsIn.apply(language));
    }
  }

  /** "IQ" is "Iraq", "Ирак" in Russian; a code that is not a country stays as it is. */
  public static String country(String code, String language) {
    if (!ISO_COUNTRIES.contains(code)) {
      return code;
    }
    return new Locale("", code).getDisplayCountry(Languages.locale(language));
  }

  /** A programme's name in {@code language}; an unknown code stays as it is. */
  public static String programme(String code, String language) {
    Map<String, String> names = PROGRAMMES.get(code);
    if (names == null) {
      return code;
    }
    return names.getOrDefault(language, names.get(Languages.ENGLISH));
  }

  /**
   * A form text's {{countryOfReturnName}} becomes {{countryOfReturnName_ru}} in Russian, and so
   * does a decision's text ({{eligibilityReason}}).
   */
  static String inTemplate(String text, String language) {
    return inTemplate(text, language, name -> true);
  }

  /**
   * As {@link #inTemplate(String, String)}, where the task has the variable in {@code language}
   * ({@code present}); elsewhere the English one stays (a task created before it was kept per
   * language).
   */
  static String inTemplate(
      String text, String language, java.util.function.Predicate<String> present) {
    if (Languages.ENGLISH.equals(language) || !text.contains("{{")) {
      return text;
    }
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(2);
      String replaced =
          inEachLanguage(name) && present.test(variable(name, language))
              ? "{{" + matcher.group(1) + variable(name, language) + matcher.group(3) + "}}"
              : matcher.group();
      matcher.appendReplacement(out, Matcher.quoteReplacement(replaced));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
