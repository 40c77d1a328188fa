package org.avrr.workflow.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The engine's refusals a counsellor meets in a shared queue are said in her language; our own
 * refusals, already in it, are left as they are.
 */
class EngineRefusalsTest {

  @Test
  void theRefusalsMetInADaysWorkAreSaidInTheUsersWords() {
    assertThat(
            EngineRefusals.inWords(
                "TaskAlreadyClaimedException",
                "Task 'a1b2' is already claimed by someone else.",
                "ru"))
        .contains("Эту задачу уже взял в работу другой сотрудник. Обновите список задач.");
    assertThat(
            EngineRefusals.inWords(
                "OptimisticLockingException",
                "ENGINE-03005 Execution of 'UPDATE VariableInstanceEntity[x]' failed.",
                "ru"))
        .hasValueSatisfying(words -> assertThat(words).startsWith("В этот момент дело изменил"));
    assertThat(
            EngineRefusals.inWords(
                "RestException",
                "Cannot submit task form a1b2: Cannot find task with id a1b2: task is null",
                "ru"))
        .hasValueSatisfying(words -> assertThat(words).startsWith("Этой задачи больше нет"));
    assertThat(EngineRefusals.inWords("AuthorizationException", "The user with id 'x'…", "ru"))
        .hasValueSatisfying(words -> assertThat(words).startsWith("У вас нет прав"));
  }

  @Test
  void aRefusalWrappedByTheRestApiIsKnownByItsSentenceWhateverTheCaseDataInIt() {
    // Two colleagues submit forms of the same case at once: the REST API wraps the engine's.
    assertThat(
            EngineRefusals.inWords(
                "RestException",
                "Cannot submit task form a1b2: ENGINE-03005 Execution of 'UPDATE"
                    + " VariableInstanceEntity[textValue=Иванов]' failed. Entity was updated by"
                    + " another transaction concurrently.",
                "ru"))
        .hasValueSatisfying(words -> assertThat(words).startsWith("В этот момент дело изменил"));
    assertThat(
            EngineRefusals.inWords(
                "RestException",
                "Cannot submit task form a1b2: The user with id 'counsellor-ru' does not have"
                    + " 'UPDATE' permission on resource 'a1b2' of type 'Task'.",
                "ru"))
        .hasValueSatisfying(words -> assertThat(words).startsWith("У вас нет прав"));
    // Some other thing that "does not exist" is not a task that is gone.
    assertThat(
            EngineRefusals.inWords(
                "RestException",
                "Cannot submit task form a1b2: the form 'x' does not exist in deployment 1",
                "ru"))
        .hasValueSatisfying(words -> assertThat(words).startsWith("Сервер не выполнил действие"));
  }

  @Test
  void anyOtherRefusalKeepsTheEnginesSentenceForTheAdministratorAndOursPassAsTheyAre() {
    assertThat(EngineRefusals.inWords("ProcessEngineException", "ENGINE-09005 boom", "ru"))
        .contains("Сервер не выполнил действие. Для администратора: ENGINE-09005 boom");
    assertThat(
            EngineRefusals.inWords(
                "RestException", "Исправьте форму: Способ контакта: обязательное поле.", "ru"))
        .isEmpty();
  }

  @Test
  void onlyAUsersActionsAreRead() {
    assertThat(EngineRefusals.ACTION.matcher("/engine-rest/task/a1b2/claim").matches()).isTrue();
    assertThat(
            EngineRefusals.ACTION
                .matcher("/camunda/api/engine/engine/default/task/a1b2/submit-form")
                .matches())
        .isTrue();
    assertThat(
            EngineRefusals.ACTION
                .matcher("/engine-rest/process-definition/key/avrr-outbound/submit-form")
                .matches())
        .isTrue();
    assertThat(EngineRefusals.ACTION.matcher("/engine-rest/task").matches()).isFalse();
    assertThat(EngineRefusals.ACTION.matcher("/engine-rest/filter/f1/list").matches()).isFalse();
  }
}
