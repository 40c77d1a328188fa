package org.avrr.workflow.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A CSV a spreadsheet opens as the table it is, headed in its reader's words, and never runs as a
 * formula.
 */
class CsvTablesTest {

  record Row(String name, long count, Double share) {}

  @Test
  void valuesAreQuotedWhereTheyMustBeAndFormulasAreMadeText() {
    String csv =
        CsvTables.of(
            new ReportTables.Table(
                Row.class,
                List.of(
                    new Row("plain", 3, 0.5),
                    new Row("with, comma", 0, null),
                    new Row("say \"hi\"", 1, 1.0),
                    new Row("=HYPERLINK(\"http://x\")", 2, -1.5),
                    new Row("-5", 4, 2.0)),
                List.of("Name, as said", "Count", "Доля")));

    assertThat(csv.split("\r\n"))
        .containsExactly(
            "\"Name, as said\",Count,Доля",
            "plain,3,0.5",
            "\"with, comma\",0,",
            "\"say \"\"hi\"\"\",1,1.0",
            "\"'=HYPERLINK(\"\"http://x\"\")\",2,-1.5",
            "-5,4,2.0");
  }
}
