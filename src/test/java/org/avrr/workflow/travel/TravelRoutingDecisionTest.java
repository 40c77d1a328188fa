package org.avrr.workflow.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.avrr.workflow.travel.TravelProcess.DECISION_TRAVEL_ROUTING;

import java.util.Arrays;
import java.util.List;
import org.avrr.workflow.testing.DecisionTables;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decision table travel-routing: the Belarus travel facts, as a movement officer planning a route
 * would read them. Every matching rule adds a finding (kind:code).
 */
class TravelRoutingDecisionTest {

  private static final String FILE = "travel-routing.dmn";
  private static final DecisionTables TABLES = new DecisionTables();

  @AfterAll
  static void everyRuleIsExercised() {
    TABLES.assertEveryRuleMatched(FILE, DECISION_TRAVEL_ROUTING);
  }

  @ParameterizedTest(name = "{0}, visa-free {1}, {2} via [{3}] -> [{4}]")
  @CsvSource(
      delimiter = '|',
      value = {
        // A direct flight from Minsk needs nothing.
        "IQ | true  | MINSK_NATIONAL_AIRPORT | | ",
        // Istanbul is outside Schengen and Russia: transit assistance only.
        "IQ | true  | MINSK_NATIONAL_AIRPORT | TR | ASSISTANCE:TRANSIT_ASSISTANCE",
        "AF | false | MINSK_NATIONAL_AIRPORT | RU | "
            + "DOCUMENT:RUSSIAN_TRANSIT_VISA ASSISTANCE:TRANSIT_ASSISTANCE",
        // A Russian citizen needs no Russian transit visa and may cross the land border.
        "RU | false | LAND_BORDER_RUSSIA | | ",
        "RU | false | MINSK_NATIONAL_AIRPORT | RU | ASSISTANCE:TRANSIT_ASSISTANCE",
        "PK | false | MINSK_NATIONAL_AIRPORT | DE | "
            + "DOCUMENT:SCHENGEN_TRANSIT_PAPERS ASSISTANCE:TRANSIT_ASSISTANCE",
        "PK | false | MINSK_NATIONAL_AIRPORT | TR DE | "
            + "DOCUMENT:SCHENGEN_TRANSIT_PAPERS ASSISTANCE:TRANSIT_ASSISTANCE",
        "IQ | false | LAND_BORDER_RUSSIA | | BLOCKED:NO_LAND_EXIT_TO_RUSSIA",
        // Both facts at once: both are reported, so the officer fixes the route in one go.
        "IQ | true  | LAND_BORDER_RUSSIA | | "
            + "BLOCKED:NO_LAND_EXIT_TO_RUSSIA BLOCKED:VISA_FREE_EXIT_ONLY_VIA_MINSK",
        "VN | true  | REGIONAL_AIRPORT | | BLOCKED:VISA_FREE_EXIT_ONLY_VIA_MINSK",
        "VN | false | REGIONAL_AIRPORT | | ",
        "GE | false | LAND_BORDER_POLAND | | DOCUMENT:SCHENGEN_TRANSIT_PAPERS",
        "GE | false | LAND_BORDER_LATVIA | | DOCUMENT:SCHENGEN_TRANSIT_PAPERS",
      })
  void theRouteGetsEveryFindingThatApplies(
      String citizenship,
      boolean enteredVisaFree,
      String crossingPoint,
      String transitCountries,
      String expectedFindings) {
    List<String> transits =
        transitCountries == null ? List.of() : Arrays.asList(transitCountries.split(" "));
    List<String> expected =
        expectedFindings == null ? List.of() : Arrays.asList(expectedFindings.split(" "));

    List<String> findings =
        TABLES
            .evaluate(
                FILE,
                DECISION_TRAVEL_ROUTING,
                Variables.createVariables()
                    .putValue("citizenship", citizenship)
                    .putValue("enteredVisaFree", enteredVisaFree)
                    .putValue("exitCrossingPoint", crossingPoint)
                    .putValue("transitCountries", transits))
            .getResultList()
            .stream()
            .map(result -> result.get("routeFindingKind") + ":" + result.get("routeFindingCode"))
            .toList();

    assertThat(findings).containsExactlyElementsOf(expected);
  }
}
