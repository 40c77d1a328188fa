package org.avrr.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Our application with its own sandbox authorities (the embedded default): the sandbox Ministry
 * decides exit clearances and the sandbox Committee reports exits by itself, by callback, as the
 * real ones do; a walk only waits for the case to move on. With {@code mischief}, the fault suite's
 * partners also behave as partners do on a bad day while the case waits for their answer: the
 * Ministry sends its decision itself, early or at the same moment as its own system, twice, and
 * then a contradicting one; the Committee reports the exit twice and contradicts itself; another
 * mission tries to confirm the arrival of a case that is not its own. Each must get its contract's
 * answer — never a 5xx — and change nothing it should not.
 */
final class SandboxOffice implements Office {

  private final Ours ours;
  private final boolean mischief;
  private final Consumer<String> problems;

  SandboxOffice(OfficeHttp http) {
    this(http, false, problem -> {});
  }

  SandboxOffice(OfficeHttp http, boolean mischief, Consumer<String> problems) {
    this.ours = new Ours(http, null);
    this.mischief = mischief;
    this.problems = problems;
  }

  @Override
  public String name() {
    return "ours (sandbox)";
  }

  @Override
  public OfficeHttp http() {
    return ours.http();
  }

  @Override
  public ObjectNode startBody(ObjectNode variables) {
    return ours.startBody(variables);
  }

  @Override
  public String caseNumberOf(JsonNode startedInstance, ObjectNode startBody) {
    return ours.caseNumberOf(startedInstance, startBody);
  }

  @Override
  public String refer(String mission, String referralJson) {
    return ours.refer(mission, referralJson);
  }

  @Override
  public void answerExitClearance(String caseNumber) {
    // The sandbox Ministry posts its decision after avrr.sandbox.callback-delay.
    if (!mischief) {
      return;
    }
    String key = acceptedKey(caseNumber, "ministry.exit-clearance");
    String decision =
        """
        {"caseNumber":"%s","requestKey":"%s","reference":"%s","decision":"%s",%s\
        "decidedAt":"%s"}""";
    String reference = reference("MIA-", key);
    String cleared =
        decision.formatted(
            caseNumber, key, reference, "CLEARED", "", Instant.now().minusSeconds(60));
    String path = "/api/callbacks/migration-authority/exit-clearance";
    post("ministry", path, cleared, Set.of(200, 202), "the Ministry's decision, early", caseNumber);
    post("ministry", path, cleared, Set.of(200, 202), "the Ministry's decision again", caseNumber);
    String refused =
        decision.formatted(
            caseNumber,
            key,
            reference,
            "REFUSED",
            "\"refusalReason\":\"PENDING_COURT_CASE\",",
            Instant.now().minusSeconds(30));
    post("ministry", path, refused, Set.of(409), "a contradicting decision", caseNumber);
  }

  @Override
  public void reportExit(String caseNumber) {
    // The sandbox Committee posts its exit report after avrr.sandbox.callback-delay.
    if (!mischief) {
      return;
    }
    String key = acceptedKey(caseNumber, "border.departure-notification");
    String report =
        """
        {"caseNumber":"%s","requestKey":"%s","reference":"%s","outcome":"%s",\
        "crossingPoint":"MINSK_NATIONAL_AIRPORT","recordedAt":"%s"}""";
    String reference = reference("SBC-", key);
    String path = "/api/callbacks/border-authority/departure";
    String recorded =
        report.formatted(
            caseNumber, key, reference, "EXIT_RECORDED", Instant.now().minusSeconds(60));
    post("sbc", path, recorded, Set.of(200, 202), "the exit report", caseNumber);
    post("sbc", path, recorded, Set.of(200, 202), "the exit report again", caseNumber);
    post(
        "sbc",
        path,
        report.formatted(
            caseNumber, key, reference, "EXIT_REFUSED", Instant.now().minusSeconds(30)),
        Set.of(409),
        "a contradicting exit report",
        caseNumber);
    // The case returns to Iraq: IOM Germany may not confirm its arrival.
    post(
        "mission-deu",
        "/api/callbacks/mission-deu/arrival",
        """
        {"caseNumber":"%s","requestKey":"%s","outcome":"ARRIVED","arrivedOn":"%s"}"""
            .formatted(caseNumber, caseNumber + ":guess", CaseWalks.today()),
        Set.of(403),
        "another mission's arrival confirmation",
        caseNumber);
  }

  /** The idempotency key the sandbox accepted for the case's request at {@code touchpoint}. */
  private String acceptedKey(String caseNumber, String touchpoint) {
    return CaseWalks.await(
        touchpoint + " of " + caseNumber + " accepted",
        () -> {
          for (JsonNode accepted :
              http()
                  .adminGet(
                      "/sandbox/faults/accepted?case=" + OfficeHttp.encode(caseNumber + ":"),
                      "partner")) {
            if (accepted.path("touchpoint").asText().equals(touchpoint)) {
              return accepted.path("idempotencyKey").asText();
            }
          }
          return null;
        });
  }

  private void post(
      String party,
      String path,
      String body,
      Set<Integer> expected,
      String what,
      String caseNumber) {
    int status;
    String answer;
    try {
      JsonNode accepted = http().partnerPost(party, Ours.PARTNER_PASSWORD, path, body, "partner");
      status = accepted.path("status").asText().isEmpty() ? 200 : statusOf(accepted);
      answer = accepted.toString();
    } catch (OfficeHttp.CallFailed refused) {
      status = refused.status;
      answer = refused.getMessage();
    }
    if (!expected.contains(status)) {
      problems.accept(
          "case "
              + caseNumber
              + ": "
              + what
              + " answered "
              + status
              + " (expected "
              + expected
              + "): "
              + answer);
    }
  }

  /** Our callback answers carry their receipt; 2xx ones are 200 or 202 by it. */
  private static int statusOf(JsonNode accepted) {
    return List.of("STORED_UNTIL_CASE_WAITS").contains(accepted.path("status").asText())
        ? 202
        : 200;
  }

  /** The sandbox's reference for a request: {@code prefix} and ten hex digits of its key's hash. */
  static String reference(String prefix, String idempotencyKey) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
      return prefix + HexFormat.of().formatHex(hash, 0, 5).toUpperCase(Locale.ROOT);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
