package org.avrr.workflow.reports;

import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * A table of records as CSV (RFC 4180, UTF-8, header = the table's headings, in the reader's
 * language), for a spreadsheet: every value quoted where it must be, and a value a spreadsheet
 * would run as a formula (starting with =, +, -, @) made plain text.
 */
final class CsvTables {

  private CsvTables() {}

  static String of(ReportTables.Table table) {
    StringBuilder csv = new StringBuilder();
    RecordComponent[] columns = table.type().getRecordComponents();
    List<String> headings = table.headings();
    for (int i = 0; i < columns.length; i++) {
      csv.append(i == 0 ? "" : ",").append(cell(headings.get(i)));
    }
    csv.append("\r\n");
    for (Record row : table.rows()) {
      for (int i = 0; i < columns.length; i++) {
        Object value;
        try {
          value = columns[i].getAccessor().invoke(row);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
        csv.append(i == 0 ? "" : ",").append(value == null ? "" : cell(String.valueOf(value)));
      }
      csv.append("\r\n");
    }
    return csv.toString();
  }

  static String cell(String value) {
    String text = value;
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !isNumber(text)) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }

  private static boolean isNumber(String text) {
    return text.matches("-?\\d+(\\.\\d+)?");
  }
}
