package org.avrr.workflow.tasklist;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.avrr.workflow.i18n.Languages;
import org.avrr.workflow.i18n.LocalisedNames;
import org.avrr.workflow.i18n.ProcessCatalogue;
import org.avrr.workflow.identity.MissionDirectory;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Words for the codes a case keeps (IQ, mission-deu, STARTHILFE_PLUS, PASSPORT), so that a form's
 * summary reads "citizen of Iraq · referred by IOM Germany" instead of codes. Set on each task at
 * its creation as task variables of their own, in each offered language ({@code
 * countryOfReturnName}, {@code countryOfReturnName_ru}, ...: {@link LocalisedNames}), which the
 * forms' texts show — only those its form shows ({@link WordsOnForms}); the codes stay what the
 * processes and rules read.
 */
final class DisplayNames {

  private static final String COUNTRY_OF_RETURN = "countryOfReturn";
  private static final String CITIZENSHIP = "citizenship";
  private static final String SENDING_MISSION_NAME = "sendingMissionName";
  private static final String PROGRAMME_NAME = "reintegrationProgrammeName";

  /**
   * The task variables this sets: each of {@link LocalisedNames#VARIABLES} per language, and each
   * of {@link LocalisedNames#DECISION_TEXTS} per language but English (the case's own variable).
   */
  static final Set<String> VARIABLES =
      java.util.stream.Stream.concat(
              LocalisedNames.VARIABLES.stream()
                  .flatMap(
                      name ->
                          Languages.OFFERED.stream().map(l -> LocalisedNames.variable(name, l))),
              LocalisedNames.DECISION_TEXTS.stream()
                  .flatMap(
                      name ->
                          Languages.OFFERED.stream()
                              .filter(l -> !l.equals(Languages.ENGLISH))
                              .map(l -> LocalisedNames.variable(name, l))))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private final MissionDirectory missions;
  private final ProcessCatalogue catalogue;

  DisplayNames(MissionDirectory missions, ProcessCatalogue catalogue) {
    this.missions = missions;
    this.catalogue = catalogue;
  }

  /**
   * Gives {@code task} the words its form shows ({@code shown}, by their English names), in each
   * offered language; a word the form does not show is not written at all.
   */
  void label(DelegateTask task, Predicate<String> shown) {
    if (shown.test(COUNTRY_OF_RETURN + "Name")) {
      text(task, COUNTRY_OF_RETURN)
          .ifPresent(
              code -> each(task, COUNTRY_OF_RETURN + "Name", l -> LocalisedNames.country(code, l)));
    }
    if (shown.test(CITIZENSHIP + "Name")) {
      text(task, CITIZENSHIP)
          .ifPresent(
              code -> each(task, CITIZENSHIP + "Name", l -> LocalisedNames.country(code, l)));
    }
    if (shown.test(SENDING_MISSION_NAME)) {
      // A mission's name in each language as configured (avrr.identity.missions[].names).
      text(task, "sendingMissionGroup")
          .flatMap(missions::byGroup)
          .ifPresent(mission -> each(task, SENDING_MISSION_NAME, mission::name));
    }
    if (shown.test(PROGRAMME_NAME)) {
      text(task, "reintegrationProgramme")
          .ifPresent(code -> each(task, PROGRAMME_NAME, l -> LocalisedNames.programme(code, l)));
    }
    // A code in words (PASSPORT: "passport"), each language's from the message catalogues.
    for (String coded : LocalisedNames.CODED.keySet()) {
      if (shown.test(coded + LocalisedNames.NAMED)) {
        Object code = task.getVariable(coded);
        if (code != null && !code.toString().isBlank()) {
          each(task, coded + LocalisedNames.NAMED, l -> LocalisedNames.code(coded, code, l));
        }
      }
    }
    // A decision's reason or basis, as the table worded it, in the other languages.
    for (String decisionText : LocalisedNames.DECISION_TEXTS) {
      if (!shown.test(decisionText)) {
        continue;
      }
      text(task, decisionText)
          .ifPresent(
              english -> {
                for (String language : Languages.OFFERED) {
                  if (!language.equals(Languages.ENGLISH)) {
                    task.setVariableLocal(
                        LocalisedNames.variable(decisionText, language),
                        catalogue.decisionText(decisionText, english, language).orElse(english));
                  }
                }
              });
    }
  }

  private static void each(
      DelegateTask task, String variable, Function<String, String> inLanguage) {
    for (String language : Languages.OFFERED) {
      task.setVariableLocal(
          LocalisedNames.variable(variable, language), inLanguage.apply(language));
    }
  }

  private static Optional<String> text(DelegateTask task, String variable) {
    return Optional.ofNullable(task.getVariable(variable))
        .map(Object::toString)
        .filter(value -> !value.isBlank());
  }
}
