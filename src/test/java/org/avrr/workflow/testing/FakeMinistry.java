package org.avrr.workflow.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.avrr.workflow.authority.AuthorityUnavailableException;
import org.avrr.workflow.authority.migration.ExitClearanceRequest;
import org.avrr.workflow.authority.migration.MigrationAuthority;
import org.avrr.workflow.authority.migration.PersonNotFoundException;
import org.avrr.workflow.authority.migration.StatusCheckRequest;
import org.avrr.workflow.authority.migration.StatusCheckResult;
import org.avrr.workflow.authority.migration.StatusCheckResult.LegalStatus;

/**
 * The Ministry of Internal Affairs as process tests need it: told what to answer, and listening.
 */
public final class FakeMinistry implements MigrationAuthority {

  private enum Mode {
    ANSWER,
    NOT_FOUND,
    DOWN
  }

  private Mode mode = Mode.ANSWER;
  private StatusCheckResult answer = clear(LegalStatus.IRREGULAR_STAY);
  private final List<StatusCheckRequest> requests = new ArrayList<>();
  private final List<ExitClearanceRequest> exitClearanceRequests = new ArrayList<>();

  public static StatusCheckResult clear(LegalStatus status) {
    return new StatusCheckResult("MIA-TEST-1", status, false, false, false, false, Instant.now());
  }

  public FakeMinistry answers(StatusCheckResult result) {
    this.mode = Mode.ANSWER;
    this.answer = result;
    return this;
  }

  public FakeMinistry answersRemovalOrder() {
    return answers(
        new StatusCheckResult(
            "MIA-TEST-2", LegalStatus.IRREGULAR_STAY, false, true, false, false, Instant.now()));
  }

  public FakeMinistry knowsNobody() {
    this.mode = Mode.NOT_FOUND;
    return this;
  }

  public FakeMinistry isDown() {
    this.mode = Mode.DOWN;
    return this;
  }

  public List<StatusCheckRequest> requests() {
    return requests;
  }

  public List<ExitClearanceRequest> exitClearanceRequests() {
    return exitClearanceRequests;
  }

  /** Acknowledges, unless down; the decision is delivered by the test as the callback. */
  @Override
  public String requestExitClearance(ExitClearanceRequest request) {
    exitClearanceRequests.add(request);
    if (mode == Mode.DOWN) {
      throw new AuthorityUnavailableException("connection refused (test)");
    }
    return "MIA-XC-" + exitClearanceRequests.size();
  }

  @Override
  public StatusCheckResult checkStatus(StatusCheckRequest request) {
    requests.add(request);
    return switch (mode) {
      case ANSWER -> answer;
      case NOT_FOUND -> throw new PersonNotFoundException("no record (test)");
      case DOWN -> throw new AuthorityUnavailableException("connection refused (test)");
    };
  }
}
