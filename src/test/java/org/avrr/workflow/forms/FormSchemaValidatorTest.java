package org.avrr.workflow.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.avrr.workflow.forms.FormJson.checkbox;
import static org.avrr.workflow.forms.FormJson.checklist;
import static org.avrr.workflow.forms.FormJson.date;
import static org.avrr.workflow.forms.FormJson.field;
import static org.avrr.workflow.forms.FormJson.labelOf;
import static org.avrr.workflow.forms.FormJson.number;
import static org.avrr.workflow.forms.FormJson.radio;
import static org.avrr.workflow.forms.FormJson.schema;
import static org.avrr.workflow.forms.FormJson.select;
import static org.avrr.workflow.forms.FormJson.textarea;
import static org.avrr.workflow.forms.FormJson.textfield;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

/** The check of a submission against what its form declares, field type by field type. */
class FormSchemaValidatorTest {

  private static final String SURNAME = "surname";
  private static final String NOTES = "notes";
  private static final String CASE_REFERENCE = "caseReference";
  private static final String AGE = "age";
  private static final String AGREED = "agreed";
  private static final String BIRTH_DATE = "birthDate";
  private static final String CHANNEL = "channel";
  private static final String CONSENT = "consent";
  private static final String CONSENT_TYPE = "consentType";
  private static final String GUARDIAN = "guardian";
  private static final String LANGUAGES = "languages";
  private static final String UPLOAD = "upload";
  private static final String UNDECLARED = "isAdmin";

  private static final String GIVEN = "GIVEN";
  private static final String REFUSED = "REFUSED";
  private static final String PROXY = "PROXY";
  private static final String SIGNATURE = "SIGNATURE";
  private static final String PHONE = "PHONE";
  private static final String EMAIL = "EMAIL";
  private static final String ARABIC = "ARABIC";
  private static final String KURDISH = "KURDISH";
  private static final String FRENCH = "FRENCH";

  private static final String IS_REQUIRED = "is required";

  @Test
  void aCompleteSubmissionHasNoViolations() {
    FormSchema schema =
        schema(
            textfield(SURNAME).required().maxLength(100),
            number(AGE).min(0).max(120),
            checkbox(AGREED).required(),
            date(BIRTH_DATE).required(),
            select(CHANNEL, PHONE, EMAIL).required(),
            checklist(LANGUAGES, ARABIC, KURDISH).required());

    List<Violation> violations =
        check(
            schema,
            values(
                SURNAME,
                "Ahmadi",
                AGE,
                34,
                AGREED,
                true,
                BIRTH_DATE,
                "1991-04-12",
                CHANNEL,
                PHONE,
                LANGUAGES,
                Spin.JSON("[\"" + ARABIC + "\"]")));

    assertThat(violations).isEmpty();
  }

  @Test
  void aKeyTheFormDoesNotDeclareIsRefused() {
    FormSchema schema = schema(textfield(SURNAME));

    List<Violation> violations = check(schema, values(SURNAME, "Ahmadi", UNDECLARED, true));

    assertThat(violations)
        .containsExactly(new Violation(UNDECLARED, UNDECLARED + ": is not a field of this form"));
  }

  @Test
  void aRequiredFieldThatIsMissingIsRefused() {
    FormSchema schema = schema(textfield(SURNAME).required(), textarea(NOTES));

    assertThat(check(schema, values())).containsExactly(violation(SURNAME, IS_REQUIRED));
    assertThat(check(schema, values(SURNAME, null)))
        .containsExactly(violation(SURNAME, IS_REQUIRED));
  }

  @Test
  void aBlankTextCountsAsMissing() {
    FormSchema schema = schema(textfield(SURNAME).required());

    List<Violation> violations = check(schema, values(SURNAME, " \t "));

    assertThat(violations).containsExactly(violation(SURNAME, IS_REQUIRED));
  }

  @Test
  void aRequiredFieldHiddenByItsConditionIsNotRequired() {
    FormSchema schema = consentForm();

    List<Violation> violations = check(schema, values(CONSENT, REFUSED));

    assertThat(violations).isEmpty();
  }

  @Test
  void aRequiredFieldShownByItsConditionIsRequired() {
    FormSchema schema = consentForm();

    List<Violation> violations = check(schema, values(CONSENT, GIVEN));

    assertThat(violations).containsExactly(violation(CONSENT_TYPE, IS_REQUIRED));
  }

  @Test
  void aConditionOnAValueAlreadyOnTheCaseDecidesWhetherTheFieldIsRequired() {
    // the guardian's name is asked on a later form than the consent type it depends on
    FormSchema schema =
        schema(textfield(GUARDIAN).required().hideIf(hiddenUnless(CONSENT_TYPE, PROXY)));

    List<Violation> byProxy = check(schema, values(), values(CONSENT_TYPE, PROXY));
    List<Violation> bySignature = check(schema, values(), values(CONSENT_TYPE, SIGNATURE));

    assertThat(byProxy).containsExactly(violation(GUARDIAN, IS_REQUIRED));
    assertThat(bySignature).isEmpty();
  }

