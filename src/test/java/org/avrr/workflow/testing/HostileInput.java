package org.avrr.workflow.testing;

import java.util.List;

/**
 * What the bad-input tests send in place of a value (BadInputIT over HTTP, FormBadInputTest against
 * every form): empty and huge text, control characters and Unicode edge cases, HTML and script,
 * SQL, and expressions for every language the engine speaks, none of which may ever be evaluated.
 */
public final class HostileInput {

  /** The variable an evaluated expression would set: it must never exist. */
  public static final String PWNED = "pwnedByInput";

  private HostileInput() {}

  /** Text a person or a system might type or paste, or an attacker send. */
  public static final List<String> TEXT =
      List.of(
          "",
          " ",
          "\t\n\r",
          "a".repeat(101),
          "a".repeat(5_000),
          "x".repeat(200_000),
          "\u0000",
          "Rahimi\u0000admin",
          "\u0007\u001b[31mred\u001b[0m",
          "\u202eimihaR",
          "Ra\u200bhimi",
          "Рахими",
          "رحيمي",
          "😀🇮🇶",
          "e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301",
          "\ud800",
          "\uffff\ufffe",
          "<script>alert(1)</script>",
          "<img src=x onerror=alert(1)>",
          "\"><svg onload=alert(1)>",
          "javascript:alert(1)",
          "' OR '1'='1",
          "'; DROP TABLE ACT_RU_TASK; --",
          "1; SELECT pg_sleep(10)",
          "${execution.setVariable('" + PWNED + "', true)}",
          "#{execution.setVariable('" + PWNED + "', true)}",
          "${''.getClass().forName('java.lang.Runtime').getRuntime().exec('id')}",
          "= execution.setVariable(\"" + PWNED + "\", true)",
          "{{7*7}}",
          "%{7*7}",
          "../../../../etc/passwd",
          "%00%0d%0a",
          "NaN",
          "-1",
          "1e309",
          "9999-99-99",
          "2026-02-30",
          "0000-01-01",
          "true",
          "null",
          "[]",
          "{}");
}
