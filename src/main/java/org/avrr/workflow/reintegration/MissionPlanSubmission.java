package org.avrr.workflow.reintegration;

import java.util.List;
import java.util.Map;

/**
 * What the field party's own case system (a receiving mission abroad, for an outbound case) posts
 * to {@code /api/callbacks/mission-<code>/reintegration-plan} instead of completing "Draft the
 * reintegration plan" in Tasklist (docs/api/avrr-callbacks.openapi.yaml).
 *
 * @param requestKey {@code <case number>:Task_DraftPlan#<version>}: version 1 for the first plan,
 *     one more after each return for amendment or request for a new plan
 * @param components one object per component, with the plan form's fields: component, description,
 *     amount, modality, supplier (in kind), instalments, firstDueMonths, intervalMonths (more than
 *     one instalment); at most {@link ReintegrationPlan#SLOTS}
 */
public record MissionPlanSubmission(
    String caseNumber, String requestKey, List<Map<String, Object>> components) {}
