package org.avrr.workflow.reports;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.avrr.workflow.i18n.Message;
import org.springframework.stereotype.Component;

/**
 * Every report as the tables a spreadsheet holds, by name in the order a reader expects them, in
 * the reader's language: the one place that says which tables a report has, for the CSV of one
 * table, the workbook of a report and the monthly mail's workbook of them all.
 */
@Component
class ReportTables {

  /** The reports, in the order the page and the workbook show them. */
  static final List<String> REPORTS =
      List.of("returns", "stages", "reintegration", "authorities", "work");

  /** Each report's tables, in order, and the record type of their rows. */
  static final Map<String, Map<String, Class<? extends Record>>> SHAPES = shapes();

  private static Map<String, Map<String, Class<? extends Record>>> shapes() {
    Map<String, Map<String, Class<? extends Record>>> shapes = new LinkedHashMap<>();
    Map<String, Class<? extends Record>> returns = new LinkedHashMap<>();
    for (String table :
        List.of("months", "byCountry", "byProgramme", "bySex", "byAgeBand", "byVulnerability")) {
      returns.put(table, Reports.Counts.class);
    }
    shapes.put("returns", returns);
    shapes.put(
        "stages",
        ordered("stages", Reports.Stage.class, "serviceLevels", Reports.ServiceLevel.class));
    Map<String, Class<? extends Record>> reintegration = new LinkedHashMap<>();
    reintegration.put("grants", ReintegrationFigures.Grants.class);
    reintegration.put("grantsByComponent", ReintegrationFigures.ComponentGrants.class);
    reintegration.put("survey", ReintegrationFigures.Survey.class);
    reintegration.put("closuresByReason", ReintegrationFigures.Closures.class);
    shapes.put("reintegration", reintegration);
    shapes.put(
        "authorities",
        ordered(
            "requests",
            AuthorityFigures.Requests.class,
            "outages",
            AuthorityFigures.Outages.class));
    shapes.put(
        "work",
        ordered("queues", WorkWaiting.Queue.class, "incidents", WorkWaiting.Incidents.class));
    return shapes;
  }

  private static Map<String, Class<? extends Record>> ordered(
      String first,
      Class<? extends Record> firstType,
      String second,
      Class<? extends Record> secondType) {
    Map<String, Class<? extends Record>> tables = new LinkedHashMap<>();
    tables.put(first, firstType);
    tables.put(second, secondType);
    return tables;
  }

  /**
   * One table: its rows are records of one type, whose fields are its columns, headed in the
   * reader's language (the fields' names where none is given).
   */
  record Table(Class<? extends Record> type, List<? extends Record> rows, List<String> headings) {

    Table(Class<? extends Record> type, List<? extends Record> rows) {
      this(
          type,
          rows,
          java.util.Arrays.stream(type.getRecordComponents())
              .map(java.lang.reflect.RecordComponent::getName)
              .toList());
    }
  }

  private final Reports reports;
  private final ReintegrationFigures reintegration;
  private final AuthorityFigures authorities;
  private final WorkWaiting work;

  ReportTables(
      Reports reports,
      ReintegrationFigures reintegration,
      AuthorityFigures authorities,
      WorkWaiting work) {
    this.reports = reports;
    this.reintegration = reintegration;
    this.authorities = authorities;
    this.work = work;
  }

  /**
   * The tables of {@code report} in {@code language}, the first being the one a CSV without {@code
   * table} gives. The work report is as it stands now and ignores the period.
   */
  Map<String, Table> of(String report, ReportFilter filter, Instant now, String language) {
    Map<String, List<? extends Record>> rows = new LinkedHashMap<>();
    switch (report) {
      case "returns" -> {
        Reports.Returns returns = reports.returns(filter, language);
        rows.put("months", returns.months());
        rows.put("byCountry", returns.byCountry());
        rows.put("byProgramme", returns.byProgramme());
        rows.put("bySex", returns.bySex());
        rows.put("byAgeBand", returns.byAgeBand());
        rows.put("byVulnerability", returns.byVulnerability());
      }
      case "stages" -> {
        Reports.StageTimes times = reports.stageTimes(filter, language);
        rows.put("stages", times.stages());
        rows.put("serviceLevels", times.serviceLevels());
      }
      case "reintegration" -> {
        ReintegrationFigures.Reintegration figures = reintegration.of(filter, now, language);
        rows.put("grants", figures.grants());
        rows.put("grantsByComponent", figures.grantsByComponent());
        rows.put("survey", figures.survey());
        rows.put("closuresByReason", figures.closuresByReason());
      }
      case "authorities" -> {
        AuthorityFigures.Authorities figures = authorities.of(filter, language);
        rows.put("requests", figures.requests());
        rows.put("outages", figures.outages());
      }
      case "work" -> {
        WorkWaiting.Work waiting = work.now(now, language);
        rows.put("queues", waiting.queues());
        rows.put("incidents", waiting.incidents());
      }
      default ->
          throw new ReportFilter.Invalid(
              Message.of("report.invalid.noReport", cut(report), String.join(", ", REPORTS)));
    }
    Map<String, Table> tables = new LinkedHashMap<>();
    rows.forEach(
        (table, found) -> {
          Class<? extends Record> type = SHAPES.get(report).get(table);
          tables.put(table, new Table(type, found, headings(table, type, language)));
        });
    return tables;
  }

  /** The columns' headings of a table of rows of {@code type}, in {@code language}. */
  static List<String> headings(String table, Class<? extends Record> type, String language) {
    return java.util.Arrays.stream(type.getRecordComponents())
        .map(column -> ReportWords.heading(table, column.getName(), language))
        .toList();
  }

  /** One table of a report: {@code table} null for its first. */
  Table one(String report, String table, ReportFilter filter, Instant now, String language) {
    Map<String, Table> tables = of(report, filter, now, language);
    if (table == null) {
      return tables.values().iterator().next();
    }
    Table found = tables.get(table);
    if (found == null) {
      throw new ReportFilter.Invalid(
          Message.of(
              "report.invalid.noTable", report, cut(table), String.join(", ", tables.keySet())));
    }
    return found;
  }

  static String cut(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
