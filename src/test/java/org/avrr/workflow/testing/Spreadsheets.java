package org.avrr.workflow.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** A downloaded spreadsheet (XLSX) read back as a spreadsheet program shows it: text per cell. */
public final class Spreadsheets {

  private Spreadsheets() {}

  /** Sheet name → rows → cells' text ("" for an empty cell), sheets in the book's order. */
  public static Map<String, List<List<String>>> read(byte[] xlsx) throws IOException {
    Map<String, List<List<String>>> book = new LinkedHashMap<>();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Sheet sheet : workbook.getSheets().toList()) {
        List<List<String>> rows = new ArrayList<>();
        try (Stream<Row> stream = sheet.openStream()) {
          for (Row row : stream.toList()) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getCellCount(); c++) {
              Cell cell = row.getCell(c);
              cells.add(cell == null ? "" : cell.getText());
            }
            rows.add(cells);
          }
        }
        book.put(sheet.getName(), rows);
      }
    }
    return book;
  }
}
