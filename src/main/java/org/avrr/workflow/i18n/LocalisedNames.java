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

  /**
   * Case variables holding a code that forms and notices show in words, by the family of words they
   * take from the message catalogues ({@code code.<family>.<code>}): documentType PASSPORT is
   * "passport", "паспорт"; a yes/no answer is "yes", "да". A task gets them as {@code
   * documentTypeName}, {@code documentTypeName_ru} ({@link #VARIABLES}); a notice words them in its
   * reader's language. A code without words stays as it is.
   */
  public static final Map<String, String> CODED =
      Map.ofEntries(
          Map.entry("caseOutcome", "caseOutcome"),
          Map.entry("eligibilityOutcome", "eligibilityOutcome"),
          Map.entry("travelOutcome", "travelOutcome"),
          Map.entry("arrivalOutcome", "arrivalOutcome"),
          Map.entry("reintegrationOutcome", "closureReason"),
          Map.entry("approvalLevel", "approvalLevel"),
          Map.entry("documentType", "documentType"),
          Map.entry("evidenceType", "evidenceType"),
          Map.entry("departureOutcome", "departureOutcome"),
          Map.entry("medicalFitness", "medicalFitness"),
          Map.entry("fitnessToTravel", "fitnessToTravel"),
          Map.entry("travelDocumentStatus", "travelDocumentStatus"),
          Map.entry("exitClearanceDecision", "exitClearanceDecision"),
          Map.entry("exitClearanceRefusalReason", "exitClearanceRefusalReason"),
          Map.entry("migrationLegalStatus", "migrationLegalStatus"),
          Map.entry("vulnerabilityPriority", "vulnerabilityPriority"),
          Map.entry("closureReason", "closureReason"),
          Map.entry("planOutcome", "planOutcome"),
          Map.entry("travelCancellationReason", "travelCancellationReason"),
          Map.entry("transitDocuments", "transitDocument"),
          Map.entry("rssCompositeBand", "rssBand"),
          Map.entry("rssEconomicBand", "rssBand"),
          Map.entry("rssSocialBand", "rssBand"),
          Map.entry("rssPsychosocialBand", "rssBand"),
          Map.entry("hasPendingProceedings", "yesNo"),
          Map.entry("hasRemovalOrder", "yesNo"),
          Map.entry("hasEntryBan", "yesNo"),
          Map.entry("onwardTransportArranged", "yesNo"),
          Map.entry("accommodationArranged", "yesNo"),
          Map.entry("medicalCareArranged", "yesNo"));

  /**
   * A coded variable's words are kept under its name with this suffix ({@code documentTypeName}).
   */
  public static final String NAMED = "Name";

  /**
   * The variables a task is given in words, as the forms' texts name them (English): the case's
   * countries, mission and programme, and each {@link #CODED} variable.
   */
  public static final Set<String> VARIABLES =
      java.util.stream.Stream.concat(
              java.util.stream.Stream.of(
                  "countryOfReturnName",
                  "citizenshipName",
                  "sendingMissionName",
                  "reintegrationProgrammeName"),
              CODED.keySet().stream().map(coded -> coded + NAMED))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * Texts the decision tables give in English that the forms show (the case's process variables): a
   * task gets each in the other languages only ({@code eligibilityReason_ru}), from the {@link
   * ProcessCatalogue}; English is the process's own variable.
   */
  public static final Set<String> DECISION_TEXTS =
      Set.of(
          "eligibilityReason", "travelReadinessReason", "grantCeilingBasis", "approvalLevelReason");

  /**
   * Every output of the decision tables whose texts the {@link ProcessCatalogue} holds in each
   * language: the {@link #DECISION_TEXTS}, and the routing rules' findings, which the travel stage
   * puts together into {@code routeFindings} in each language.
   */
  public static final Set<String> TABLE_TEXTS =
      java.util.stream.Stream.concat(
              DECISION_TEXTS.stream(), java.util.stream.Stream.of("routeFinding"))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * Case variables our code words itself (a plan decision's "approved", "visit 2 of 4"): set in
   * every language at once ({@link #setInEachLanguage}), read by forms and notices in the reader's.
   */
  public static final Set<String> WORDED =
      Set.of(
          "planDecisionText",
          "planDecisionComments",
          "monitoringVisitLabel",
          "planSummary",
          "instalmentTitle",
          "instalmentAmountText",
          "instalmentModality",
          "instalmentPayee",
          "routeFindings",
          "routeDescription");

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

  /**
   * The {@link #CODED} variable {@code variable}'s value in words in {@code language}: "passport"
   * for PASSPORT; a list of codes ("A, B") word by word; a code without words stays as it is.
   */
  public static String code(String variable, Object value, String language) {
    String family = CODED.get(variable);
    if (family == null || value == null) {
      return value == null ? "" : value.toString();
    }
    String[] codes = value.toString().split(",\\s*");
    StringBuilder words = new StringBuilder();
    for (String code : codes) {
      if (code.isBlank()) {
        continue;
      }
      if (words.length() > 0) {
        words.append(", ");
      }
      words.append(
          Messages.find(language, "code." + family + "." + code.strip()).orElse(code.strip()));
    }
    return words.toString();
  }

  /**
   * Every code's words in {@code language}, by the variable that holds it: each {@link #CODED}
   * variable's, and the reintegration programmes'. For pages that show a case's stored values
   * (Cockpit's Case history).
   */
  public static Map<String, Map<String, String>> codeWords(String language) {
    Map<String, Map<String, String>> words = new java.util.TreeMap<>();
    CODED.forEach(
        (variable, family) -> {
          String prefix = "code." + family + ".";
          Map<String, String> codes = new java.util.TreeMap<>();
          Messages.startingWith(language, prefix)
              .forEach((key, text) -> codes.put(key.substring(prefix.length()), text));
          words.put(variable, codes);
        });
    Map<String, String> programmes = new java.util.TreeMap<>();
    PROGRAMMES.keySet().forEach(code -> programmes.put(code, programme(code, language)));
    words.put("reintegrationProgramme", programmes);
    return words;
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
      String coded = name.endsWith(NAMED) ? name.substring(0, name.length() - NAMED.length()) : "";
      String replaced;
      if (inEachLanguage(name) && present.test(variable(name, language))) {
        replaced = "{{" + matcher.group(1) + variable(name, language) + matcher.group(3) + "}}";
      } else if (CODED.containsKey(coded)) {
        // A task created before its codes were kept in words: the code itself, as it showed.
        replaced = "{{" + matcher.group(1) + coded + matcher.group(3) + "}}";
      } else {
        replaced = matcher.group();
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(replaced));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
