package org.avrr.workflow.identity;

import java.util.List;

/**
 * The groups of the office (shared/DOMAIN.md, "Who works in the system"). Candidate groups in the
 * BPMN models use these ids.
 */
public final class AvrrGroups {

  public static final String COUNSELLORS = "counsellors";
  public static final String CASE_MANAGERS = "case-managers";
  public static final String PROTECTION_OFFICERS = "protection-officers";
  public static final String MEDICAL_OFFICERS = "medical-officers";
  public static final String MOVEMENT_OFFICERS = "movement-officers";
  public static final String REINTEGRATION_OFFICERS = "reintegration-officers";
  public static final String FINANCE = "finance";
  public static final String MANAGERS = "managers";

  /** Created by Camunda for {@code camunda.bpm.admin-user}; has every permission. */
  public static final String ADMINISTRATORS = "camunda-admin";

  /** A role: its members (and administrators) may read the application's metrics. */
  public static final String MONITORING = "monitoring";

  /**
   * A role: the office's data protection focal point; its members (and administrators) read who
   * read which case (the access log, /api/access-log).
   */
  public static final String DATA_PROTECTION = "data-protection";

  /** Group type of the office's own staff groups. */
  public static final String TYPE_OFFICE = "OFFICE";

  /** Group type of an external IOM mission's group, e.g. {@code mission-deu}. */
  public static final String TYPE_MISSION = "MISSION";

  /** Group type of a role that grants no work queue of its own, e.g. the senior approvers. */
  public static final String TYPE_ROLE = "ROLE";

  /** The office's staff groups, with their display names. */
  public static final List<GroupSpec> OFFICE_GROUPS =
      List.of(
          new GroupSpec(COUNSELLORS, "Counsellors"),
          new GroupSpec(CASE_MANAGERS, "Case managers"),
          new GroupSpec(PROTECTION_OFFICERS, "Protection officers"),
          new GroupSpec(MEDICAL_OFFICERS, "Medical officers"),
          new GroupSpec(MOVEMENT_OFFICERS, "Movement officers"),
          new GroupSpec(REINTEGRATION_OFFICERS, "Reintegration officers"),
          new GroupSpec(FINANCE, "Finance"),
          new GroupSpec(MANAGERS, "Managers"));

  public record GroupSpec(String id, String name) {}

  /** The group of an external mission, by its ISO 3166 alpha-3 country code, e.g. deu. */
  public static String missionGroup(String countryCode) {
    return "mission-" + countryCode.toLowerCase(java.util.Locale.ROOT);
  }

  private AvrrGroups() {}
}
