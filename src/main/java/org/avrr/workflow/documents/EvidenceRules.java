package org.avrr.workflow.documents;

import static org.avrr.workflow.counselling.IntakeCounsellingProcess.CONSENT_BY_PROXY;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.CONSENT_GIVEN;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.CONSENT_TYPE;
import static org.avrr.workflow.counselling.IntakeCounsellingProcess.DATA_CONSENT;
import static org.avrr.workflow.reintegration.ReintegrationProcess.EVIDENCE_TYPE;

import java.util.List;
import java.util.Optional;
import org.avrr.workflow.counselling.IntakeCounsellingProcess;
import org.avrr.workflow.forms.FormRule;
import org.avrr.workflow.forms.FormSubmission;
import org.avrr.workflow.i18n.Message;
import org.avrr.workflow.reintegration.ReintegrationProcess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tasks that cannot be completed on a user's word alone: the paper must be in the case file,
 * attached at the task itself ("Attach documents" above the form in Tasklist, or its Documents
 * tab), before the form is accepted. An instalment is paid against its receipt, invoice or
 * hand-over certificate (whichever the form says is the evidence); a child's consent is given by a
 * guardian, whose signed consent is attached.
 */
@Configuration(proxyBeanMethods = false)
class EvidenceRules {

  @Bean
  FormRule instalmentEvidenceRule(CaseDocuments documents) {
    return FormRule.of(
        ReintegrationProcess.FORM_INSTALMENT_PAYMENT,
        submission ->
            kindOf(submission.value(EVIDENCE_TYPE))
                .ifPresent(
                    evidence ->
                        requireAttached(
                            submission,
                            documents,
                            evidence,
                            EVIDENCE_TYPE.name(),
                            Message.of(
                                "evidence.attach",
                                Message.of("evidence.kind." + evidence.name())))));
  }

  @Bean
  FormRule guardianConsentEvidenceRule(CaseDocuments documents) {
    return FormRule.of(
        IntakeCounsellingProcess.FORM_DATA_CONSENT,
        submission -> {
          boolean byGuardian =
              submission.value(DATA_CONSENT).filter(CONSENT_GIVEN::equals).isPresent()
                  && submission.value(CONSENT_TYPE).filter(CONSENT_BY_PROXY::equals).isPresent();
          if (byGuardian) {
            requireAttached(
                submission,
                documents,
                DocumentKind.GUARDIAN_CONSENT,
                CONSENT_TYPE.name(),
                Message.of("evidence.guardianConsent"));
          }
        });
  }

  private static void requireAttached(
      FormSubmission submission,
      CaseDocuments documents,
      DocumentKind kind,
      String field,
      Message message) {
    // A start form has no task to attach at; the rules above guard task forms only.
    submission
        .taskId()
        .filter(taskId -> !documents.addedAt(taskId, List.of(kind)))
        .ifPresent(taskId -> submission.reject(field, message));
  }

  private static Optional<DocumentKind> kindOf(Optional<String> value) {
    return value.flatMap(
        name -> {
          try {
            return Optional.of(DocumentKind.valueOf(name));
          } catch (IllegalArgumentException notAKind) {
            return Optional.empty(); // the form's own options reject it
          }
        });
  }
}
