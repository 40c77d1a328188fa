package org.avrr.workflow.eligibility;

import org.springframework.stereotype.Component;

/**
 * Configuration the eligibility model reads through expressions, e.g. {@code
 * ${eligibilitySettings.projectFundsAvailable()}} as an input of the eligibility rules.
 */
@Component("eligibilitySettings")
public class EligibilitySettings {

  private final EligibilityProperties properties;

  public EligibilitySettings(EligibilityProperties properties) {
    this.properties = properties;
  }

  public boolean projectFundsAvailable() {
    return properties.projectFundsAvailable();
  }
}
