package org.avrr.workflow.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs bpmnlint (recommended rules + camunda-compat/camunda-platform-7-24, see .bpmnlintrc) on
 * processes/*.bpmn with the versions pinned in tools/bpmn/package-lock.json. Needs Node.js: without
 * it the test is skipped with a printed reason, except under CI=true, where it must run.
 */
class BpmnLintTest {

  private static final Path TOOLS = Path.of("tools", "bpmn");

  @Test
  void everyProcessPassesBpmnlint() throws Exception {
    if (!onPath("npm")) {
      String reason = "Node.js/npm is not installed, so bpmnlint cannot run (README, Testing)";
      if ("true".equals(System.getenv("CI"))) {
        throw new IllegalStateException(reason + "; CI must run it");
      }
      System.out.println("SKIPPED: " + reason);
      Assumptions.abort(reason);
    }
    // Also when the office's own rules (tools/bpmn/bpmnlint-plugin-avrr) are new to this checkout.
    if (!Files.isDirectory(TOOLS.resolve("node_modules/bpmnlint"))
        || !Files.isDirectory(TOOLS.resolve("node_modules/bpmnlint-plugin-avrr"))) {
      assertThat(run(TOOLS, List.of("npm", "ci", "--no-audit", "--no-fund")).exitCode)
          .as("npm ci in tools/bpmn")
          .isZero();
    }
    List<String> command = new ArrayList<>();
    command.add(TOOLS.resolve("node_modules/.bin/bpmnlint").toAbsolutePath().toString());
    try (Stream<Path> models = Files.list(Path.of("processes"))) {
      models
          .filter(p -> p.toString().endsWith(".bpmn"))
          .sorted()
          .forEach(p -> command.add(p.toString()));
    }

    Result lint = run(Path.of("."), command);

    assertThat(lint.exitCode).as("bpmnlint found problems:%n%s", lint.output).isZero();
    assertThat(lint.output).doesNotContain("error");
  }

  private record Result(int exitCode, String output) {}

  private static Result run(Path directory, List<String> command) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
    // bpmnlint resolves its plugin from the working directory; point it at tools/bpmn.
    builder
        .environment()
        .put("NODE_PATH", TOOLS.resolve("node_modules").toAbsolutePath().toString());
    java.lang.Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException(String.join(" ", command) + " did not finish in 5 minutes");
    }
    return new Result(process.exitValue(), output);
  }

  private static boolean onPath(String program) throws IOException {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String directory : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(directory, program))) {
        return true;
      }
    }
    return false;
  }
}