  @Test
  void aSubmittedValueOutweighsTheCaseValueInAConditionAsOnScreen() {
    FormSchema schema = consentForm();

    List<Violation> violations = check(schema, values(CONSENT, GIVEN), values(CONSENT, REFUSED));

    assertThat(violations).containsExactly(violation(CONSENT_TYPE, IS_REQUIRED));
  }

  @Test
  void aConditionOnAValueNobodyHasGivenYetHidesTheFieldAsInTheBrowser() {
    // form-js evaluates a missing variable as null, and null != "GIVEN" is true: hidden
    FormSchema schema =
        schema(
            radio(CONSENT_TYPE, SIGNATURE, PROXY).required().hideIf(hiddenUnless(CONSENT, GIVEN)));

    List<Violation> violations = check(schema, values());

    assertThat(violations).isEmpty();
  }

  @Test
  void aValueSubmittedForAHiddenFieldIsStillChecked() {
    // Tasklist never submits hidden fields; anyone else must not store unchecked values through
    // them
    FormSchema schema =
        schema(
            radio(CONSENT, GIVEN, REFUSED).required(),
            textfield(GUARDIAN).required().maxLength(100).hideIf(hiddenUnless(CONSENT, GIVEN)),
            select(CHANNEL, PHONE, EMAIL).hideIf(hiddenUnless(CONSENT, GIVEN)));

    List<Violation> violations =
        check(
            schema, values(CONSENT, REFUSED, GUARDIAN, "x".repeat(101), CHANNEL, "CARRIER_PIGEON"));

    assertThat(violations)
        .containsExactly(
            violation(GUARDIAN, "must be at most 100 characters"),
            violation(CHANNEL, "must be one of the listed options"));
  }

  @Test
  void aHiddenRequiredCheckboxOrChecklistMayBeSentEmpty() {
    FormSchema schema =
        schema(
            radio(CONSENT, GIVEN, REFUSED).required(),
            checkbox(AGREED).required().hideIf(hiddenUnless(CONSENT, GIVEN)),
            checklist(LANGUAGES, ARABIC, KURDISH).required().hideIf(hiddenUnless(CONSENT, GIVEN)));

    List<Violation> violations =
        check(schema, values(CONSENT, REFUSED, AGREED, false, LANGUAGES, List.of()));

    assertThat(violations).isEmpty();
  }

  @Test
  void textLongerThanItsMaxLengthIsRefused() {
    FormSchema schema = schema(textfield(SURNAME).maxLength(10));

    assertThat(check(schema, values(SURNAME, "x".repeat(10)))).isEmpty();
    assertThat(check(schema, values(SURNAME, "x".repeat(11))))
        .containsExactly(violation(SURNAME, "must be at most 10 characters"));
  }

  @Test
  void textWithoutADeclaredMaxLengthIsCappedAtTheDefault() {
    FormSchema schema = schema(textarea(NOTES));
    int cap = FormField.DEFAULT_MAX_TEXT_LENGTH;

    assertThat(check(schema, values(NOTES, "x".repeat(cap)))).isEmpty();
    assertThat(check(schema, values(NOTES, "x".repeat(cap + 1))))
        .containsExactly(violation(NOTES, "must be at most " + cap + " characters"));
  }

  @Test
  void minLengthCountsTheTextWithoutSurroundingBlanks() {
    FormSchema schema = schema(textfield(SURNAME).minLength(3));

    assertThat(check(schema, values(SURNAME, "Abe"))).isEmpty();
    assertThat(check(schema, values(SURNAME, "  Al  ")))
        .containsExactly(violation(SURNAME, "must be at least 3 characters"));
  }

  @Test
  void textNotMatchingItsPatternIsRefused() {
    FormSchema schema =
        schema(textfield(CASE_REFERENCE).pattern("^[A-Z]{2,3}-[0-9]{4}-[0-9]{6,}$"));

    assertThat(check(schema, values(CASE_REFERENCE, "MN-2026-000042"))).isEmpty();
    assertThat(check(schema, values(CASE_REFERENCE, "2026/42")))
        .containsExactly(violation(CASE_REFERENCE, "is not in the expected format"));
  }

  @Test
  void aPatternNeedsToMatchAnywhereInTheTextLikeJavaScriptRegExpTest() {
    FormSchema schema = schema(textfield(SURNAME).pattern("\\S"));

    assertThat(check(schema, values(SURNAME, "  Al  "))).isEmpty();
  }

