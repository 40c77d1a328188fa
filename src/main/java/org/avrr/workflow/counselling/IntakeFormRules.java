package org.avrr.workflow.counselling;

import static org.avrr.workflow.counselling.IntakeCounsellingProcess.APPLICATION_DATE;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.CONSENT_BY_PROXY;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.CONSENT_GIVEN;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.CONSENT_TYPE;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.DATA_CONSENT;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.DATE_OF_ARRIVAL;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.DATE_OF_BIRTH;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.DECLARATION_BY_PROXY;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.DECLARATION_DATE;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.DECLARATION_FORM;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.DECLARATION_SIGNED;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.FIRST_CONTACT_DATE;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.RETURN_DECLARATION;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.SESSION_DATE;

import java.time.LocalDate;
import java.util.Optional;
import org.avrr.workflow.common.OfficeCalendar;
import org.avrr.workflow.forms.DateChecks;
import org.avrr.workflow.forms.FormRule;
import org.avrr.workflow.forms.FormSubmission;
import org.avrr.workflow.i18n.Message;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Business rules of the intake and counselling forms, beyond what each form declares: dates that
 * make sense together, and a guardian for every child.
 */
@Configuration(proxyBeanMethods = false)
public class IntakeFormRules {

  /** Nobody registered is older than this; an older date of birth is a typing error. */
  static final int MAX_AGE = 120;

  @Bean
  public FormRule registrationRules(OfficeCalendar calendar) {
    return FormRule.of(
        IntakeCounsellingProcess.FORM_REGISTRATION,
        submission -> {
          DateChecks dates = new DateChecks(calendar);
          dates.notInFuture(submission, DATE_OF_BIRTH);
          dates.notInFuture(submission, DATE_OF_ARRIVAL);
          dates.notInFuture(submission, APPLICATION_DATE);
          dates.notBefore(submission, DATE_OF_ARRIVAL, DATE_OF_BIRTH, "date.bound.dateOfBirth");
          dates.notBefore(
              submission, APPLICATION_DATE, DATE_OF_ARRIVAL, "date.bound.dateOfArrival");
          submission
              .date(DATE_OF_BIRTH)
              .filter(born -> calendar.ageOn(born, calendar.today()) > MAX_AGE)
              .ifPresent(
                  born -> submission.reject(DATE_OF_BIRTH, Message.of("intake.bornTooLongAgo")));
        });
  }

  @Bean
  public FormRule dataConsentRules(OfficeCalendar calendar) {
    return FormRule.of(
        IntakeCounsellingProcess.FORM_DATA_CONSENT,
        submission -> {
          DateChecks dates = new DateChecks(calendar);
          dates.notInFuture(submission, FIRST_CONTACT_DATE);
          dates.notBefore(
              submission, FIRST_CONTACT_DATE, APPLICATION_DATE, "date.bound.applicationDate");
          boolean consentGiven =
              submission.value(DATA_CONSENT).filter(CONSENT_GIVEN::equals).isPresent();
          if (consentGiven
              && isMinor(submission, calendar)
              && !submission.value(CONSENT_TYPE).filter(CONSENT_BY_PROXY::equals).isPresent()) {
            submission.reject(CONSENT_TYPE, Message.of("intake.minorConsentByGuardian"));
          }
        });
  }

  @Bean
  public FormRule counsellingSessionRules(OfficeCalendar calendar) {
    return FormRule.of(
        IntakeCounsellingProcess.FORM_COUNSELLING_SESSION,
        submission -> {
          DateChecks dates = new DateChecks(calendar);
          dates.notInFuture(submission, SESSION_DATE);
          dates.notBefore(submission, SESSION_DATE, APPLICATION_DATE, "date.bound.applicationDate");
        });
  }

  @Bean
  public FormRule returnDeclarationRules(OfficeCalendar calendar) {
    return FormRule.of(
        IntakeCounsellingProcess.FORM_RETURN_DECLARATION,
        submission -> {
          DateChecks dates = new DateChecks(calendar);
          dates.notInFuture(submission, DECLARATION_DATE);
          dates.notBefore(
              submission, DECLARATION_DATE, APPLICATION_DATE, "date.bound.applicationDate");
          boolean signed =
              submission.value(RETURN_DECLARATION).filter(DECLARATION_SIGNED::equals).isPresent();
          if (signed
              && isMinor(submission, calendar)
              && !submission
                  .value(DECLARATION_FORM)
                  .filter(DECLARATION_BY_PROXY::equals)
                  .isPresent()) {
            submission.reject(DECLARATION_FORM, Message.of("intake.minorDeclarationByGuardian"));
          }
        });
  }

  private static boolean isMinor(FormSubmission submission, OfficeCalendar calendar) {
    Optional<LocalDate> born = submission.date(DATE_OF_BIRTH);
    return born.isPresent() && calendar.isMinorToday(born.get());
  }
}
