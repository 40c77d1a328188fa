package org.avrr.workflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayNamesTest {

  @Test
  void countriesAreShownByTheirEnglishNamesAndUnknownCodesAsTheyAre() {
    assertThat(DisplayNames.countryName("IQ")).isEqualTo("Iraq");
    assertThat(DisplayNames.countryName("BY")).isEqualTo("Belarus");
    assertThat(DisplayNames.countryName("AF")).isEqualTo("Afghanistan");
    assertThat(DisplayNames.countryName("ZZ")).isEqualTo("ZZ");
  }
}
