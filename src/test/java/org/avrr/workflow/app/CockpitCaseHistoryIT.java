package org.avrr.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * Cockpit Community Edition shows running instances only; the application's own Cockpit
 * configuration adds the "Case history" page so that a manager can read a closed case. This checks
 * that Cockpit is given that configuration and the plugin (the page itself is walked in a browser:
 * README, "Walk a first case").
 */
class CockpitCaseHistoryIT extends ApplicationIT {

  @Test
  void cockpitLoadsTheCaseHistoryPlugin() {
    RestClient web = RestClient.create(baseUrl());

    ResponseEntity<String> config =
        web.get().uri("/camunda/app/cockpit/scripts/config.js").retrieve().toEntity(String.class);
    ResponseEntity<String> plugin =
        web.get()
            .uri("/camunda/app/cockpit/avrr/case-history.js")
            .retrieve()
            .toEntity(String.class);

    ResponseEntity<String> reports =
        web.get().uri("/camunda/app/cockpit/avrr/reports.js").retrieve().toEntity(String.class);
    // The charting library the Reports page loads, served by the application itself.
    ResponseEntity<String> chartJs =
        web.get()
            .uri("/webjars/chart.js/4.4.1/dist/chart.umd.js")
            .retrieve()
            .toEntity(String.class);

    assertThat(config.getBody()).contains("customScripts: ['avrr/case-history', 'avrr/reports']");
    assertThat(reports.getBody())
        .contains("pluginPoint: 'cockpit.route'")
        .contains("/api/reports/")
        .contains("/webjars/chart.js/4.4.1/dist/chart.umd.js");
    assertThat(chartJs.getStatusCode().value()).isEqualTo(200);
    assertThat(chartJs.getBody()).contains("Chart");
    assertThat(plugin.getBody())
        .contains("pluginPoint: 'cockpit.route'")
        .contains("pluginPoint: 'cockpit.navigation'")
        .contains("/history/process-instance?processInstanceBusinessKey=");
  }
}
