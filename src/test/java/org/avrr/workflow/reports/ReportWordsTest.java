package org.avrr.workflow.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.avrr.workflow.i18n.Languages;
import org.avrr.workflow.i18n.Messages;
import org.junit.jupiter.api.Test;

/**
 * A Russian-speaking manager reads the reports in Russian — the names beside the codes, the
 * downloads' headings and sheets — and an English-speaking one in English; no column, table or
 * category is left without words in any language.
 */
class ReportWordsTest {

  @Test
  void everyColumnOfEveryTableHasAHeadingAndEveryTableATitleInEveryLanguage() {
    List<String> missing = new ArrayList<>();
    for (String language : Languages.OFFERED) {
      Set<String> sheets = new HashSet<>();
      ReportTables.SHAPES.forEach(
          (report, tables) -> {
            if (Messages.find(language, "report.name." + report).isEmpty()) {
              missing.add(language + ": report.name." + report);
            }
            tables.forEach(
                (table, type) -> {
                  for (RecordComponent column : type.getRecordComponents()) {
                    String field = column.getName();
                    if (Messages.find(language, "report.column." + table + "." + field).isEmpty()
                        && Messages.find(language, "report.column." + field).isEmpty()) {
                      missing.add(language + ": report.column." + field + " (" + table + ")");
                    }
                  }
                  String key = "report.table." + report + "." + table;
                  Messages.find(language, key)
                      .ifPresentOrElse(
                          title ->
                              assertThat(title.length())
                                  .as(
                                      "%s in %s is a sheet's name (Excel: 31 at most)",
                                      key, language)
                                  .isLessThanOrEqualTo(31),
                          () -> missing.add(language + ": " + key));
                  sheets.add(ReportWords.table(report, table, language));
                });
          });
      assertThat(sheets).as("sheet names in %s are distinct", language).hasSize(16);
    }
    assertThat(missing).as("report words without a message").isEmpty();
  }

  @Test
  void theHeadingsOfATableAreItsOwnWhereAGeneralOneWouldNotSay() {
    assertThat(ReportTables.headings("byCountry", Reports.Counts.class, "ru"))
        .startsWith("Код страны", "Страна", "Открыто");
    assertThat(ReportTables.headings("months", Reports.Counts.class, "en"))
        .startsWith("Month", "Month in words", "Opened");
    assertThat(ReportTables.headings("stages", Reports.Stage.class, "en"))
        .containsExactly(
            "Stage",
            "From milestone",
            "To milestone",
            "Cases",
            "Median days",
            "90th percentile days");
  }

  @Test
  void theCategoriesAReportCountsByAreNamedInTheReadersLanguage() {
    assertThat(ReportWords.category("byCountry", "IQ", "ru")).isEqualTo("Ирак");
    assertThat(ReportWords.category("byCountry", "IQ", "en")).isEqualTo("Iraq");
    assertThat(ReportWords.category("months", "2025-01", "ru")).isEqualTo("январь 2025");
    assertThat(ReportWords.category("months", "2025-01", "en")).isEqualTo("January 2025");
    assertThat(ReportWords.category("bySex", "F", "ru")).isEqualTo("женский");
    assertThat(ReportWords.category("byAgeBand", "older", "en"))
        .isEqualTo("older person (60 and over)");
    assertThat(ReportWords.category("byVulnerability", "unaccompanied child", "ru"))
        .isEqualTo("несопровождаемый ребёнок");
    assertThat(ReportWords.category("byProgramme", ReportWords.NOT_RECORDED, "ru"))
        .isEqualTo("не указано");
    // A category the catalogues do not know is shown as it is, not as a blank.
    assertThat(ReportWords.category("bySex", "Q", "ru")).isEqualTo("Q");
    assertThat(ReportWords.stage("applied_on", "departed_on", "ru"))
        .isEqualTo("От заявления до выезда");
    assertThat(ReportWords.rule("firstContact", "en", 3))
        .isEqualTo("First contact within 3 days of the application");
    assertThat(ReportWords.component("BUSINESS_START_UP", "en")).isEqualTo("Business start-up");
    assertThat(ReportWords.closureReason("LOST_TO_FOLLOW_UP", "ru")).doesNotContain("_");
    assertThat(ReportWords.dimension("psychosocial", "ru")).isEqualTo("психосоциальное");
    assertThat(ReportWords.monthName(YearMonth.of(2026, 11), "ru")).isEqualTo("ноябрь 2026");
  }

  @Test
  void everyCategoryTheStatisticsRecordAndTheExchangeAuditHoldHasWords() throws Exception {
    Map<String, List<String>> categories =
        Map.of(
            "bySex", List.of("F", "M", "X"),
            "byAgeBand",
                List.of(
                    CaseStatisticsRecorder.ageBand(10),
                    CaseStatisticsRecorder.ageBand(30),
                    CaseStatisticsRecorder.ageBand(70)),
            "byVulnerability", List.of("unaccompanied child", "trafficking", "medical", "none"));
    for (String language : Languages.OFFERED) {
      categories.forEach(
          (table, keys) ->
              keys.forEach(
                  key ->
                      assertThat(
                              Messages.find(
                                  language, "report." + table + "." + key.replace(' ', '-')))
                          .as("%s %s in %s", table, key, language)
                          .isPresent()));
      for (String authority : adapterConstants("PARTY")) {
        assertThat(ReportWords.authority(authority, language)).isNotEqualTo(authority);
      }
      for (String operation : adapterConstants("OPERATION_")) {
        assertThat(ReportWords.touchpoint(operation, language)).isNotEqualTo(operation);
      }
      for (String dimension : ReintegrationFigures.DIMENSIONS) {
        assertThat(Messages.find(language, "report.dimension." + dimension))
            .as("dimension %s in %s", dimension, language)
            .isPresent();
      }
    }
  }

  /**
   * What the authorities' adapters write into the exchange audit: their parties ({@code PARTY}),
   * their operations ({@code OPERATION_...}).
   */
  private static List<String> adapterConstants(String prefix) throws ReflectiveOperationException {
    List<String> values = new ArrayList<>();
    for (String adapterName :
        List.of(
            "org.avrr.workflow.authority.border.HttpBorderAuthority",
            "org.avrr.workflow.authority.migration.HttpMigrationAuthority")) {
      Class<?> adapter = Class.forName(adapterName);
      for (java.lang.reflect.Field field : adapter.getDeclaredFields()) {
        if (field.getName().startsWith(prefix)) {
          field.setAccessible(true);
          values.add((String) field.get(null));
        }
      }
    }
    assertThat(values).as(prefix).hasSizeGreaterThanOrEqualTo(2);
    return values;
  }

  @Test
  void aWrongFilterIsRefusedInTheReadersLanguageAndInEnglishForTheLog() {
    ReportFilter.Invalid wrong = null;
    try {
      ReportFilter.of("2025-13", null, null, null, null, null, YearMonth.of(2026, 1));
    } catch (ReportFilter.Invalid invalid) {
      wrong = invalid;
    }
    assertThat(wrong).isNotNull();
    assertThat(wrong.getMessage()).isEqualTo("from must be a month, e.g. 2026-01");
    assertThat(wrong.in("ru")).isEqualTo("Параметр from должен быть месяцем, например 2026-01");
  }
}
