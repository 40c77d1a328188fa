package org.avrr.workflow.reintegration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.avrr.workflow.common.WithoutAuthorization;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Scores a Reintegration Sustainability Survey: each indicator's answer (1 worst to 5 best) counts
 * as (answer - 1) / 4, a dimension's score is the weighted mean of its indicators, the composite
 * the weighted mean of the dimensions, and each score falls into a band. Weights and bands are data
 * in processes/rss-scoring.dmn; this class only does the arithmetic.
 */
@Component("rssScoring")
public class RssScoring {

  public static final String DECISION_INDICATOR_WEIGHTS = "rss-indicator-weights";
  public static final String DECISION_DIMENSION_WEIGHTS = "rss-dimension-weights";
  public static final String DECISION_SCORE_BANDS = "rss-score-bands";

  static final String COMPOSITE = "COMPOSITE";
  static final List<String> DIMENSIONS = List.of("ECONOMIC", "SOCIAL", "PSYCHOSOCIAL");

  /** A survey's scores (0 to 1, two decimals) and bands, by dimension and COMPOSITE. */
  public record Result(Map<String, BigDecimal> scores, Map<String, String> bands) {

    public BigDecimal score(String dimension) {
      return scores.get(dimension);
    }

    public String band(String dimension) {
      return bands.get(dimension);
    }
  }

  /** An answer missing or outside the scale: the form should have stopped it. */
  public static final class IncompleteSurveyException extends IllegalStateException {
    IncompleteSurveyException(String message) {
      super(message);
    }
  }

  private final DecisionService decisions;
  private final ReintegrationProperties properties;

  private final RepositoryService repository;

  /**
   * The weights of each deployed version of a weights table, by decision definition id and survey
   * version: they depend on nothing else, and evaluating a table of fifteen rules costs more than
   * any other step of a reintegration assessment. A new version of the table has a new id.
   */
  private final Map<String, List<Map<String, Object>>> weights = new ConcurrentHashMap<>();

  /**
   * The band of a (dimension, score shown) in each deployed version of the bands table: the table
   * reads nothing else, a score has two decimals (at most 404 answers per version), and evaluating
   * it once per dimension and survey was a tenth of a monitoring visit's submission (JFR, case-cost
   * benchmark). Keyed by decision definition id, so a new version of the table is evaluated anew.
   */
  private final Map<String, String> bands = new ConcurrentHashMap<>();

  public RssScoring(
      DecisionService decisions, RepositoryService repository, ReintegrationProperties properties) {
    this.decisions = decisions;
    this.repository = repository;
    this.properties = properties;
  }

  /** Scores the survey the case's variables hold and records the scores and bands on the case. */
  public void score(DelegateExecution execution) {
    Result result = score(execution.getVariables());
    ReintegrationProcess.RSS_SURVEY_VERSION.set(execution, properties.rssSurveyVersion());
    for (String dimension : result.scores().keySet()) {
      execution.setVariable(
          ReintegrationProcess.rssScoreVariable(dimension), result.score(dimension).doubleValue());
      execution.setVariable(
          ReintegrationProcess.rssBandVariable(dimension), result.band(dimension));
    }
  }

  public Result score(Map<String, Object> answers) {
    return WithoutAuthorization.call(() -> scoreWithTables(answers));
  }

  private Result scoreWithTables(Map<String, Object> answers) {
    Map<String, BigDecimal[]> dimensionSums = new LinkedHashMap<>();
    for (Map<String, Object> row : rows(DECISION_INDICATOR_WEIGHTS)) {
      String indicator = (String) row.get("indicator");
      String dimension = (String) row.get("dimension");
      BigDecimal weight = decimal(row.get("weight"));
      BigDecimal value = normalised(indicator, answers.get(indicator));
      BigDecimal[] sums =
          dimensionSums.computeIfAbsent(
              dimension, d -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      sums[0] = sums[0].add(weight.multiply(value));
      sums[1] = sums[1].add(weight);
    }
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    for (String dimension : DIMENSIONS) {
      BigDecimal[] sums = dimensionSums.get(dimension);
      if (sums == null || sums[1].signum() == 0) {
        throw new IllegalStateException(
            "decision " + DECISION_INDICATOR_WEIGHTS + " weighs no indicator of " + dimension);
      }
      scores.put(dimension, sums[0].divide(sums[1], 10, RoundingMode.HALF_UP));
    }
    BigDecimal weighted = BigDecimal.ZERO;
    BigDecimal totalWeight = BigDecimal.ZERO;
    for (Map<String, Object> row : rows(DECISION_DIMENSION_WEIGHTS)) {
      BigDecimal score = scores.get((String) row.get("dimension"));
      BigDecimal weight = decimal(row.get("weight"));
      weighted = weighted.add(weight.multiply(score));
      totalWeight = totalWeight.add(weight);
    }
    scores.put(COMPOSITE, weighted.divide(totalWeight, 10, RoundingMode.HALF_UP));

    String bandsDefinitionId = latestDefinitionId(DECISION_SCORE_BANDS);
    Map<String, BigDecimal> rounded = new LinkedHashMap<>();
    Map<String, String> bandsOfScores = new LinkedHashMap<>();
    scores.forEach(
        (dimension, score) -> {
          BigDecimal shown = score.setScale(2, RoundingMode.HALF_UP);
          rounded.put(dimension, shown);
          bandsOfScores.put(dimension, band(bandsDefinitionId, dimension, shown));
        });
    return new Result(rounded, bandsOfScores);
  }

  private String latestDefinitionId(String decision) {
    return repository
        .createDecisionDefinitionQuery()
        .decisionDefinitionKey(decision)
        .latestVersion()
        .singleResult()
        .getId();
  }

  private List<Map<String, Object>> rows(String decision) {
    String definitionId = latestDefinitionId(decision);
    return weights.computeIfAbsent(
        definitionId + "|" + properties.rssSurveyVersion(),
        key -> evaluate(decision, definitionId));
  }

  private List<Map<String, Object>> evaluate(String decision, String definitionId) {
    DmnDecisionResult result =
        decisions
            .evaluateDecisionById(definitionId)
            .variables(
                Variables.createVariables()
                    .putValue("rssSurveyVersion", properties.rssSurveyVersion()))
            .evaluate();
    if (result.isEmpty()) {
      throw new IllegalStateException(
          "decision " + decision + " has no rows for survey " + properties.rssSurveyVersion());
    }
    return List.copyOf(result.getResultList());
  }

  private String band(String definitionId, String dimension, BigDecimal score) {
    return bands.computeIfAbsent(
        definitionId + "|" + dimension + "|" + score.toPlainString(),
        key ->
            decisions
                .evaluateDecisionById(definitionId)
                .variables(
                    Variables.createVariables()
                        .putValue("dimension", dimension)
                        .putValue("score", score.doubleValue()))
                .evaluate()
                .getSingleResult()
                .getSingleEntry());
  }

  private static BigDecimal normalised(String indicator, Object answer) {
    int value;
    if (answer instanceof Number number) {
      value = number.intValue();
    } else if (answer instanceof String text && text.matches("[1-5]")) {
      value = Integer.parseInt(text);
    } else {
      throw new IncompleteSurveyException("RSS answer '" + indicator + "' is missing");
    }
    if (value < 1 || value > 5) {
      throw new IncompleteSurveyException("RSS answer '" + indicator + "' is not between 1 and 5");
    }
    return BigDecimal.valueOf(value - 1L).divide(BigDecimal.valueOf(4));
  }

  private static BigDecimal decimal(Object value) {
    return new BigDecimal(value.toString());
  }
}
