package org.avrr.workflow.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.avrr.workflow.testing.Spreadsheets;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** A report's spreadsheet opens as its tables: numbers as numbers, text never run as a formula. */
class XlsxWorkbooksTest {

  record Row1(String name, long cases, BigDecimal paid, Double share, Instant since) {}

  @Test
  void tablesBecomeSheetsWithTypedCellsAndTextStaysText() throws Exception {
    Map<String, ReportTables.Table> sheets = new LinkedHashMap<>();
    sheets.put(
        "byCountry",
        new ReportTables.Table(
            Row1.class,
            List.of(
                new Row1(
                    "IQ", 3, new BigDecimal("1500.50"), 0.5, Instant.parse("2026-03-01T09:30:00Z")),
                new Row1("=HYPERLINK(\"http://x\")", 0, null, null, null)),
            List.of("Страна", "Дел", "Выплачено", "Доля", "С")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XlsxWorkbooks.write(
        out, "О таблице", Map.of("Отчёт", "returns"), sheets, ZoneId.of("Europe/Minsk"));

    Map<String, List<List<String>>> book = Spreadsheets.read(out.toByteArray());
    assertThat(book.keySet()).containsExactly("О таблице", "byCountry");
    assertThat(book.get("О таблице")).containsExactly(List.of("Отчёт", "returns"));
    assertThat(book.get("byCountry").get(0))
        .containsExactly("Страна", "Дел", "Выплачено", "Доля", "С");
    assertThat(book.get("byCountry").get(1).subList(0, 4))
        .containsExactly("IQ", "3", "1500.50", "0.5");

    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      List<Row> rows = workbook.getSheets().toList().get(1).read();
      assertThat(rows.get(1).getCell(1).getType()).isEqualTo(CellType.NUMBER);
      // 09:30 UTC is 12:30 in Minsk, as a date the spreadsheet shows as one.
      assertThat(rows.get(1).getCell(4).asDate()).isEqualTo("2026-03-01T12:30");
      assertThat(rows.get(2).getCell(0).getType()).isEqualTo(CellType.STRING);
      assertThat(rows.get(2).getCell(0).getText()).isEqualTo("=HYPERLINK(\"http://x\")");
    }
  }

  @Test
  void sheetNamesAreThoseExcelAcceptsAndUnique() {
    Set<String> taken = new HashSet<>();
    assertThat(XlsxWorkbooks.unique("reintegration closuresByReason", taken))
        .isEqualTo("reintegration closuresByReason");
    assertThat(XlsxWorkbooks.unique("a/b:c*d?e[f]", taken)).isEqualTo("a b c d e f");
    String longName = "x".repeat(40);
    assertThat(XlsxWorkbooks.unique(longName, taken)).hasSize(31);
    assertThat(XlsxWorkbooks.unique(longName, taken)).hasSize(31).endsWith(" 2");
  }
}
