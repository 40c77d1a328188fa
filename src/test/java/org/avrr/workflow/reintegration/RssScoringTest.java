package org.avrr.workflow.reintegration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.avrr.workflow.testing.OutboundDeployment;
import org.avrr.workflow.testing.ProcessTestEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The survey's scores and bands as the tables of the deployed version say, the next survey after an
 * analyst deploys a new version of a table included: RssScoring keeps what a table version
 * answered, and must never keep it past that version.
 */
@Deployment(resources = OutboundDeployment.RSS_TABLES)
class RssScoringTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessTestEngine.extension();

  ProcessEngine engine;

  @AfterEach
  void removeNewVersions() {
    engine
        .getRepositoryService()
        .createDeploymentQuery()
        .deploymentName("bands changed by an analyst")
        .list()
        .forEach(d -> engine.getRepositoryService().deleteDeployment(d.getId(), true));
  }

  @Test
  void aSurveyAnsweredFourEverywhereScoresThreeQuartersAndHighBands() {
    RssScoring scoring = scoring();

    RssScoring.Result result = scoring.score(answers(4));

    assertThat(result.score(RssScoring.COMPOSITE)).isEqualByComparingTo(new BigDecimal("0.75"));
    assertThat(result.bands())
        .containsEntry("ECONOMIC", "HIGH")
        .containsEntry("SOCIAL", "HIGH")
        .containsEntry("PSYCHOSOCIAL", "HIGH")
        .containsEntry(RssScoring.COMPOSITE, "HIGH");
    // Asked again, the same answers (now from what the tables answered before) are the same.
    assertThat(scoring.score(answers(4))).isEqualTo(result);
    assertThat(scoring.score(answers(1)).bands()).containsValue("LOW").doesNotContainValue("HIGH");
  }

  @Test
  void aNewVersionOfTheBandsTableBandsTheNextSurvey() throws IOException {
    RssScoring scoring = scoring();
    assertThat(scoring.score(answers(4)).band("ECONOMIC")).isEqualTo("HIGH");

    // The analyst raises the bar: "high" from 0.8 on.
    String changed =
        bandsTable().replace("&gt;= 0.66", "&gt;= 0.8").replace("&lt; 0.66", "&lt; 0.8");
    engine
        .getRepositoryService()
        .createDeployment()
        .name("bands changed by an analyst")
        .addString("rss-scoring.dmn", changed)
        .deploy();

    assertThat(scoring.score(answers(4)).bands())
        .containsEntry("ECONOMIC", "MEDIUM")
        .containsEntry(RssScoring.COMPOSITE, "MEDIUM");
  }

  private RssScoring scoring() {
    return new RssScoring(
        engine.getDecisionService(),
        engine.getRepositoryService(),
        ProcessTestEngine.REINTEGRATION);
  }

  private static Map<String, Object> answers(int answer) {
    Map<String, Object> answers = new HashMap<>();
    for (String indicator : ReintegrationProcess.RSS_INDICATORS) {
      answers.put(indicator, String.valueOf(answer));
    }
    return answers;
  }

  private static String bandsTable() throws IOException {
    try (InputStream in =
        RssScoringTest.class.getClassLoader().getResourceAsStream(OutboundDeployment.RSS_TABLES)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(text).contains("&gt;= 0.66", "&lt; 0.66");
      return text;
    }
  }
}
