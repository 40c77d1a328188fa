package org.avrr.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** What the figures were measured on: the commit, the CPU, the cores, the memory, the JVM. */
final class Machine {

  private Machine() {}

  static String commit() {
    String head = run("git", "rev-parse", "--short=12", "HEAD");
    String dirty = run("git", "status", "--porcelain", "--untracked-files=no");
    return head.isEmpty()
        ? "unknown"
        : head + (dirty.isEmpty() ? "" : " (with uncommitted changes)");
  }

  static String describe() {
    String cpu = "unknown CPU";
    try {
      cpu =
          Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
              .filter(line -> line.startsWith("model name"))
              .map(line -> line.substring(line.indexOf(':') + 1).strip())
              .findFirst()
              .orElse(cpu);
    } catch (IOException notLinux) {
      // keep the default
    }
    long memoryGiB = 0;
    try {
      String total =
          Files.readAllLines(Path.of("/proc/meminfo")).stream()
              .filter(line -> line.startsWith("MemTotal"))
              .findFirst()
              .orElse("0");
      memoryGiB = Math.round(Long.parseLong(total.replaceAll("\\D", "")) / 1024.0 / 1024.0);
    } catch (IOException | NumberFormatException notLinux) {
      // keep 0
    }
    return Runtime.getRuntime().availableProcessors()
        + " cores ("
        + cpu
        + "), "
        + memoryGiB
        + " GiB, Java "
        + System.getProperty("java.version")
        + ", "
        + System.getProperty("os.name")
        + " "
        + System.getProperty("os.version");
  }

  private static String run(String... command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(process.getInputStream().readAllBytes()).strip();
      return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0 ? out : "";
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }
}
