package org.avrr.workflow.reports;

import java.time.YearMonth;
import java.time.format.TextStyle;
import org.avrr.workflow.i18n.Languages;
import org.avrr.workflow.i18n.LocalisedNames;
import org.avrr.workflow.i18n.Messages;
import org.avrr.workflow.reintegration.ReintegrationPlan;

/**
 * The reports' words in their reader's language (i18n/messages: {@code report.*}): the name beside
 * each code a report counts by (a month, country, programme, sex, age band, vulnerability, survey
 * dimension, closure reason, component, authority, touchpoint), the column headings and sheet names
 * of the downloads. The codes stay beside their names: a filter takes them, and another system
 * reading the JSON keeps working whatever the reader's language. The CSV and XLSX are for people:
 * headed in words, a name column beside each code column.
 */
final class ReportWords {

  /** What a category holds for a record that does not say. */
  static final String NOT_RECORDED = "not recorded";

  private ReportWords() {}

  /**
   * The name of a category's {@code key} in one of the returns tables ({@code months}, {@code
   * byCountry}, ...; {@code total} for the period's total): "Iraq" for IQ, "January 2025" for
   * 2025-01, "unaccompanied child"; a key without words stays as it is.
   */
  static String category(String table, String key, String language) {
    if (NOT_RECORDED.equals(key)) {
      return Messages.text(language, "report.notRecorded");
    }
    return switch (table) {
      case "months" -> monthName(YearMonth.parse(key), language);
      case "byCountry" -> LocalisedNames.country(key, language);
      case "byProgramme" -> LocalisedNames.programme(key, language);
      default -> words("report." + table + "." + key.replace(' ', '-'), key, language);
    };
  }

  /** A programme's name, or "not recorded". */
  static String programme(String code, String language) {
    return NOT_RECORDED.equals(code)
        ? Messages.text(language, "report.notRecorded")
        : LocalisedNames.programme(code, language);
  }

  /** "November 2026"; "ноябрь 2026" (the month as a name on its own, not "of November"). */
  static String monthName(YearMonth month, String language) {
    return month
            .getMonth()
            .getDisplayName(
                Languages.ENGLISH.equals(language) ? TextStyle.FULL : TextStyle.FULL_STANDALONE,
                Languages.locale(language))
        + " "
        + month.getYear();
  }

  /** A service level's rule, by its key ({@code firstContact}, ...). */
  static String rule(String key, String language, int firstContactDays) {
    return Messages.text(language, "report.rule." + key, firstContactDays);
  }

  /** A stage, by the milestones it runs between. */
  static String stage(String from, String to, String language) {
    return Messages.text(language, "report.stage." + from + "." + to);
  }

  /** A dimension of the Reintegration Sustainability Survey (economic, social, psychosocial). */
  static String dimension(String dimension, String language) {
    return words("report.dimension." + dimension, dimension, language);
  }

  /** Why reintegration closed (COMPLETED, LOST_TO_FOLLOW_UP, ...). */
  static String closureReason(String reason, String language) {
    return LocalisedNames.code("closureReason", reason, language);
  }

  /** A component type of the feasibility grid (BUSINESS_START_UP: "Business start-up"). */
  static String component(String type, String language) {
    for (ReintegrationPlan.Kind kind : ReintegrationPlan.Kind.values()) {
      if (kind.name().equals(type)) {
        return kind.label(language);
      }
    }
    return type;
  }

  /** An authority the office exchanges with, as the exchange audit records it. */
  static String authority(String authority, String language) {
    return words("report.authority." + authority, authority, language);
  }

  /** One of an authority's touchpoints (STATUS_CHECK: "Status check"). */
  static String touchpoint(String operation, String language) {
    return words("report.touchpoint." + operation, operation, language);
  }

  /**
   * A column's heading in the downloads: the table's own ({@code report.column.<table>.<field>},
   * "Country code" for byCountry's key), else the field's ({@code report.column.<field>}).
   */
  static String heading(String table, String field, String language) {
    return Messages.find(language, "report.column." + table + "." + field)
        .or(() -> Messages.find(language, "report.column." + field))
        .orElse(field);
  }

  /** A table's title, its sheet's name in a workbook ("Returns by country"). */
  static String table(String report, String table, String language) {
    return Messages.text(language, "report.table." + report + "." + table);
  }

  /** A report's name ("Returns"), or "all reports". */
  static String report(String report, String language) {
    return Messages.text(language, "report.name." + report);
  }

  static String text(String key, String language, Object... arguments) {
    return Messages.text(language, "report." + key, arguments);
  }

  private static String words(String key, String otherwise, String language) {
    return Messages.find(language, key).orElse(otherwise);
  }
}
