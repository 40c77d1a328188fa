package org.avrr.workflow.forms;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.avrr.workflow.forms.FormJson.FORM_ID;
import static org.avrr.workflow.forms.FormJson.form;
import static org.avrr.workflow.forms.FormJson.labelOf;
import static org.avrr.workflow.forms.FormJson.number;
import static org.avrr.workflow.forms.FormJson.textfield;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.avrr.workflow.common.ProcessVariable;
import org.avrr.workflow.i18n.FormCatalogue;
import org.avrr.workflow.i18n.Message;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A submission checked against its deployed form, then against the business rules of that form. No
 * engine: the form is read from a deployment the way the engine's command context would hand it
 * over, and the rules are lambdas.
 */
class FormValidationTest {

  private static final String DEPLOYMENT_ID = "deployment-1";
  private static final String OTHER_FORM_ID = "other-form";

  private static final ProcessVariable<String> SURNAME = ProcessVariable.string("surname");
  private static final ProcessVariable<Long> AGE = ProcessVariable.number("age");

  /** The surname rule's refusal (common.missing in English). */
  private static final String NOT_A_PLACEHOLDER = "missing";

  /** A rule's sentence from the message catalogues (any will do). */
  private static final String NOT_AN_ADULT = "the household includes at least the returnee";

  private static final String PLACEHOLDER = "Test";

  private final ResourceManager resources = mock(ResourceManager.class);

  /** The rules run, in the order they ran, by the form id they guard. */
  private final List<String> rulesRun = new ArrayList<>();

  @BeforeEach
  void deployTheFormsAsTheEngineWould() {
    CommandContext commandContext = mock(CommandContext.class);
    when(commandContext.getResourceManager()).thenReturn(resources);
    when(resources.findResourcesByDeploymentId(DEPLOYMENT_ID))
        .thenReturn(
            List.of(
                resource("process.bpmn", "<definitions/>".getBytes(UTF_8)),
                resource(
                    FORM_ID + ".form",
                    form(FORM_ID, textfield(SURNAME.name()).required(), number(AGE.name()))),
                resource(OTHER_FORM_ID + ".form", form(OTHER_FORM_ID, textfield(SURNAME.name())))));
    Context.setCommandContext(commandContext);
  }

  @AfterEach
  void leaveTheCommandContext() {
    Context.removeCommandContext();
  }

  @Test
  void aSubmissionThatKeepsToTheFormAndItsRulesIsAccepted() {
    FormValidation validation = new FormValidation(() -> List.of(surnameRule(), adultRule()));

    assertThatCode(() -> validate(validation, Map.of(SURNAME.name(), "Ahmadi", AGE.name(), 34L)))
        .doesNotThrowAnyException();
    assertThat(rulesRun).containsExactly(FORM_ID, FORM_ID);
  }

