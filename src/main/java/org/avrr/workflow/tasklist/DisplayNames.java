package org.avrr.workflow.tasklist;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.avrr.workflow.identity.IdentityProperties;
import org.avrr.workflow.identity.MissionDirectory;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Words for the codes a case keeps (IQ, mission-deu, STARTHILFE_PLUS), so that a form's summary
 * reads "citizen of Iraq · referred by IOM Germany" instead of codes. Set on each task at its
 * creation as task variables of their own ({@code countryOfReturnName}, ...), which the forms'
 * texts show; the codes stay what the processes and rules read.
 */
final class DisplayNames {

  /** The reintegration programmes of decision reintegration-grant-ceiling. */
  private static final Map<String, String> PROGRAMMES =
      Map.of(
          "STARTHILFE_PLUS", "StarthilfePlus (Germany)",
          "REAG_GARP", "REAG/GARP",
          "NL_REINTEGRATION", "Netherlands reintegration support",
          "BELARUS_AVRR", "IOM Belarus AVRR");

  private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

  private static final String COUNTRY_OF_RETURN = "countryOfReturn";
  private static final String CITIZENSHIP = "citizenship";
  private static final String SENDING_MISSION_NAME = "sendingMissionName";
  private static final String PROGRAMME_NAME = "reintegrationProgrammeName";

  /** The task variables this sets, as the forms' texts name them. */
  static final Set<String> VARIABLES =
      Set.of(
          COUNTRY_OF_RETURN + "Name", CITIZENSHIP + "Name", SENDING_MISSION_NAME, PROGRAMME_NAME);

  private final MissionDirectory missions;

  DisplayNames(MissionDirectory missions) {
    this.missions = missions;
  }

  void label(DelegateTask task) {
    country(task, COUNTRY_OF_RETURN);
    country(task, CITIZENSHIP);
    text(task, "sendingMissionGroup")
        .flatMap(missions::byGroup)
        .map(IdentityProperties.Mission::name)
        .ifPresent(name -> task.setVariableLocal(SENDING_MISSION_NAME, name));
    text(task, "reintegrationProgramme")
        .map(code -> PROGRAMMES.getOrDefault(code, code))
        .ifPresent(name -> task.setVariableLocal(PROGRAMME_NAME, name));
  }

  /** "IQ" is shown "Iraq"; a code Java does not know is shown as it is. */
  static String countryName(String code) {
    if (!ISO_COUNTRIES.contains(code)) {
      return code;
    }
    return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
  }

  private static void country(DelegateTask task, String variable) {
    text(task, variable)
        .ifPresent(code -> task.setVariableLocal(variable + "Name", countryName(code)));
  }

  private static Optional<String> text(DelegateTask task, String variable) {
    return Optional.ofNullable(task.getVariable(variable))
        .map(Object::toString)
        .filter(value -> !value.isBlank());
  }
}
