package org.avrr.workflow.travel;

import static org.avrr.workflow.travel.TravelProcess.ESCORT_REQUIRED;
import static org.avrr.workflow.travel.TravelProcess.EXIT_CROSSING_POINT;
import static org.avrr.workflow.travel.TravelProcess.TRANSIT_COUNTRY_1;
import static org.avrr.workflow.travel.TravelProcess.TRANSIT_COUNTRY_2;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.avrr.workflow.authority.border.CrossingPoint;
import org.avrr.workflow.i18n.Languages;
import org.avrr.workflow.i18n.LocalisedNames;
import org.avrr.workflow.i18n.Messages;
import org.avrr.workflow.i18n.ProcessCatalogue;
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
  private final ProcessCatalogue catalogue;

  public TravelRouting(MissionDirectory missions, ProcessCatalogue catalogue) {
    this.missions = missions;
    this.catalogue = catalogue;
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

  /**
   * Every finding as a line the movement officer reads in the next form, in English (the model's
   * {@code routeFindings}); the same in each other language is kept beside it ({@code
   * routeFindings_ru}), the tables' texts worded by the {@link ProcessCatalogue}.
   */
  public String findings(DmnDecisionResult findings, VariableScope scope) {
    inOtherLanguages(scope, "routeFindings", language -> findings(findings, scope, language));
    return findings(findings, scope, Languages.ENGLISH);
  }

  private String findings(DmnDecisionResult findings, VariableScope scope, String language) {
    Stream<String> lines =
        findings.getResultList().stream()
            .map(finding -> (String) finding.get("routeFinding"))
            .map(
                english ->
                    "• "
                        + catalogue.decisionText("routeFinding", english, language).orElse(english))
            .distinct();
    Stream<String> noMission =
        transitCountries(scope).stream()
            .filter(country -> missions.inCountry(country).isEmpty())
            .map(
                country ->
                    "• "
                        + Messages.text(
                            language,
                            "route.noMission",
                            LocalisedNames.country(country, language)));
    String text = Stream.concat(lines, noMission).collect(Collectors.joining("\n"));
    return text.isEmpty() ? Messages.text(language, "route.noFindings") : text;
  }

  /**
   * The accepted route in words, for the forms of the officers who book and accompany it, e.g.
   * "Minsk National Airport (MSQ), via Türkiye, with an escort": forms show no codes. In English
   * (the model's {@code routeDescription}), and in each other language beside it.
   */
  public String description(VariableScope scope) {
    inOtherLanguages(scope, "routeDescription", language -> description(scope, language));
    return description(scope, Languages.ENGLISH);
  }

  private String description(VariableScope scope, String language) {
    List<String> transit =
        transitCountries(scope).stream()
            .map(country -> LocalisedNames.country(country, language))
            .toList();
    return Messages.text(
        language,
        "route.description",
        Messages.text(
            language, "route.exit." + CrossingPoint.valueOf(EXIT_CROSSING_POINT.from(scope))),
        switch (transit.size()) {
          case 0 -> Messages.text(language, "route.direct");
          case 1 -> Messages.text(language, "route.via", transit.get(0));
          default -> Messages.text(language, "route.viaTwo", transit.get(0), transit.get(1));
        },
        Messages.text(
            language,
            ESCORT_REQUIRED.find(scope).orElse(false) ? "route.escort" : "route.noEscort"));
  }

  /**
   * Keeps {@code name}'s words in each language but English beside the case's own (English) value,
   * which the model's output mapping sets: a form or notice in that language reads them.
   */
  private static void inOtherLanguages(
      VariableScope scope, String name, java.util.function.Function<String, String> wordsIn) {
    for (String language : Languages.OFFERED) {
      if (!language.equals(Languages.ENGLISH)) {
        scope.setVariable(LocalisedNames.variable(name, language), wordsIn.apply(language));
      }
    }
  }

  private static List<Map<String, Object>> ofKind(DmnDecisionResult findings, String kind) {
    return findings.getResultList().stream()
        .filter(finding -> Objects.equals(kind, finding.get("routeFindingKind")))
        .toList();
  }
}
