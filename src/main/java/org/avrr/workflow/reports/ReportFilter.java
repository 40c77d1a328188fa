package org.avrr.workflow.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a report covers: the months from {@code from} to {@code to} (inclusive), and optionally one
 * flow, country, programme or mission. Built from a request's parameters, refusing anything else
 * with a sentence saying what is wrong.
 */
record ReportFilter(
    YearMonth from, YearMonth to, String flow, String country, String programme, String mission) {

  /** Ten years: more would be a mistake, and a slow one. */
  static final int MAX_MONTHS = 120;

  /** A parameter a person got wrong, in words. */
  static class Invalid extends RuntimeException {
    Invalid(String message) {
      super(message);
    }
  }

  static ReportFilter of(
      String from,
      String to,
      String flow,
      String country,
      String programme,
      String mission,
      YearMonth thisMonth) {
    YearMonth end = to == null ? thisMonth : month("to", to);
    YearMonth start = from == null ? end.minusMonths(11) : month("from", from);
    if (start.isAfter(end)) {
      throw new Invalid("from (" + start + ") is after to (" + end + ")");
    }
    if (start.plusMonths(MAX_MONTHS).isBefore(end)) {
      throw new Invalid("a report covers at most " + MAX_MONTHS + " months");
    }
    return new ReportFilter(
        start,
        end,
        matching("flow", flow, "outbound|inbound", "outbound or inbound"),
        matching("country", country, "[A-Z]{2}", "an ISO 3166 alpha-2 code, e.g. IQ"),
        matching("programme", programme, "[A-Z0-9_]{1,40}", "a programme code, e.g. REAG_GARP"),
        matching("mission", mission, "mission-[a-z]{3}", "a mission's group, e.g. mission-deu"));
  }

  LocalDate firstDay() {
    return from.atDay(1);
  }

  /** The day after the last day covered. */
  LocalDate endExclusive() {
    return to.plusMonths(1).atDay(1);
  }

  /** The filter's conditions on avrr_case_statistics, and their arguments (appended). */
  String where(List<Object> arguments) {
    List<String> conditions = new ArrayList<>();
    add(conditions, arguments, "flow", flow);
    add(conditions, arguments, "country", country);
    add(conditions, arguments, "programme", programme);
    add(conditions, arguments, "mission", mission);
    return conditions.isEmpty() ? "" : " AND " + String.join(" AND ", conditions);
  }

  private static void add(
      List<String> conditions, List<Object> arguments, String column, String v) {
    if (v != null) {
      conditions.add(column + " = ?");
      arguments.add(v);
    }
  }

  private static YearMonth month(String name, String value) {
    try {
      if (value.length() == 7) {
        return YearMonth.parse(value);
      }
    } catch (DateTimeParseException wrong) {
      // said below
    }
    throw new Invalid(name + " must be a month, e.g. 2026-01");
  }

  private static String matching(String name, String value, String pattern, String what) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    if (value.length() > 50 || !value.matches(pattern)) {
      throw new Invalid(name + " must be " + what);
    }
    return value;
  }
}
