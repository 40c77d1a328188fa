package org.avrr.workflow.reintegration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Period;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The reintegration stage's deadlines and limits (shared/DOMAIN.md, "Reintegration"); periods are
 * ISO-8601 (P21D, P3M) and count from the returnee's arrival unless said otherwise.
 *
 * @param planReminderAfter a reminder to the drafting party when no plan is agreed by then
 * @param planEscalationAfter case managers are alerted when no plan is agreed by then
 * @param maxPlanRevisions how often the approver may return a plan for amendment before case
 *     managers resolve it
 * @param approvalChaseEvery the approving party is chased this long after a plan reached it, and
 *     again after each further such period
 * @param monitoringVisits when the returnee is visited or called, after arrival
 * @param assistanceWindow the assistance window: instalments fall due and monitoring ends within it
 * @param closureGrace how long after the window a case still delivering or monitoring is closed as
 *     "window elapsed"
 * @param contactAttempts attempts to reach the returnee for a visit before the case is closed as
 *     lost to follow-up
 * @param contactRetryAfter how long after a failed attempt the next one is due
 * @param seniorApproversGroup members of this group (as well as of the approving party) approve
 *     plans that need the SENIOR level (decision reintegration-approval-level)
 * @param outboundProgramme the programme (row of decision reintegration-grant-ceiling) of outbound
 *     returnees' reintegration
 * @param rssSurveyVersion the version of the survey's weights in decision rss-indicator-weights
 */
@Validated
@ConfigurationProperties("avrr.reintegration")
public record ReintegrationProperties(
    @DefaultValue("P21D") @NotNull Period planReminderAfter,
    @DefaultValue("P30D") @NotNull Period planEscalationAfter,
    @DefaultValue("3") @Min(1) @Max(10) int maxPlanRevisions,
    @DefaultValue("P15D") @NotNull Period approvalChaseEvery,
    @DefaultValue({"P3M", "P6M", "P12M"}) @NotEmpty List<Period> monitoringVisits,
    @DefaultValue("P12M") @NotNull Period assistanceWindow,
    @DefaultValue("P1M") @NotNull Period closureGrace,
    @DefaultValue("3") @Min(1) @Max(10) int contactAttempts,
    @DefaultValue("P7D") @NotNull Period contactRetryAfter,
    @DefaultValue("senior-approvers") @NotBlank String seniorApproversGroup,
    @DefaultValue("BELARUS_AVRR") @NotBlank String outboundProgramme,
    @DefaultValue("IOM_RSS_2017") @NotBlank String rssSurveyVersion) {

  /** The window in whole months, for checking a plan's schedule. */
  int assistanceWindowMonths() {
    return (int) assistanceWindow.toTotalMonths() + (assistanceWindow.getDays() > 0 ? 1 : 0);
  }
}
