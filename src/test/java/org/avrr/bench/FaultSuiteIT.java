package org.avrr.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fault suite, small (docs/reliability.md has the long run): whole cases of both flows on the
 * embedded default while its sandbox authorities and its mail server fail at random and the node is
 * killed and restarted mid-case. Every case ends, no authority is asked twice for one step, no
 * notice is mailed twice, no user action fails. And the same with two nodes on PostgreSQL (the
 * machine's, 127.0.0.1:5432), each killed once while the other goes on.
 */
class FaultSuiteIT {

  @Test
  void casesEndAndNothingIsLostOrSentTwiceWhileAuthoritiesFailAndTheNodeIsKilled()
      throws Exception {
    Path out = Path.of("target/fault-suite").toAbsolutePath();
    Apps.deleteTree(out);
    Benchmark.Options options =
        Benchmark.Options.parse(new String[] {"--db=h2", "--runs=1", "--out=" + out});
    Results results = new Results(options.describe());
    Benchmark.Bench bench =
        new Benchmark.Bench(options, new Apps(options.target(), out, Map.of()), results, null);

    Faults.Outcome outcome = Faults.measure(bench, out.resolve("work"), 6, 3, 1, 14);
    bench.log("fault suite: " + outcome);

    assertThat(outcome.problems()).as("what went wrong").isEmpty();
    assertThat(outcome.casesEnded()).as("cases at their end").isEqualTo(6);
    assertThat(outcome.faultsInjected()).as("faults injected").isPositive();
    assertThat(outcome.kills()).isEqualTo(1);
    assertThat(outcome.duplicateAuthorityRequests()).isZero();
    assertThat(outcome.duplicateNotices()).isZero();
    assertThat(outcome.notices()).as("notices mailed").isPositive();
    assertThat(outcome.failedUserActions()).isZero();
  }

  @Test
  void onTwoNodesSharingPostgresTheOtherGoesOnWhileOneIsKilledAndNothingIsLostOrSentTwice()
      throws Exception {
    Path out = Path.of("target/fault-suite-two-nodes").toAbsolutePath();
    Apps.deleteTree(out);
    Benchmark.Options options =
        Benchmark.Options.parse(new String[] {"--db=postgres", "--runs=1", "--out=" + out});
    Results results = new Results(options.describe());
    Benchmark.Bench bench =
        new Benchmark.Bench(options, new Apps(options.target(), out, Map.of()), results, null);

    Faults.Outcome outcome = Faults.measure(bench, out.resolve("work"), 8, 4, 2, 15);
    bench.log("fault suite, two nodes: " + outcome);

    assertThat(outcome.problems()).as("what went wrong").isEmpty();
    assertThat(outcome.casesEnded()).as("cases at their end").isEqualTo(8);
    assertThat(outcome.kills()).as("each node killed once").isEqualTo(2);
    assertThat(outcome.duplicateAuthorityRequests()).isZero();
    assertThat(outcome.duplicateNotices()).isZero();
    assertThat(outcome.notices()).as("notices mailed").isPositive();
    assertThat(outcome.failedUserActions()).isZero();
  }
}
