package org.avrr.workflow.inbound;

import static org.avrr.workflow.inbound.ReferralRegistrationProcess.MISSION_REFERENCE;
import static org.avrr.workflow.inbound.ReferralRegistrationProcess.SENDING_MISSION_CODE;

import java.util.Map;
import java.util.Optional;
import org.avrr.workflow.common.OfficeCalendar;
import org.avrr.workflow.forms.FormRule;
import org.avrr.workflow.forms.FormSubmission;
import org.avrr.workflow.i18n.Message;
import org.avrr.workflow.identity.AvrrGroups;
import org.avrr.workflow.identity.IdentityProperties;
import org.avrr.workflow.identity.MissionDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "Register a referral received by mail" is checked exactly as a referral posted by a mission's
 * system (every problem at its field), for a mission this office works with, and once per mission
 * reference: a second registration names the case the first one opened.
 */
@Configuration(proxyBeanMethods = false)
public class ReferralRegistrationFormRules {

  @Bean
  public FormRule referralRegistrationRules(
      MissionDirectory missions, OfficeCalendar calendar, ReferralIntake intake) {
    return FormRule.of(
        ReferralRegistrationProcess.FORM,
        submission -> {
          Optional<IdentityProperties.Mission> mission = missionOf(submission, missions);
          if (submission.has(SENDING_MISSION_CODE) && mission.isEmpty()) {
            submission.reject(
                SENDING_MISSION_CODE,
                Message.of(
                    "referral.unknownMission",
                    String.join(
                        ", ",
                        missions.all().stream().map(m -> m.code() + " " + m.name()).toList())));
          }
          try {
            ReferralForm.read(submission::value, calendar.today(), calendar.todayNote());
          } catch (Referral.InvalidReferralException invalid) {
            for (String problem : invalid.problems()) {
              Map.Entry<String, String> field = ReferralForm.fieldOf(problem);
              // The referral's own check words its problems for missions' systems, in English.
              submission.reject(field.getKey(), Message.of("text.inEnglish", field.getValue()));
            }
          }
          mission.ifPresent(
              known ->
                  submission
                      .value(MISSION_REFERENCE)
                      .flatMap(reference -> intake.caseOf(known.code(), reference))
                      .ifPresent(
                          caseNumber ->
                              submission.reject(
                                  MISSION_REFERENCE,
                                  Message.of("referral.registeredBefore", caseNumber))));
        });
  }

  static Optional<IdentityProperties.Mission> missionOf(
      FormSubmission submission, MissionDirectory missions) {
    return submission
        .value(SENDING_MISSION_CODE)
        .flatMap(code -> missions.byGroup(AvrrGroups.missionGroup(code)));
  }
}
