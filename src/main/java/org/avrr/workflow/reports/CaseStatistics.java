package org.avrr.workflow.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The statistics record of each case ({@code avrr_case_statistics}, ADR 0014): the categories,
 * dates and outcomes the office's reports count, and nothing that identifies the person — no name,
 * no document, no date of birth (an age band instead), no free text. It outlives the case's
 * personal data (erasure does not touch it) and the engine's history (history cleanup does not know
 * it), so the figures of past years stay true. Keyed by the case's process instance.
 */
@Component
public class CaseStatistics {

  /** A point a case reaches, and the column of its date. */
  enum Milestone {
    FIRST_CONTACT("first_contact_on"),
    DECLARATION("declaration_on"),
    ELIGIBILITY("eligibility_on"),
    EXIT_CLEARANCE("exit_clearance_on"),
    TRAVEL_DOCUMENT("travel_document_on"),
    DEPARTED("departed_on"),
    ARRIVED("arrived_on"),
    PLAN_APPROVED("plan_approved_on"),
    INSTALMENT("last_instalment_on"),
    PSYCHOSOCIAL_REFERRAL(null);

    final String column;

    Milestone(String column) {
      this.column = column;
    }
  }

  /** The columns the recorder may set: code names only, never from input. */
  private static final Set<String> COLUMNS =
      Set.of(
          "sex",
          "age_band",
          "country",
          "mission",
          "programme",
          "closure_reason",
          "outcome",
          "grant_currency",
          "unaccompanied_child",
          "trafficking",
          "medical",
          "applied_on",
          "grant_committed",
          "grant_paid",
          "rss_economic",
          "rss_social",
          "rss_psychosocial");

  private final JdbcTemplate jdbc;

  CaseStatistics(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void opened(String caseId, String caseNumber, String flow, LocalDate on) {
    jdbc.update(
        "INSERT INTO avrr_case_statistics (case_instance_id, case_number, flow, opened_on)"
            + " VALUES (?, ?, ?, ?)",
        caseId,
        caseNumber,
        flow,
        Date.valueOf(on));
  }

  void numbered(String caseId, String caseNumber) {
    jdbc.update(
        "UPDATE avrr_case_statistics SET case_number = ? WHERE case_instance_id = ?",
        caseNumber,
        caseId);
  }

  void closed(String caseId, LocalDate on, String outcome) {
    jdbc.update(
        "UPDATE avrr_case_statistics SET closed_on = ?, outcome = COALESCE(outcome, ?)"
            + " WHERE case_instance_id = ?",
        Date.valueOf(on),
        outcome,
        caseId);
  }

  void reached(String caseId, Milestone milestone, LocalDate on) {
    switch (milestone) {
      case INSTALMENT ->
          jdbc.update(
              "UPDATE avrr_case_statistics SET instalments_paid = instalments_paid + 1,"
                  + " first_instalment_on = COALESCE(first_instalment_on, ?),"
                  + " last_instalment_on = ? WHERE case_instance_id = ?",
              Date.valueOf(on),
              Date.valueOf(on),
              caseId);
      case PSYCHOSOCIAL_REFERRAL ->
          jdbc.update(
              "UPDATE avrr_case_statistics SET psychosocial_referral = TRUE"
                  + " WHERE case_instance_id = ?",
              caseId);
      default ->
          // The latest: a second travel document (after an emergency one) or a paper clearance
          // after the electronic wait counts from when it was finally there.
          jdbc.update(
              "UPDATE avrr_case_statistics SET "
                  + milestone.column
                  + " = ? WHERE case_instance_id = ?",
              Date.valueOf(on),
              caseId);
    }
  }

  void category(String caseId, String column, String value) {
    if (value != null) {
      set(caseId, column, value);
    }
  }

  void flag(String caseId, String column, boolean value) {
    set(caseId, column, value);
  }

  void date(String caseId, String column, LocalDate value) {
    if (value != null) {
      set(caseId, column, Date.valueOf(value));
    }
  }

  void amount(String caseId, String column, BigDecimal value) {
    if (value != null) {
      set(caseId, column, value.setScale(2, RoundingMode.HALF_UP));
    }
  }

  /** A survey score: the first one recorded is the baseline, each later one the latest. */
  void survey(String caseId, String dimension, BigDecimal score) {
    if (score == null || !COLUMNS.contains(dimension)) {
      return;
    }
    BigDecimal value = score.setScale(3, RoundingMode.HALF_UP);
    jdbc.update(
        "UPDATE avrr_case_statistics SET "
            + dimension
            + "_baseline = COALESCE("
            + dimension
            + "_baseline, ?), "
            + dimension
            + "_latest = ? WHERE case_instance_id = ?",
        value,
        value,
        caseId);
  }

  /** What the approved plan commits per component type, in its currency: replaces any before. */
  void grantCommitted(String caseId, String currency, Map<String, BigDecimal> byComponent) {
    jdbc.update("DELETE FROM avrr_grant_component WHERE case_instance_id = ?", caseId);
    byComponent.forEach(
        (component, amount) ->
            jdbc.update(
                "INSERT INTO avrr_grant_component (case_instance_id, component_type, currency,"
                    + " committed, paid) VALUES (?, ?, ?, ?, 0)",
                caseId,
                component,
                currency,
                amount.setScale(2, RoundingMode.HALF_UP)));
  }

  /** What has been paid so far per component type (the whole record of payments, each time). */
  void grantPaid(String caseId, Map<String, BigDecimal> byComponent) {
    byComponent.forEach(
        (component, amount) ->
            jdbc.update(
                "UPDATE avrr_grant_component SET paid = ? WHERE case_instance_id = ?"
                    + " AND component_type = ?",
                amount.setScale(2, RoundingMode.HALF_UP),
                caseId,
                component));
  }

  private void set(String caseId, String column, Object value) {
    if (!COLUMNS.contains(column)) {
      throw new IllegalArgumentException("not a statistics column: " + column);
    }
    jdbc.update(
        "UPDATE avrr_case_statistics SET " + column + " = ? WHERE case_instance_id = ?",
        value,
        caseId);
  }
}
