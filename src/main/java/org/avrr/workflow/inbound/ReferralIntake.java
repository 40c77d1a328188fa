package org.avrr.workflow.inbound;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.avrr.workflow.common.OfficeCalendar;
import org.avrr.workflow.identity.AvrrGroups;
import org.avrr.workflow.identity.IdentityProperties;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens an inbound case for a sending mission's referral, once: the mission's own reference is
 * recorded with the case number in the same transaction as the case starts, so a referral posted
 * twice, or twice at once, opens one case.
 */
@Service
public class ReferralIntake {

  /** What became of a referral. */
  public record Outcome(String caseNumber, boolean created) {}

  private final JdbcTemplate jdbc;
  private final RuntimeService runtime;
  private final OfficeCalendar calendar;

  public ReferralIntake(JdbcTemplate jdbc, RuntimeService runtime, OfficeCalendar calendar) {
    this.jdbc = jdbc;
    this.runtime = runtime;
    this.calendar = calendar;
  }

  /** The case a mission's referral opened, if it was received before. */
  public Optional<String> caseOf(String missionCode, String reference) {
    return jdbc
        .queryForList(
            "SELECT case_number FROM avrr_referral"
                + " WHERE sending_mission = ? AND mission_reference = ?",
            String.class,
            missionCode,
            reference)
        .stream()
        .filter(java.util.Objects::nonNull)
        .findFirst();
  }

  @Transactional
  public Outcome open(IdentityProperties.Mission mission, Referral referral) {
    try {
      jdbc.update(
          "INSERT INTO avrr_referral (sending_mission, mission_reference, received_at)"
              + " VALUES (?, ?, ?)",
          mission.code(),
          referral.reference(),
          Timestamp.from(calendar.now()));
    } catch (DuplicateKeyException alreadyReceived) {
      return new Outcome(
          jdbc.queryForObject(
              "SELECT case_number FROM avrr_referral"
                  + " WHERE sending_mission = ? AND mission_reference = ?",
              String.class,
              mission.code(),
              referral.reference()),
          false);
    }
    Map<String, Object> variables = new HashMap<>(referral.variables());
    variables.put(InboundReturnProcess.SENDING_MISSION.name(), mission.code());
    variables.put(
        InboundReturnProcess.SENDING_MISSION_GROUP.name(), AvrrGroups.missionGroup(mission.code()));
    variables.put(InboundReturnProcess.SENDING_MISSION_REFERENCE.name(), referral.reference());
    variables.put(InboundReturnProcess.COUNTRY_OF_DEPARTURE.name(), mission.country());
    variables.put("referralReceivedOn", calendar.today().toString());
    String caseNumber =
        runtime.startProcessInstanceByKey(InboundReturnProcess.KEY, variables).getBusinessKey();
    jdbc.update(
        "UPDATE avrr_referral SET case_number = ?"
            + " WHERE sending_mission = ? AND mission_reference = ?",
        caseNumber,
        mission.code(),
        referral.reference());
    return new Outcome(caseNumber, true);
  }

  /**
   * Forgets the mission's reference of an erased case: it points at the person in the mission's
   * files. The row stays, under a reference made of the case number, so the case still counts as
   * referred; the same referral posted again after the erasure opens a new case.
   */
  public void forgetReferenceOf(String caseNumber) {
    jdbc.update(
        "UPDATE avrr_referral SET mission_reference = ? WHERE case_number = ?",
        "erased-" + caseNumber,
        caseNumber);
  }
}
