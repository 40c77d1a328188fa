package org.avrr.workflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.avrr.workflow.i18n.ProcessCatalogue;
import org.avrr.workflow.identity.IdentityProperties;
import org.avrr.workflow.identity.MissionDirectory;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;

/**
 * A task shows the case's codes and the decision tables' texts in words, in each language: the
 * English the case keeps, and the Russian a Russian-speaking user's form names (issue 16).
 */
class DisplayNamesTest {

  private final Map<String, Object> taskVariables = new HashMap<>();

  @Test
  void aTaskNamesTheCasesCodesAndItsDecisionsReasonsInEveryLanguage() {
    DelegateTask task =
        taskOfCase(
            Map.of(
                "citizenship", "IQ",
                "countryOfReturn", "IQ",
                "reintegrationProgramme", "STARTHILFE_PLUS",
                "eligibilityReason", "Meets the AVRR criteria.",
                "travelReadinessReason", "A reason no table gives"));

    new DisplayNames(
            new MissionDirectory(new IdentityProperties(false, List.of())), ProcessCatalogue.load())
        .label(task, word -> true); // a form not known here: every word

    assertThat(taskVariables)
        .containsEntry("citizenshipName", "Iraq")
        .containsEntry("citizenshipName_ru", "Ирак")
        .containsEntry("reintegrationProgrammeName_ru", "StarthilfePlus (Германия)")
        .containsEntry("eligibilityReason_ru", "Соответствует условиям ДВР.")
        // A text the catalogue does not know stays as the table gave it.
        .containsEntry("travelReadinessReason_ru", "A reason no table gives")
        // The case's own English text is not copied onto the task.
        .doesNotContainKey("eligibilityReason");
    assertThat(DisplayNames.VARIABLES)
        .contains("eligibilityReason_ru", "citizenshipName", "citizenshipName_ru")
        .doesNotContain("eligibilityReason");
  }

  @Test
  void aTaskIsGivenOnlyTheWordsItsFormShows() {
    DelegateTask task =
        taskOfCase(
            Map.of(
                "citizenship", "IQ",
                "countryOfReturn", "IQ",
                "reintegrationProgramme", "STARTHILFE_PLUS",
                "grantCeilingBasis", "StarthilfePlus ceiling for a single adult.",
                "approvalLevelReason", "Within the programme ceiling."));
    WordsOnForms forms = applicationForms();

    // The plan's approval shows the programme, its ceiling's basis and why this level approves.
    new DisplayNames(
            new MissionDirectory(new IdentityProperties(false, List.of())), ProcessCatalogue.load())
        .label(
            task, forms.shownBy(DEPLOYMENT, "reintegration-plan-approval").orElseThrow()::contains);

    assertThat(taskVariables)
        .containsKeys(
            "reintegrationProgrammeName",
            "reintegrationProgrammeName_ru",
            "grantCeilingBasis_ru",
            "approvalLevelReason_ru")
        // Its form names neither country: no row is written for them.
        .doesNotContainKeys("citizenshipName", "citizenshipName_ru", "countryOfReturnName_ru");
  }

  @Test
  void theSendingMissionIsNamedAsTheOfficeConfiguredItForEachLanguage() {
    DelegateTask task = taskOfCase(Map.of("sendingMissionGroup", "mission-deu"));
    IdentityProperties.Mission germany =
        new IdentityProperties.Mission(
            "deu", "IOM Germany", "DE", null, Map.of("ru", "Миссия МОМ в Германии"));

    new DisplayNames(
            new MissionDirectory(new IdentityProperties(false, List.of(germany))),
            ProcessCatalogue.load())
        .label(task, "sendingMissionName"::equals);

    assertThat(taskVariables)
        .containsEntry("sendingMissionName", "IOM Germany")
        .containsEntry("sendingMissionName_ru", "Миссия МОМ в Германии");
  }

  @Test
  void theFormsSayWhichWordsTheyShow() {
    WordsOnForms forms = applicationForms();

    assertThat(forms.shownBy(DEPLOYMENT, "data-consent").orElseThrow())
        .containsExactlyInAnyOrder("citizenshipName", "countryOfReturnName");
    assertThat(forms.shownBy(DEPLOYMENT, "reintegration-plan-approval").orElseThrow())
        .contains("grantCeilingBasis", "approvalLevelReason", "planSummary")
        .doesNotContain("eligibilityReason");
    // A task without a form, or with a form not in its deployment, may show anything.
    assertThat(forms.shownBy(DEPLOYMENT, null)).isEmpty();
    assertThat(forms.shownBy(DEPLOYMENT, "a-form-of-another-deployment")).isEmpty();
  }

  private static final String DEPLOYMENT = "a-deployment";

  /** The words of the forms the application deploys (forms/*.form), as one deployment's. */
  private static WordsOnForms applicationForms() {
    Map<String, java.util.Set<String>> byForm = new java.util.HashMap<>();
    try (java.util.stream.Stream<java.nio.file.Path> forms =
        java.nio.file.Files.list(java.nio.file.Path.of("forms"))) {
      for (java.nio.file.Path form :
          forms.filter(path -> path.toString().endsWith(".form")).toList()) {
        Map.Entry<String, java.util.Set<String>> words =
            org.avrr.workflow.i18n.FormCatalogue.wordsShown(java.nio.file.Files.readAllBytes(form));
        byForm.put(words.getKey(), words.getValue());
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return WordsOnForms.of(byForm);
  }

  private DelegateTask taskOfCase(Map<String, Object> caseVariables) {
    DelegateTask task = mock(DelegateTask.class);
    when(task.getVariable(anyString())).thenAnswer(call -> caseVariables.get(call.getArgument(0)));
    doAnswer(
            call -> {
              taskVariables.put(call.getArgument(0), call.getArgument(1));
              return null;
            })
        .when(task)
        .setVariableLocal(anyString(), org.mockito.ArgumentMatchers.any());
    return task;
  }
}
