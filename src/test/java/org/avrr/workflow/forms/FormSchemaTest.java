package org.avrr.workflow.forms;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.avrr.workflow.forms.FormJson.BUTTON;
import static org.avrr.workflow.forms.FormJson.CHECKLIST;
import static org.avrr.workflow.forms.FormJson.FORM_ID;
import static org.avrr.workflow.forms.FormJson.RADIO;
import static org.avrr.workflow.forms.FormJson.SELECT;
import static org.avrr.workflow.forms.FormJson.SEPARATOR;
import static org.avrr.workflow.forms.FormJson.SPACER;
import static org.avrr.workflow.forms.FormJson.TEXT;
import static org.avrr.workflow.forms.FormJson.checkbox;
import static org.avrr.workflow.forms.FormJson.checklist;
import static org.avrr.workflow.forms.FormJson.date;
import static org.avrr.workflow.forms.FormJson.display;
import static org.avrr.workflow.forms.FormJson.form;
import static org.avrr.workflow.forms.FormJson.group;
import static org.avrr.workflow.forms.FormJson.labelOf;
import static org.avrr.workflow.forms.FormJson.number;
import static org.avrr.workflow.forms.FormJson.radio;
import static org.avrr.workflow.forms.FormJson.schema;
import static org.avrr.workflow.forms.FormJson.select;
import static org.avrr.workflow.forms.FormJson.textarea;
import static org.avrr.workflow.forms.FormJson.textfield;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading a Camunda Form (.form JSON) into the fields the server validates. */
class FormSchemaTest {

  private static final String SURNAME = "surname";
  private static final String STREET = "street";
  private static final String CITY = "city";
  private static final String NOTES = "notes";
  private static final String BIRTH_DATE = "birthDate";
  private static final String AGE = "age";
  private static final String CONSENT = "consent";
  private static final String CHANNEL = "channel";
  private static final String LANGUAGES = "languages";
  private static final String AGREED = "agreed";
  private static final String SUBMIT = "submit";

  private static final String GIVEN = "GIVEN";
  private static final String REFUSED = "REFUSED";
  private static final String PHONE = "PHONE";
  private static final String EMAIL = "EMAIL";
  private static final String ARABIC = "ARABIC";
  private static final String KURDISH = "KURDISH";

  private static final String HIDE_UNLESS_GIVEN = CONSENT + " != \"" + GIVEN + "\"";

  @Test
  void theFormIdAndItsFieldsAreReadInTheOrderOfTheForm() {
    FormSchema schema = schema(textfield(SURNAME), number(AGE), checkbox(AGREED));

    assertThat(schema.formId()).isEqualTo(FORM_ID);
    assertThat(schema.fields().keySet()).containsExactly(SURNAME, AGE, AGREED);
    assertThat(schema.fields().get(SURNAME).label()).isEqualTo(labelOf(SURNAME));
    assertThat(schema.fields().get(AGE).type()).isEqualTo(FormJson.NUMBER);
  }

  @Test
  void fieldsInsideGroupsAreFoundButTheGroupsAreNotFields() {
    FormSchema schema =
        schema(
            textfield(SURNAME),
            group("Group_Address", textfield(STREET), group("Group_Town", textfield(CITY))));

    assertThat(schema.fields()).containsOnlyKeys(SURNAME, STREET, CITY);
  }

  @Test
  void displayOnlyComponentsAreNotFieldsEvenWhenTheyCarryAKey() {
    FormSchema schema =
        schema(
            display(TEXT).with("text", "## Intake"),
            display(SPACER),
            display(SEPARATOR),
            // form-js buttons are written with a key, yet submit no value of their own
            display(BUTTON).with("key", SUBMIT),
            textarea(NOTES));

    assertThat(schema.fields()).containsOnlyKeys(NOTES);
  }

  @Test
  void aDateFieldTakesItsLabelFromDateLabel() {
    FormSchema schema = schema(date(BIRTH_DATE));

    assertThat(schema.fields().get(BIRTH_DATE).label()).isEqualTo(labelOf(BIRTH_DATE));
    assertThat(schema.fields().get(BIRTH_DATE).displayName()).isEqualTo(labelOf(BIRTH_DATE));
  }

  @Test
  void aFieldWithoutALabelIsNamedByItsKey() {
    FormSchema schema = schema(textfield(SURNAME).with("label", ""));

    assertThat(schema.fields().get(SURNAME).displayName()).isEqualTo(SURNAME);
  }

