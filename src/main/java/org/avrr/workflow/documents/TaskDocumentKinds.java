package org.avrr.workflow.documents;

import static org.avrr.workflow.documents.DocumentKind.CONSENT;
import static org.avrr.workflow.documents.DocumentKind.EMERGENCY_TRAVEL_DOCUMENT;
import static org.avrr.workflow.documents.DocumentKind.EXIT_CLEARANCE_LETTER;
import static org.avrr.workflow.documents.DocumentKind.FITNESS_TO_TRAVEL;
import static org.avrr.workflow.documents.DocumentKind.GUARDIAN_CONSENT;
import static org.avrr.workflow.documents.DocumentKind.HANDOVER_CERTIFICATE;
import static org.avrr.workflow.documents.DocumentKind.INVOICE;
import static org.avrr.workflow.documents.DocumentKind.MONITORING_REPORT;
import static org.avrr.workflow.documents.DocumentKind.PASSPORT;
import static org.avrr.workflow.documents.DocumentKind.PHOTO;
import static org.avrr.workflow.documents.DocumentKind.RECEIPT;
import static org.avrr.workflow.documents.DocumentKind.RETURN_DECLARATION;
import static org.avrr.workflow.documents.DocumentKind.TICKET;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.avrr.workflow.counselling.IntakeCounsellingProcess;
import org.avrr.workflow.predeparture.PreDepartureProcess;
import org.avrr.workflow.reintegration.ReintegrationProcess;
import org.avrr.workflow.travel.TravelProcess;

/**
 * The documents each task of the case is where they belong (the list: consent, declaration,
 * travel document, emergency travel document, the paper exit clearance, booking, fitness to travel,
 * instalment payment, monitoring visit). The task's Documents tab offers these first; any kind may
 * be added at any task.
 */
final class TaskDocumentKinds {

  private static final Map<String, List<DocumentKind>> EXPECTED =
      Map.ofEntries(
          Map.entry(
              IntakeCounsellingProcess.TASK_RECORD_FIRST_CONTACT,
              List.of(CONSENT, GUARDIAN_CONSENT)),
          Map.entry(
              IntakeCounsellingProcess.TASK_SIGN_RETURN_DECLARATION,
              List.of(RETURN_DECLARATION, GUARDIAN_CONSENT)),
          Map.entry(
              PreDepartureProcess.TASK_CHECK_TRAVEL_DOCUMENT,
              List.of(PASSPORT, EMERGENCY_TRAVEL_DOCUMENT)),
          Map.entry(
              PreDepartureProcess.TASK_RECORD_EMBASSY_ANSWER, List.of(EMERGENCY_TRAVEL_DOCUMENT)),
          Map.entry(
              PreDepartureProcess.TASK_RECORD_PAPER_EXIT_CLEARANCE, List.of(EXIT_CLEARANCE_LETTER)),
          Map.entry(PreDepartureProcess.TASK_CONFIRM_FITNESS_TO_TRAVEL, List.of(FITNESS_TO_TRAVEL)),
          Map.entry(TravelProcess.TASK_BOOK_JOURNEY, List.of(TICKET)),
          Map.entry(
              ReintegrationProcess.TASK_PAY_INSTALMENT,
              List.of(RECEIPT, INVOICE, HANDOVER_CERTIFICATE)),
          Map.entry(ReintegrationProcess.TASK_MONITOR_RETURNEE, List.of(MONITORING_REPORT, PHOTO)));

  private TaskDocumentKinds() {}

  /** The kinds expected at a task, in the order offered; none for a task not in the list. */
  static Set<DocumentKind> expectedAt(String taskDefinitionKey) {
    return new LinkedHashSet<>(EXPECTED.getOrDefault(taskDefinitionKey, List.of()));
  }
}
