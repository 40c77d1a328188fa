package org.avrr.workflow.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.avrr.workflow.identity.IdentityProperties;
import org.avrr.workflow.inbound.Referral;
import org.avrr.workflow.inbound.ReferralIntake;

/**
 * The referral intake without its database and the inbound process: keeps what it was given and
 * answers with case numbers of its own, one per mission reference, as the real one does.
 */
public final class FakeReferralIntake extends ReferralIntake {

  private final Map<String, String> casesByReference = new LinkedHashMap<>();
  private final List<Referral> opened = new ArrayList<>();

  public FakeReferralIntake() {
    super(null, null, null);
  }

  @Override
  public Optional<String> caseOf(String missionCode, String reference) {
    return Optional.ofNullable(casesByReference.get(missionCode + "/" + reference));
  }

  @Override
  public Outcome open(IdentityProperties.Mission mission, Referral referral) {
    String key = mission.code() + "/" + referral.reference();
    String known = casesByReference.get(key);
    if (known != null) {
      return new Outcome(known, false);
    }
    String caseNumber = String.format("BY-2026-%06d", 900_001 + casesByReference.size());
    casesByReference.put(key, caseNumber);
    opened.add(referral);
    return new Outcome(caseNumber, true);
  }

  @Override
  public void forgetReferenceOf(String caseNumber) {
    casesByReference.values().removeIf(caseNumber::equals);
  }

  /** Registers a reference as if another registration had opened it a moment ago. */
  public void alreadyOpened(String missionCode, String reference, String caseNumber) {
    casesByReference.put(missionCode + "/" + reference, caseNumber);
  }

  /** Forgets everything: the intake is shared by the engine's form rules for a whole class. */
  public void clear() {
    casesByReference.clear();
    opened.clear();
  }

  public List<Referral> opened() {
    return opened;
  }
}