  @Test
  void selectRadioAndChecklistListTheirAllowedValues() {
    FormSchema schema =
        schema(
            select(CHANNEL, PHONE, EMAIL),
            radio(CONSENT, GIVEN, REFUSED),
            checklist(LANGUAGES, ARABIC, KURDISH),
            textfield(SURNAME));

    assertThat(schema.fields().get(CHANNEL).allowedValues()).containsExactly(PHONE, EMAIL);
    assertThat(schema.fields().get(CONSENT).allowedValues()).containsExactly(GIVEN, REFUSED);
    assertThat(schema.fields().get(LANGUAGES).allowedValues()).containsExactly(ARABIC, KURDISH);
    assertThat(schema.fields().get(SURNAME).allowedValues()).isEmpty();
  }

  @Test
  void theDeclaredConstraintsAreRead() {
    FormSchema schema =
        schema(
            textfield(SURNAME).required().minLength(2).maxLength(100).pattern("\\S"),
            number(AGE).min(0).max(120));

    FormField surname = schema.fields().get(SURNAME);
    assertThat(surname.required()).isTrue();
    assertThat(surname.minLength()).isEqualTo(2);
    assertThat(surname.maxLength()).isEqualTo(100);
    assertThat(surname.pattern()).isEqualTo("\\S");
    FormField age = schema.fields().get(AGE);
    assertThat(age.min()).isEqualTo(0.0);
    assertThat(age.max()).isEqualTo(120.0);
  }

  @Test
  void aFieldWithoutConstraintsIsOptionalAndUnbounded() {
    FormField notes = schema(textarea(NOTES)).fields().get(NOTES);

    assertThat(notes.required()).isFalse();
    assertThat(notes.minLength()).isNull();
    assertThat(notes.maxLength()).isNull();
    assertThat(notes.min()).isNull();
    assertThat(notes.max()).isNull();
    assertThat(notes.pattern()).isNull();
    assertThat(notes.hideCondition()).isNull();
  }

  @Test
  void theEqualsSignThatMarksAHideConditionAsFeelIsStripped() {
    FormSchema schema =
        schema(
            textfield(SURNAME).hideIf("=" + HIDE_UNLESS_GIVEN),
            textfield(STREET).hideIf(HIDE_UNLESS_GIVEN),
            textfield(CITY).hideIf(" "));

    assertThat(schema.fields().get(SURNAME).hideCondition()).isEqualTo(HIDE_UNLESS_GIVEN);
    assertThat(schema.fields().get(STREET).hideCondition()).isEqualTo(HIDE_UNLESS_GIVEN);
    assertThat(schema.fields().get(CITY).hideCondition()).isNull();
  }

  @Test
  void aFormWithoutAnIdIsRejected() {
    assertThatThrownBy(() -> FormSchema.parse(form(null, textfield(SURNAME))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("without an \"id\"");
    assertThatThrownBy(() -> FormSchema.parse(form(" ", textfield(SURNAME))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("without an \"id\"");
  }

  @Test
  void bytesThatAreNotJsonAreRejected() {
    assertThatThrownBy(() -> FormSchema.parse("<form/>".getBytes(UTF_8)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not a Camunda Form");
  }

  @Test
  void idOfReadsTheFormIdAndGivesNullForAnythingElse() {
    assertThat(FormSchema.idOf(form(FORM_ID, textfield(SURNAME)))).isEqualTo(FORM_ID);
    assertThat(FormSchema.idOf(form(null, textfield(SURNAME)))).isNull();
    assertThat(FormSchema.idOf("<definitions/>".getBytes(UTF_8))).isNull();
    assertThat(FormSchema.idOf(new byte[0])).isNull();
  }

  static Stream<Path> formFiles() throws IOException {
    try (Stream<Path> listing = Files.list(Path.of("forms"))) {
      return listing.filter(p -> p.toString().endsWith(".form")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("formFiles")
  void everyDeployedFormParsesAndHasFields(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);

    FormSchema schema = FormSchema.parse(bytes);

    assertThat(file.getFileName()).hasToString(schema.formId() + ".form");
    assertThat(FormSchema.idOf(bytes)).isEqualTo(schema.formId());
    assertThat(schema.fields()).isNotEmpty();
  }

  /**
   * The server refuses every value of an option field without options and every value of a field
   * whose pattern Java cannot compile, so a deployed form must have neither.
   */
  @ParameterizedTest
  @MethodSource("formFiles")
  void everyDeployedFormListsItsOptionsAndHasPatternsJavaUnderstands(Path file) throws IOException {
    FormSchema schema = FormSchema.parse(Files.readAllBytes(file));

    for (FormField field : schema.fields().values()) {
      if (field.type().equals(SELECT)
          || field.type().equals(RADIO)
          || field.type().equals(CHECKLIST)) {
        assertThat(field.allowedValues()).as("options of %s", field.key()).isNotEmpty();
      }
      if (field.pattern() != null) {
        assertThatCode(() -> Pattern.compile(field.pattern()))
            .as("pattern of %s", field.key())
            .doesNotThrowAnyException();
      }
    }
  }
}
