package org.avrr.workflow.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguagesTest {

  @Test
  void theBrowsersFirstLanguageCountsAsTheWebappsCountIt() {
    assertThat(Languages.ofAcceptLanguage("ru-RU,ru;q=0.9,en;q=0.8")).contains("ru");
    assertThat(Languages.ofAcceptLanguage("ru_BY")).contains("ru");
    // English first: English, though Russian is offered further down the list.
    assertThat(Languages.ofAcceptLanguage("en-GB,ru;q=0.5")).contains("en");
    // A language not offered first: none, and the caller falls back to English.
    assertThat(Languages.ofAcceptLanguage("de-DE,ru;q=0.5")).isEmpty();
    assertThat(Languages.ofAcceptLanguage("")).isEmpty();
    assertThat(Languages.ofAcceptLanguage(null)).isEmpty();
  }

  @Test
  void countriesAndProgrammesAreNamedInEachLanguageAndUnknownCodesStayAsTheyAre() {
    assertThat(LocalisedNames.country("IQ", "en")).isEqualTo("Iraq");
    assertThat(LocalisedNames.country("IQ", "ru")).isEqualTo("Ирак");
    assertThat(LocalisedNames.country("BY", "ru")).isEqualTo("Беларусь");
    assertThat(LocalisedNames.country("AF", "en")).isEqualTo("Afghanistan");
    assertThat(LocalisedNames.country("ZZ", "ru")).isEqualTo("ZZ");
    assertThat(LocalisedNames.programme("STARTHILFE_PLUS", "ru"))
        .isEqualTo("StarthilfePlus (Германия)");
    assertThat(LocalisedNames.programme("BELARUS_AVRR", "en")).isEqualTo("IOM Belarus AVRR");
    assertThat(LocalisedNames.programme("OTHER", "ru")).isEqualTo("OTHER");
  }

  @Test
  void aFormTextNamesTheVariableOfItsLanguage() {
    assertThat(
            LocalisedNames.inTemplate(
                "citizen of {{citizenshipName}} · {{ caseNumber }} · {{ countryOfReturnName }}",
                "ru"))
        .isEqualTo(
            "citizen of {{citizenshipName_ru}} · {{ caseNumber }} · {{ countryOfReturnName_ru }}");
    assertThat(LocalisedNames.inTemplate("{{citizenshipName}}", "en"))
        .isEqualTo("{{citizenshipName}}");
    // A task created before its codes were kept in words shows the code, not an empty space.
    assertThat(
            LocalisedNames.inTemplate("{{documentTypeName}} {{documentNumber}}", "ru", n -> false))
        .isEqualTo("{{documentType}} {{documentNumber}}");
    assertThat(LocalisedNames.inTemplate("{{documentTypeName}}", "ru", n -> true))
        .isEqualTo("{{documentTypeName_ru}}");
  }
}
