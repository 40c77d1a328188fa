package org.avrr.workflow.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.avrr.workflow.i18n.Languages;
import org.avrr.workflow.i18n.Message;

/**
 * What a report covers: the months from {@code from} to {@code to} (inclusive), and optionally one
 * flow, country, programme or mission. Built from a request's parameters, refusing anything else
 * with a sentence saying what is wrong.
 */
record ReportFilter(
    YearMonth from, YearMonth to, String flow, String country, String programme, String mission) {

  /** Ten years: more would be a mistake, and a slow one. */
  static final int MAX_MONTHS = 120;

  /** A parameter a person got wrong, in words (in English as the exception's message). */
  static class Invalid extends RuntimeException {
    private final Message words;

    Invalid(Message words) {
      super(words.in(Languages.ENGLISH));
      this.words = words;
    }

    /** What is wrong, in {@code language}. */
    String in(String language) {
      return words.in(language);
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
      throw new Invalid(Message.of("report.invalid.fromAfterTo", start, end));
    }
    if (start.plusMonths(MAX_MONTHS).isBefore(end)) {
      throw new Invalid(Message.of("report.invalid.tooLong", MAX_MONTHS));
    }
    return new ReportFilter(
        start,
        end,
        matching("flow", flow, "outbound|inbound"),
        matching("country", country, "[A-Z]{2}"),
        matching("programme", programme, "[A-Z0-9_]{1,40}"),
        matching("mission", mission, "mission-[a-z]{3}"));
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
    throw new Invalid(Message.of("report.invalid.month", name));
  }

  /** A filter's value, if it has one of the right form; what is wrong: report.invalid.<name>. */
  private static String matching(String name, String value, String pattern) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    if (value.length() > 50 || !value.matches(pattern)) {
      throw new Invalid(Message.of("report.invalid." + name));
    }
    return value;
  }
}
