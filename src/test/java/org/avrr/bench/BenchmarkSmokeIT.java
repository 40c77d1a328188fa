package org.avrr.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The benchmark, run small so that it cannot rot (docs/performance.md): one whole case per flow on
 * our application and on the reference, one start of each, a short surge, on H2. It checks that
 * every scenario ran through and wrote its figures, that the reference went the same way as ours,
 * and that nothing failed or was sent twice. It asserts no time: figures come from the real
 * benchmark, {@code ./mvnw -Pbench verify}.
 */
class BenchmarkSmokeIT {

  @Test
  void theBenchmarkRunsEveryScenarioAndWritesItsFigures() throws Exception {
    Path out = Path.of("target/bench-smoke").toAbsolutePath();
    Results results =
        Benchmark.run(
            Benchmark.Options.parse(
                new String[] {
                  "--db=h2",
                  "--scenarios=case-cost,startup,surge",
                  "--runs=1",
                  "--warmup=0",
                  "--cases=1",
                  "--startup-demo=false",
                  "--surge-burst-cases=4",
                  "--surge-burst-seconds=4",
                  "--surge-per-hour=2160",
                  "--surge-minutes=1",
                  "--surge-clients=2",
                  "--out=" + out
                }));

    assertThat(Files.readString(out.resolve("results.md")))
        .contains(CaseCost.SECTION)
        .contains(Startup.SECTION)
        .contains(Surge.SECTION);
    assertThat(Files.readAllLines(out.resolve("results.csv"))).hasSizeGreaterThan(20);
    assertThat(results.figures())
        .filteredOn(
            figure -> figure.name().startsWith("errors") || figure.name().startsWith("duplicate"))
        .isNotEmpty()
        .allSatisfy(
            figure ->
                assertThat(figure.values())
                    .as(figure.name() + " " + figure.subject())
                    .containsOnly(0.0));
    assertThat(results.figures())
        .filteredOn(
            figure -> figure.section().equals(CaseCost.SECTION) && figure.unit().equals("ms"))
        .allSatisfy(
            figure ->
                assertThat(figure.values()).allSatisfy(value -> assertThat(value).isPositive()));
  }
}
