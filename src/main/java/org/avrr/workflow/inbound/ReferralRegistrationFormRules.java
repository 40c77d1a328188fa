package org.avrr.workflow.inbound;

import static org.avrr.workflow.inbound.ReferralRegistrationProcess.MISSION_REFERENCE;
import static org.avrr.workflow.inbound.ReferralRegistrationProcess.SENDING_MISSION_CODE;

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
                        missions.all().stream()
                            .map(m -> m.code() + " " + m.name(submission.language()))
                            .toList())));
          }
          try {
            ReferralForm.read(submission::value, calendar.today(), calendar.todayWords());
          } catch (Referral.InvalidReferralException invalid) {
            for (Referral.Problem problem : invalid.found()) {
              // The same check as a mission's posted referral, at the form's field, in the
              // officer's language.
              submission.reject(ReferralForm.fieldOf(problem.path()), problem.words());
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
