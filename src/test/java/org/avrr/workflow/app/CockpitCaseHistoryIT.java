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

    assertThat(config.getBody()).contains("customScripts: ['avrr/case-history']");
    assertThat(plugin.getBody())
        .contains("pluginPoint: 'cockpit.route'")
        .contains("pluginPoint: 'cockpit.navigation'")
        .contains("/history/process-instance?processInstanceBusinessKey=");
  }
}
