package org.avrr.workflow.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The IOM missions abroad the office works with, found by the country a case names. */
@Component
public class MissionDirectory {

  private final IdentityProperties properties;

  public MissionDirectory(IdentityProperties properties) {
    this.properties = properties;
  }

  public List<IdentityProperties.Mission> all() {
    return properties.missions();
  }

  /** The mission whose Tasklist group this is (e.g. mission-deu), if it is a mission's group. */
  public Optional<IdentityProperties.Mission> byGroup(String group) {
    return properties.missions().stream()
        .filter(mission -> AvrrGroups.missionGroup(mission.code()).equals(group))
        .findFirst();
  }

  /** The mission in a country, by ISO 3166 alpha-2 code (e.g. IQ). */
  public Optional<IdentityProperties.Mission> inCountry(String countryCode) {
    return properties.missions().stream()
        .filter(mission -> mission.country() != null && mission.country().equals(countryCode))
        .findFirst();
  }
}