  @Test
  void aTextFieldGivenSomethingOtherThanTextIsRefused() {
    FormSchema schema = schema(textfield(SURNAME));

    assertThat(check(schema, values(SURNAME, 42)))
        .containsExactly(violation(SURNAME, "must be text"));
  }

  @Test
  void aNumberGivenAsTextIsRefused() {
    FormSchema schema = schema(number(AGE));

    List<Violation> violations = check(schema, values(AGE, "34"));

    assertThat(violations).containsExactly(violation(AGE, "must be a number"));
  }

  @Test
  void numbersOutsideTheDeclaredRangeAreRefusedAndItsBoundsAccepted() {
    FormSchema schema = schema(number(AGE).min(0).max(20));

    assertThat(check(schema, values(AGE, 0))).isEmpty();
    assertThat(check(schema, values(AGE, 20L))).isEmpty();
    assertThat(check(schema, values(AGE, -1)))
        .containsExactly(violation(AGE, "must be at least 0"));
    assertThat(check(schema, values(AGE, 20.5)))
        .containsExactly(violation(AGE, "must be at most 20"));
  }

  @Test
  void aWholeNumberFieldRefusesFractionsAsTheBrowserDoes() {
    FormSchema schema = schema(number(AGE).decimalDigits(0));

    assertThat(check(schema, values(AGE, 3L))).isEmpty();
    assertThat(check(schema, values(AGE, 3.0))).isEmpty();
    assertThat(check(schema, values(AGE, 2.5)))
        .containsExactly(violation(AGE, "must be a whole number"));
  }

  @Test
  void decimalPlacesBeyondTheDeclaredOnesAreRefused() {
    FormSchema schema = schema(number(AGE).decimalDigits(2));

    assertThat(check(schema, values(AGE, 12.25))).isEmpty();
    assertThat(check(schema, values(AGE, 12.255)))
        .containsExactly(violation(AGE, "must have at most 2 decimal places"));
  }

  @Test
  void notANumberIsRefused() {
    FormSchema schema = schema(number(AGE));

    assertThat(check(schema, values(AGE, Double.NaN)))
        .containsExactly(violation(AGE, "must be a number"));
    assertThat(check(schema, values(AGE, Double.POSITIVE_INFINITY)))
        .containsExactly(violation(AGE, "must be a number"));
  }

  @Test
  void aCheckboxGivenAsTextIsRefused() {
    FormSchema schema = schema(checkbox(AGREED));

    List<Violation> violations = check(schema, values(AGREED, "true"));

    assertThat(violations).containsExactly(violation(AGREED, "must be ticked or not ticked"));
  }

  @Test
  void aRequiredCheckboxLeftUntickedIsRefused() {
    FormSchema schema = schema(checkbox(AGREED).required(), checkbox(CONSENT));

    List<Violation> violations = check(schema, values(AGREED, false, CONSENT, false));

    assertThat(violations).containsExactly(violation(AGREED, "must be ticked"));
  }

  @Test
  void aDateNotWrittenTheIsoWayIsRefused() {
    FormSchema schema = schema(date(BIRTH_DATE));

    List<Violation> violations = check(schema, values(BIRTH_DATE, "23/11/2026"));

    assertThat(violations).containsExactly(violation(BIRTH_DATE, "must be a date (YYYY-MM-DD)"));
  }

  @Test
  void aDateThatDoesNotExistIsRefused() {
    FormSchema schema = schema(date(BIRTH_DATE));

    List<Violation> violations = check(schema, values(BIRTH_DATE, "2026-02-30"));

    assertThat(violations).containsExactly(violation(BIRTH_DATE, "must be a date (YYYY-MM-DD)"));
  }

  @Test
  void aValueNotAmongTheOptionsOfASelectOrRadioIsRefused() {
    FormSchema schema = schema(select(CHANNEL, PHONE, EMAIL), radio(CONSENT, GIVEN, REFUSED));

    List<Violation> violations = check(schema, values(CHANNEL, "FAX", CONSENT, true));

    assertThat(violations)
        .containsExactly(
            violation(CHANNEL, "must be one of the listed options"),
            violation(CONSENT, "must be one of the listed options"));
  }

  @Test
  void aChecklistFromTasklistArrivesAsSpinJsonAndMayHoldListedOptions() {
    FormSchema schema = schema(checklist(LANGUAGES, ARABIC, KURDISH));

    List<Violation> violations =
        check(schema, values(LANGUAGES, Spin.JSON("[\"" + ARABIC + "\",\"" + KURDISH + "\"]")));

    assertThat(violations).isEmpty();
  }

