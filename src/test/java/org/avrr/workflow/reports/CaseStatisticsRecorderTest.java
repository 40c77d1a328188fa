package org.avrr.workflow.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.avrr.workflow.reintegration.ReintegrationPlan;
import org.junit.jupiter.api.Test;

/** What the recorder reads from values written by earlier versions. */
class CaseStatisticsRecorderTest {

  /**
   * A payment recorded before payments named their component is counted for the component its title
   * names, every kind of the grid.
   */
  @Test
  void anOlderPaymentsComponentIsReadFromItsTitle() {
    assertThat(
            CaseStatisticsRecorder.componentOfTitle(
                "Business start-up: Sewing machine and fabric (instalment 1 of 2)"))
        .isEqualTo("BUSINESS_START_UP");
    for (ReintegrationPlan.Kind kind : ReintegrationPlan.Kind.values()) {
      assertThat(CaseStatisticsRecorder.componentOfTitle(kind.label() + ": anything"))
          .isEqualTo(kind.name());
    }
    assertThat(CaseStatisticsRecorder.componentOfTitle("Housingless: rent")).isNull();
    assertThat(CaseStatisticsRecorder.componentOfTitle("")).isNull();
  }
}
