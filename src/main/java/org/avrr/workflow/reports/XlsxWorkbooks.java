package org.avrr.workflow.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Report tables as one spreadsheet (XLSX): a first sheet saying what it is (report, period,
 * filters, when made), then one sheet per table, its header the table's headings in bold, numbers
 * as numbers and times as times, so a manager sums and charts them without converting anything.
 * Text goes in as text (a value like "=1+1" stays text: the format stores it as a string, never as
 * a formula).
 */
final class XlsxWorkbooks {

  /** Excel's limit on a sheet's name. */
  private static final int SHEET_NAME_LIMIT = 31;

  private XlsxWorkbooks() {}

  /**
   * Writes {@code sheets} (name → table, in order) after a first sheet named {@code aboutName} of
   * {@code about} (label → value). Times are shown in {@code zone}, the office's.
   */
  static void write(
      OutputStream out,
      String aboutName,
      Map<String, String> about,
      Map<String, ReportTables.Table> sheets,
      ZoneId zone)
      throws IOException {
    Workbook workbook = new Workbook(out, "avrr-workflow", "1.0");
    Set<String> names = new HashSet<>();
    Worksheet first = workbook.newWorksheet(unique(aboutName, names));
    int row = 0;
    for (Map.Entry<String, String> line : about.entrySet()) {
      first.value(row, 0, line.getKey());
      first.style(row, 0).bold().set();
      first.value(row, 1, line.getValue());
      row++;
    }
    first.width(0, 22);
    first.width(1, 60);
    for (Map.Entry<String, ReportTables.Table> sheet : sheets.entrySet()) {
      table(workbook.newWorksheet(unique(sheet.getKey(), names)), sheet.getValue(), zone);
    }
    workbook.finish();
  }

  private static void table(Worksheet sheet, ReportTables.Table table, ZoneId zone) {
    RecordComponent[] columns = table.type().getRecordComponents();
    for (int c = 0; c < columns.length; c++) {
      String heading = table.headings().get(c);
      sheet.value(0, c, heading);
      sheet.style(0, c).bold().fillColor("DDEBF7").set();
      sheet.width(c, Math.max(12, Math.min(45, heading.length() + 4)));
    }
    List<? extends Record> rows = table.rows();
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < columns.length; c++) {
        cell(sheet, r + 1, c, read(columns[c], rows.get(r)), zone);
      }
    }
    sheet.freezePane(0, 1);
  }

  private static void cell(Worksheet sheet, int row, int column, Object value, ZoneId zone) {
    if (value == null) {
      return;
    }
    if (value instanceof BigDecimal decimal) {
      sheet.value(row, column, decimal);
    } else if (value instanceof Number number) {
      sheet.value(row, column, number);
    } else if (value instanceof Boolean yes) {
      sheet.value(row, column, yes);
    } else if (value instanceof Instant instant) {
      sheet.value(row, column, LocalDateTime.ofInstant(instant, zone));
      sheet.style(row, column).format("yyyy-mm-dd hh:mm").set();
    } else {
      sheet.value(row, column, String.valueOf(value));
    }
  }

  private static Object read(RecordComponent column, Record row) {
    try {
      return column.getAccessor().invoke(row);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A sheet name Excel accepts: at most 31 characters, none of []:*?/\, unique in the book. */
  static String unique(String wanted, Set<String> taken) {
    String base = wanted.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
    if (base.isEmpty()) {
      base = "Sheet";
    }
    base = base.length() > SHEET_NAME_LIMIT ? base.substring(0, SHEET_NAME_LIMIT) : base;
    String name = base;
    for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
      String suffix = " " + n;
      name =
          base.substring(0, Math.min(base.length(), SHEET_NAME_LIMIT - suffix.length())) + suffix;
    }
    return name;
  }
}