  @Test
  void aChecklistAsSpinJsonWithAnUnlistedOptionIsRefused() {
    FormSchema schema = schema(checklist(LANGUAGES, ARABIC, KURDISH));

    List<Violation> violations =
        check(schema, values(LANGUAGES, Spin.JSON("[\"" + ARABIC + "\",\"" + FRENCH + "\"]")));

    assertThat(violations)
        .containsExactly(violation(LANGUAGES, "contains an option that is not listed"));
  }

  @Test
  void aChecklistFromJavaArrivesAsAListAndIsCheckedTheSameWay() {
    FormSchema schema = schema(checklist(LANGUAGES, ARABIC, KURDISH));

    assertThat(check(schema, values(LANGUAGES, List.of(ARABIC, KURDISH)))).isEmpty();
    assertThat(check(schema, values(LANGUAGES, List.of(FRENCH))))
        .containsExactly(violation(LANGUAGES, "contains an option that is not listed"));
    assertThat(check(schema, values(LANGUAGES, List.of(1, 2))))
        .containsExactly(violation(LANGUAGES, "must be a list of the listed options"));
  }

  @Test
  void aChecklistThatIsNotAJsonArrayIsRefused() {
    FormSchema schema = schema(checklist(LANGUAGES, ARABIC, KURDISH));
    String notAList = "must be a list of the listed options";

    assertThat(check(schema, values(LANGUAGES, Spin.JSON("{\"" + ARABIC + "\":true}"))))
        .containsExactly(violation(LANGUAGES, notAList));
    assertThat(check(schema, values(LANGUAGES, Spin.JSON("[[\"" + ARABIC + "\"]]"))))
        .containsExactly(violation(LANGUAGES, notAList));
    assertThat(check(schema, values(LANGUAGES, ARABIC)))
        .containsExactly(violation(LANGUAGES, notAList));
  }

  @Test
  void aRequiredChecklistLeftEmptyIsRefused() {
    FormSchema schema = schema(checklist(LANGUAGES, ARABIC, KURDISH).required());
    String needsOne = "needs at least one option";

    assertThat(check(schema, values(LANGUAGES, Spin.JSON("[]"))))
        .containsExactly(violation(LANGUAGES, needsOne));
    assertThat(check(schema, values(LANGUAGES, List.of())))
        .containsExactly(violation(LANGUAGES, needsOne));
  }

  @Test
  void aComponentOfATypeTheServerDoesNotKnowIsRefused() {
    FormSchema schema = schema(field("filepicker", UPLOAD));

    List<Violation> violations = check(schema, values(UPLOAD, "passport.pdf"));

    assertThat(violations)
        .containsExactly(violation(UPLOAD, "has a type this server does not accept"));
  }

  @Test
  void everyViolationStartsWithTheLabelOfItsField() {
    FormSchema schema =
        schema(
            textfield(SURNAME).required(),
            number(AGE).max(120),
            checkbox(AGREED).required(),
            date(BIRTH_DATE),
            select(CHANNEL, PHONE, EMAIL),
            checklist(LANGUAGES, ARABIC));

    List<Violation> violations =
        check(
            schema,
            values(
                AGE,
                500,
                AGREED,
                false,
                BIRTH_DATE,
                "yesterday",
                CHANNEL,
                "FAX",
                LANGUAGES,
                List.of(FRENCH)));

    assertThat(violations)
        .extracting(Violation::field)
        .containsExactly(SURNAME, AGE, AGREED, BIRTH_DATE, CHANNEL, LANGUAGES);
    assertThat(violations)
        .allSatisfy(v -> assertThat(v.message()).startsWith(labelOf(v.field()) + ": "));
  }

  /** A form where the consent type is asked only once consent is given. */
  private static FormSchema consentForm() {
    return schema(
        radio(CONSENT, GIVEN, REFUSED).required(),
        radio(CONSENT_TYPE, SIGNATURE, PROXY).required().hideIf(hiddenUnless(CONSENT, GIVEN)));
  }

  /** A form-js condition, as the Modeler writes it, that hides a field unless key = value. */
  private static String hiddenUnless(String key, String value) {
    return "=" + key + " != \"" + value + "\"";
  }

  private static List<Violation> check(FormSchema schema, Map<String, Object> submitted) {
    return check(schema, submitted, Map.of());
  }

  private static List<Violation> check(
      FormSchema schema, Map<String, Object> submitted, Map<String, Object> existing) {
    FormSubmission submission = new FormSubmission(schema, submitted, existing);
    FormSchemaValidator.validate(submission);
    return submission.violations();
  }

  private static Violation violation(String key, String message) {
    return new Violation(key, labelOf(key) + ": " + message);
  }

  /** Variables as a form submits them: in order, and null where a field was cleared. */
  private static Map<String, Object> values(Object... keysAndValues) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      values.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return values;
  }
}
