package org.avrr.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's figures, each measured once per run, written as {@code results.csv} (one line per
 * run and figure) and {@code results.md} (median (min–max) over the runs, the target and whether it
 * is met), with the machine and the commit they were measured on.
 */
final class Results {

  /** A figure: its value in each run; a target, where the issue sets one. */
  record Figure(
      String section,
      String name,
      String subject,
      String unit,
      List<Double> values,
      Target target) {

    double median() {
      return Stats.median(values);
    }
  }

  /** What a figure's median must not exceed (or, {@code atLeast}, fall below). */
  record Target(double bound, boolean atLeast, String text) {
    static Target atMost(double bound, String text) {
      return new Target(bound, false, text);
    }

    static Target atLeast(double bound, String text) {
      return new Target(bound, true, text);
    }

    boolean met(double value) {
      return atLeast ? value >= bound : value <= bound;
    }
  }

  private final List<Figure> figures = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final String options;

  Results(String options) {
    this.options = options;
  }

  synchronized Figure add(
      String section,
      String name,
      String subject,
      String unit,
      List<Double> values,
      Target target) {
    Figure figure = new Figure(section, name, subject, unit, List.copyOf(values), target);
    figures.add(figure);
    return figure;
  }

  synchronized void note(String note) {
    notes.add(note);
  }

  synchronized List<Figure> figures() {
    return List.copyOf(figures);
  }

  void write(Path directory) throws IOException {
    Files.createDirectories(directory);
    StringBuilder csv = new StringBuilder("section,figure,subject,unit,run,value\n");
    for (Figure figure : figures()) {
      for (int run = 0; run < figure.values().size(); run++) {
        csv.append(
                String.join(
                    ",",
                    quote(figure.section()),
                    quote(figure.name()),
                    quote(figure.subject()),
                    quote(figure.unit()),
                    Integer.toString(run + 1),
                    number(figure.values().get(run))))
            .append('\n');
      }
    }
    Files.writeString(directory.resolve("results.csv"), csv);

    StringBuilder md = new StringBuilder("# avrr-workflow benchmark\n\n");
    md.append("- when: ").append(Instant.now()).append('\n');
    md.append("- commit: ").append(Machine.commit()).append('\n');
    md.append("- machine: ").append(Machine.describe()).append('\n');
    md.append("- options: `").append(options).append("`\n\n");
    md.append("Each figure: median (min–max) over the runs.\n");
    String section = null;
    for (Figure figure : figures()) {
      if (!figure.section().equals(section)) {
        section = figure.section();
        md.append("\n## ").append(section).append("\n\n");
        md.append("| figure | of | median (min–max) | runs | target | met |\n");
        md.append("| --- | --- | --- | --- | --- | --- |\n");
      }
      md.append("| ")
          .append(figure.name())
          .append(" | ")
          .append(figure.subject())
          .append(" | ")
          .append(summary(figure))
          .append(" | ")
          .append(figure.values().size())
          .append(" | ")
          .append(figure.target() == null ? "" : figure.target().text())
          .append(" | ")
          .append(
              figure.target() == null
                  ? ""
                  : figure.target().met(figure.median()) ? "yes" : "**no**")
          .append(" |\n");
    }
    if (!notes.isEmpty()) {
      md.append("\n## Notes\n\n");
      notes.forEach(note -> md.append("- ").append(note).append('\n'));
    }
    Files.writeString(directory.resolve("results.md"), md);
  }

  static String summary(Figure figure) {
    String unit = figure.unit().isEmpty() ? "" : " " + figure.unit();
    if (figure.values().size() == 1) {
      return number(figure.values().get(0)) + unit;
    }
    return number(figure.median())
        + unit
        + " ("
        + number(Stats.min(figure.values()))
        + "–"
        + number(Stats.max(figure.values()))
        + ")";
  }

  static String number(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e12) {
      return Long.toString((long) value);
    }
    return String.format(
        Locale.ROOT,
        Math.abs(value) >= 100 ? "%.0f" : Math.abs(value) >= 10 ? "%.1f" : "%.2f",
        value);
  }

  private static String quote(String text) {
    return text.contains(",") || text.contains("\"")
        ? "\"" + text.replace("\"", "\"\"") + "\""
        : text;
  }
}
