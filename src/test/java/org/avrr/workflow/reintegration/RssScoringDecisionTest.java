package org.avrr.workflow.reintegration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.avrr.workflow.testing.DecisionTables;
import org.avrr.workflow.testing.ReintegrationData;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decision tables rss-indicator-weights, rss-dimension-weights and rss-score-bands: the survey's
 * weights are data, every indicator is a field of the survey forms, every score has its band.
 */
class RssScoringDecisionTest {

  private static final String FILE = "rss-scoring.dmn";
  private static final DecisionTables TABLES = new DecisionTables();

  @AfterAll
  static void everyRuleIsExercised() {
    TABLES.assertEveryRuleMatched(FILE, RssScoring.DECISION_INDICATOR_WEIGHTS);
    TABLES.assertEveryRuleMatched(FILE, RssScoring.DECISION_DIMENSION_WEIGHTS);
    TABLES.assertEveryRuleMatched(FILE, RssScoring.DECISION_SCORE_BANDS);
  }

  @Test
  void fifteenIndicatorsWhoseWeightsAddUpToOnePerDimensionAreTheSurveyFormsFields() {
    List<Map<String, Object>> rows = rows(RssScoring.DECISION_INDICATOR_WEIGHTS);

    assertThat(rows).hasSize(15);
    Map<Object, Double> weightPerDimension =
        rows.stream()
            .collect(
                Collectors.groupingBy(
                    row -> row.get("dimension"),
                    Collectors.summingDouble(row -> ((Number) row.get("weight")).doubleValue())));
    assertThat(weightPerDimension)
        .containsOnlyKeys("ECONOMIC", "SOCIAL", "PSYCHOSOCIAL")
        .allSatisfy((dimension, sum) -> assertThat(sum).isCloseTo(1.0, within()));
    assertThat(rows.stream().map(row -> row.get("indicator")))
        .containsExactlyInAnyOrderElementsOf(
            concat(
                ReintegrationData.ECONOMIC_INDICATORS,
                ReintegrationData.SOCIAL_INDICATORS,
                ReintegrationData.PSYCHOSOCIAL_INDICATORS));
  }

  @Test
  void theThreeDimensionsWeighEquallyInTheComposite() {
    assertThat(rows(RssScoring.DECISION_DIMENSION_WEIGHTS))
        .extracting(row -> row.get("dimension"), row -> ((Number) row.get("weight")).doubleValue())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("ECONOMIC", 1.0),
            org.assertj.core.groups.Tuple.tuple("SOCIAL", 1.0),
            org.assertj.core.groups.Tuple.tuple("PSYCHOSOCIAL", 1.0));
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "PSYCHOSOCIAL, 0.49, LOW",
    "PSYCHOSOCIAL, 0.5, MEDIUM",
    "ECONOMIC, 0.32, LOW",
    "ECONOMIC, 0.33, MEDIUM",
    "SOCIAL, 0.65, MEDIUM",
    "COMPOSITE, 0.66, HIGH",
    "PSYCHOSOCIAL, 1.0, HIGH"
  })
  void aScoreFallsIntoItsBand(String dimension, double score, String band) {
    assertThat(
            (String)
                TABLES
                    .evaluate(
                        FILE,
                        RssScoring.DECISION_SCORE_BANDS,
                        Variables.createVariables()
                            .putValue("dimension", dimension)
                            .putValue("score", score))
                    .getSingleResult()
                    .getSingleEntry())
        .isEqualTo(band);
  }

  private static List<Map<String, Object>> rows(String decision) {
    return TABLES
        .evaluate(
            FILE,
            decision,
            Variables.createVariables().putValue("rssSurveyVersion", "IOM_RSS_2017"))
        .getResultList();
  }

  @SafeVarargs
  private static List<String> concat(List<String>... lists) {
    return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