  @Test
  void aBusinessRuleRefusesWhatTheFormItselfAllows() {
    FormValidation validation = new FormValidation(() -> List.of(surnameRule()));

    assertThatThrownBy(() -> validate(validation, Map.of(SURNAME.name(), PLACEHOLDER)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage(
            "Please correct the form: " + labelOf(SURNAME.name()) + ": " + NOT_A_PLACEHOLDER + ".");
  }

  @Test
  void businessRulesRunOnlyWhenTheDeclaredConstraintsPass() {
    FormValidation validation = new FormValidation(() -> List.of(surnameRule(), adultRule()));

    // the surname would break a rule too, but the age is not even a number
    assertThatThrownBy(
            () -> validate(validation, Map.of(SURNAME.name(), PLACEHOLDER, AGE.name(), "ten")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Please correct the form: " + labelOf(AGE.name()) + ": must be a number.");
    assertThat(rulesRun).isEmpty();
  }

  @Test
  void severalViolationsAreJoinedInOneMessage() {
    FormValidation validation = new FormValidation(() -> List.of(surnameRule(), adultRule()));

    assertThatThrownBy(
            () -> validate(validation, Map.of(SURNAME.name(), PLACEHOLDER, AGE.name(), 12L)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage(
            "Please correct the form: "
                + labelOf(SURNAME.name())
                + ": "
                + NOT_A_PLACEHOLDER
                + "; "
                + labelOf(AGE.name())
                + ": "
                + NOT_AN_ADULT
                + ".");
  }

  @Test
  void severalDeclaredConstraintsBrokenAreJoinedInOneMessage() {
    FormValidation validation = new FormValidation(List::of);

    assertThatThrownBy(() -> validate(validation, Map.of(AGE.name(), "ten")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage(
            "Please correct the form: "
                + labelOf(SURNAME.name())
                + ": is required; "
                + labelOf(AGE.name())
                + ": must be a number.");
  }

  @Test
  void aRussianSpeakingUserIsToldInRussianWithTheFieldsNamedAsTheRussianFormNamesThem() {
    FormCatalogue russian =
        FormCatalogue.of(
            Map.of("ru", Map.of(FORM_ID, Map.of("Field_" + AGE.name() + ".label", "Возраст"))));
    FormValidation validation =
        new FormValidation(() -> List.of(surnameRule(), adultRule()), () -> "ru", russian);

    assertThatThrownBy(() -> validate(validation, Map.of(AGE.name(), "ten")))
        .isInstanceOf(FormFieldValidationException.class)
        // The surname's label is not in the catalogue: the form's own (English) stands in.
        .hasMessage(
            "Исправьте форму: "
                + labelOf(SURNAME.name())
                + ": обязательное поле; Возраст: должно быть числом.");
    assertThatThrownBy(() -> validate(validation, Map.of(SURNAME.name(), "Ahmadi", AGE.name(), 0L)))
        .hasMessage(
            "Исправьте форму: Возраст: в домохозяйство входит как минимум сам возвращающийся.");
  }

  @Test
  void rulesForAnotherFormAreNotRun() {
    FormRule refusesEverything =
        FormRule.of(
            OTHER_FORM_ID,
            submission -> {
              rulesRun.add(submission.formId());
              submission.reject(SURNAME, Message.of("common.missing"));
            });
    FormValidation validation = new FormValidation(() -> List.of(refusesEverything));

    assertThatCode(() -> validate(validation, Map.of(SURNAME.name(), PLACEHOLDER)))
        .doesNotThrowAnyException();
    assertThat(rulesRun).isEmpty();
  }

  @Test
  void rulesAreLookedUpAtTheFirstSubmissionAndTheFormIsReadOncePerDeployment() {
    AtomicInteger lookups = new AtomicInteger();
    Supplier<List<FormRule>> rules =
        () -> {
          lookups.incrementAndGet();
          return List.of(surnameRule());
        };
    FormValidation validation = new FormValidation(rules);
    assertThat(lookups).hasValue(0);

    validate(validation, Map.of(SURNAME.name(), "Ahmadi"));
    validate(validation, Map.of(SURNAME.name(), "Karimi"));

    assertThat(lookups).hasValue(1);
    verify(resources, times(1)).findResourcesByDeploymentId(DEPLOYMENT_ID);
    assertThat(rulesRun).containsExactly(FORM_ID, FORM_ID);
  }

  @Test
  void aFormThatIsNotPartOfTheDeploymentFailsLoudly() {
    FormValidation validation = new FormValidation(List::of);

    assertThatThrownBy(() -> validation.validate(DEPLOYMENT_ID, "missing-form", Map.of(), Map.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("missing-form")
        .hasMessageContaining(DEPLOYMENT_ID);
  }

  private void validate(FormValidation validation, Map<String, Object> submitted) {
    validation.validate(DEPLOYMENT_ID, FORM_ID, submitted, Map.of());
  }

  private FormRule surnameRule() {
    return FormRule.of(
        FORM_ID,
        submission -> {
          rulesRun.add(submission.formId());
          if (submission.value(SURNAME).filter(PLACEHOLDER::equals).isPresent()) {
            submission.reject(SURNAME, Message.of("common.missing"));
          }
        });
  }

  private FormRule adultRule() {
    return FormRule.of(
        FORM_ID,
        submission -> {
          rulesRun.add(submission.formId());
          if (submission.value(AGE).filter(age -> age < 18).isPresent()) {
            submission.reject(AGE, Message.of("reintegration.householdOfOne"));
          }
        });
  }

  private static ResourceEntity resource(String name, byte[] bytes) {
    ResourceEntity resource = new ResourceEntity();
    resource.setDeploymentId(DEPLOYMENT_ID);
    resource.setName(name);
    resource.setBytes(bytes);
    return resource;
  }
}
