package org.avrr.workflow.reports;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Every report as the tables a spreadsheet holds, by name in the order a reader expects them: the
 * one place that says which tables a report has, for the CSV of one table, the workbook of a report
 * and the monthly mail's workbook of them all.
 */
@Component
class ReportTables {

  /** The reports, in the order the page and the workbook show them. */
  static final List<String> REPORTS =
      List.of("returns", "stages", "reintegration", "authorities", "work");

  /** One table: its rows are records of one type, whose fields are its columns. */
  record Table(Class<? extends Record> type, List<? extends Record> rows) {}

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
   * The tables of {@code report}, the first being the one a CSV without {@code table} gives. The
   * work report is as it stands now and ignores the period.
   */
  Map<String, Table> of(String report, ReportFilter filter, Instant now) {
    Map<String, Table> tables = new LinkedHashMap<>();
    switch (report) {
      case "returns" -> {
        Reports.Returns returns = reports.returns(filter);
        tables.put("months", new Table(Reports.Counts.class, returns.months()));
        tables.put("byCountry", new Table(Reports.Counts.class, returns.byCountry()));
        tables.put("byProgramme", new Table(Reports.Counts.class, returns.byProgramme()));
        tables.put("bySex", new Table(Reports.Counts.class, returns.bySex()));
        tables.put("byAgeBand", new Table(Reports.Counts.class, returns.byAgeBand()));
        tables.put("byVulnerability", new Table(Reports.Counts.class, returns.byVulnerability()));
      }
      case "stages" -> {
        Reports.StageTimes times = reports.stageTimes(filter);
        tables.put("stages", new Table(Reports.Stage.class, times.stages()));
        tables.put("serviceLevels", new Table(Reports.ServiceLevel.class, times.serviceLevels()));
      }
      case "reintegration" -> {
        ReintegrationFigures.Reintegration figures = reintegration.of(filter, now);
        tables.put("grants", new Table(ReintegrationFigures.Grants.class, figures.grants()));
        tables.put(
            "grantsByComponent",
            new Table(ReintegrationFigures.ComponentGrants.class, figures.grantsByComponent()));
        tables.put("survey", new Table(ReintegrationFigures.Survey.class, figures.survey()));
        tables.put(
            "closuresByReason",
            new Table(ReintegrationFigures.Closures.class, figures.closuresByReason()));
      }
      case "authorities" -> {
        AuthorityFigures.Authorities figures = authorities.of(filter);
        tables.put("requests", new Table(AuthorityFigures.Requests.class, figures.requests()));
        tables.put("outages", new Table(AuthorityFigures.Outages.class, figures.outages()));
      }
      case "work" -> {
        WorkWaiting.Work waiting = work.now(now);
        tables.put("queues", new Table(WorkWaiting.Queue.class, waiting.queues()));
        tables.put("incidents", new Table(WorkWaiting.Incidents.class, waiting.incidents()));
      }
      default ->
          throw new ReportFilter.Invalid(
              "no report '" + cut(report) + "': " + String.join(", ", REPORTS));
    }
    return tables;
  }

  /** One table of a report: {@code table} null for its first. */
  Table one(String report, String table, ReportFilter filter, Instant now) {
    Map<String, Table> tables = of(report, filter, now);
    if (table == null) {
      return tables.values().iterator().next();
    }
    Table found = tables.get(table);
    if (found == null) {
      throw new ReportFilter.Invalid(
          "the "
              + report
              + " report has no table '"
              + cut(table)
              + "': "
              + String.join(", ", tables.keySet()));
    }
    return found;
  }

  static String cut(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
