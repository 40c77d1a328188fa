package org.avrr.workflow.travel;

import static org.avrr.workflow.travel.TravelProcess.ESCORT_REQUIRED;
import static org.avrr.workflow.travel.TravelProcess.EXIT_CROSSING_POINT;
import static org.avrr.workflow.travel.TravelProcess.TRANSIT_COUNTRY_1;
import static org.avrr.workflow.travel.TravelProcess.TRANSIT_COUNTRY_2;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.avrr.workflow.authority.border.CrossingPoint;
import org.avrr.workflow.identity.MissionDirectory;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Reads the planned route for the routing rules (processes/travel-routing.dmn) and turns their
 * findings into what the travel model branches on. The rules themselves are data in the table; this
 * bean only counts and formats what they found.
 */
@Component("travelRouting")
public class TravelRouting {

  static final String BLOCKED = "BLOCKED";
  static final String DOCUMENT = "DOCUMENT";
  static final String ASSISTANCE = "ASSISTANCE";

  private final MissionDirectory missions;

  public TravelRouting(MissionDirectory missions) {
    this.missions = missions;
  }

  /** The transit countries of the route, in order; empty for a direct flight. */
  public List<String> transitCountries(VariableScope scope) {
    return Stream.of(TRANSIT_COUNTRY_1.find(scope), TRANSIT_COUNTRY_2.find(scope))
        .flatMap(java.util.Optional::stream)
        .filter(country -> !country.isBlank())
        .distinct()
        .toList();
  }

  /**
   * The transit countries with an IOM mission to ask for transit assistance. Elsewhere the officer
   * arranges assistance by phone; {@link #findings} says so.
   */
  public List<String> transitMissionCountries(VariableScope scope) {
    return transitCountries(scope).stream()
        .filter(country -> missions.inCountry(country).isPresent())
        .toList();
  }

  public boolean blocked(DmnDecisionResult findings) {
    return !ofKind(findings, BLOCKED).isEmpty();
  }

  public boolean documentsNeeded(DmnDecisionResult findings) {
    return !ofKind(findings, DOCUMENT).isEmpty();
  }

  public boolean assistanceNeeded(DmnDecisionResult findings) {
    return !ofKind(findings, ASSISTANCE).isEmpty();
  }

  /** The codes of the transit documents to obtain, comma-separated; empty when none. */
  public String documents(DmnDecisionResult findings) {
    return ofKind(findings, DOCUMENT).stream()
        .map(finding -> (String) finding.get("routeFindingCode"))
        .distinct()
        .collect(Collectors.joining(", "));
  }

  /** Every finding as a line the movement officer reads in the next form. */
  public String findings(DmnDecisionResult findings, VariableScope scope) {
    Stream<String> lines =
        findings.getResultList().stream()
            .map(finding -> "• " + finding.get("routeFinding"))
            .distinct();
    Stream<String> noMission =
        transitCountries(scope).stream()
            .filter(country -> missions.inCountry(country).isEmpty())
            .map(
                country ->
                    "• No IOM mission is configured for transit country "
                        + country
                        + ": arrange transit assistance there by phone.");
    String text = Stream.concat(lines, noMission).collect(Collectors.joining("\n"));
    return text.isEmpty() ? "No findings: a direct route with nothing to obtain." : text;
  }

  /**
   * The accepted route in words, for the forms of the officers who book and accompany it, e.g.
   * "Minsk National Airport (MSQ), via Türkiye, with an escort": forms show no codes.
   */
  public String description(VariableScope scope) {
    List<String> transit =
        transitCountries(scope).stream().map(TravelRouting::countryName).toList();
    return exitName(EXIT_CROSSING_POINT.from(scope))
        + (transit.isEmpty() ? ", direct flight" : ", via " + String.join(" and ", transit))
        + (ESCORT_REQUIRED.find(scope).orElse(false) ? ", with an escort" : ", no escort");
  }

  private static String exitName(String crossingPoint) {
    return switch (CrossingPoint.valueOf(crossingPoint)) {
      case MINSK_NATIONAL_AIRPORT -> "Minsk National Airport (MSQ)";
      case REGIONAL_AIRPORT -> "a regional airport";
      case LAND_BORDER_POLAND -> "the land border with Poland";
      case LAND_BORDER_LITHUANIA -> "the land border with Lithuania";
      case LAND_BORDER_LATVIA -> "the land border with Latvia";
      case LAND_BORDER_RUSSIA -> "the land border with Russia";
    };
  }

  private static String countryName(String isoCode) {
    return new Locale("", isoCode).getDisplayCountry(Locale.ENGLISH);
  }

  private static List<Map<String, Object>> ofKind(DmnDecisionResult findings, String kind) {
    return findings.getResultList().stream()
        .filter(finding -> Objects.equals(kind, finding.get("routeFindingKind")))
        .toList();
  }
}
