package org.avrr.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * A Russian-speaking movement officer reads "Миссия МОМ в Германии" where an English one reads "IOM
 * Germany": a mission's names per language come from the office's configuration, and a name in a
 * language the office does not work in stops the start, named.
 */
class MissionNamesTest {

  @Test
  void aMissionIsNamedInTheReadersLanguageAndByItsOneNameOtherwise() {
    IdentityProperties identity =
        bind(
            Map.of(
                "avrr.identity.missions[0].code", "deu",
                "avrr.identity.missions[0].name", "IOM Germany",
                "avrr.identity.missions[0].country", "DE",
                "avrr.identity.missions[0].names.ru", "Миссия МОМ в Германии",
                "avrr.identity.missions[1].code", "irq",
                "avrr.identity.missions[1].name", "IOM Iraq",
                "avrr.identity.missions[1].country", "IQ"));

    IdentityProperties.Mission germany = identity.missions().get(0);
    assertThat(germany.name("ru")).isEqualTo("Миссия МОМ в Германии");
    assertThat(germany.name("en")).isEqualTo("IOM Germany");
    assertThat(identity.missions().get(1).name("ru")).isEqualTo("IOM Iraq");
  }

  @Test
  void aNameInALanguageTheOfficeDoesNotWorkInStopsTheStartSayingWhich() {
    assertThatThrownBy(
            () ->
                bind(
                    Map.of(
                        "avrr.identity.missions[0].code", "deu",
                        "avrr.identity.missions[0].name", "IOM Germany",
                        "avrr.identity.missions[0].country", "DE",
                        "avrr.identity.missions[0].names.de", "IOM Deutschland")))
        .isInstanceOf(BindException.class)
        .hasMessageContaining("avrr.identity.missions[0]")
        .rootCause()
        .hasMessageContaining("'de' is not a language the office works in");
  }

  private static IdentityProperties bind(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties))
        .bindOrCreate("avrr.identity", IdentityProperties.class);
  }
}
