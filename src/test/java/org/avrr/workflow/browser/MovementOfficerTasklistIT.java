package org.avrr.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.avrr.workflow.browser.CamundaForm.inOrder;

import java.time.LocalDate;
import java.time.ZoneId;
import org.avrr.workflow.inbound.ReferralRegistrationProcess;
import org.avrr.workflow.travel.TravelProcess;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * A movement officer books the journey of a case cleared to travel, and registers a referral a
 * sending mission sent by mail, in Tasklist.
 */
class MovementOfficerTasklistIT extends BrowserIT {

  @Test
  void aMovementOfficerBooksTheJourneyThroughItsForm() {
    String caseNumber = startCase("A" + (System.nanoTime() % 10_000_000L));
    walkToTravelBooking(caseNumber);
    LocalDate flightDay = LocalDate.now(ZoneId.of("Europe/Minsk")).plusDays(5);

    Browser browser = browser();
    Tasklist tasklist = Tasklist.logIn(browser, "movement-officer");
    tasklist.filter("My group's tasks").openTask(caseNumber, "Book the journey");
    browser.shot("book-the-journey-task");
    tasklist.claim();
    tasklist
        .form("travel-booking")
        .fill(
            inOrder(
                "flightNumber", "TK388",
                "bookingReference", "K7QX2P",
                "departureDate", flightDay,
                "departureTime", "06:40",
                "arrivalDate", flightDay,
                "arrivalTime", "14:05",
                "arrivalAirport", "EBL",
                "bookingNotes", "Via Istanbul; IOM Iraq meets him in Erbil."));
    browser.shot("booking-filled");
    tasklist.complete();
    browser.shot("booking-done");

    ProcessInstance travel =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(caseNumber)
            .processDefinitionKey(TravelProcess.KEY)
            .singleResult();
    assertThat(
            engine
                .getRuntimeService()
                .getVariable(travel.getId(), TravelProcess.FLIGHT_NUMBER.name()))
        .isEqualTo("TK388");
    // The itinerary goes to IOM Iraq and the Committee is notified, in the background.
    assertThat(
            engine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(travel.getId())
                .activityId(TravelProcess.TASK_MAIL_ITINERARY)
                .count())
        .isEqualTo(1);
  }

  @Test
  void aMovementOfficerRegistersAReferralReceivedByMailAndTheInboundCaseOpens() {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Minsk"));
    String reference = "DEU-MAIL-" + (System.nanoTime() % 1_000_000L);

    Browser browser = browser();
    Tasklist tasklist = Tasklist.logIn(browser, "movement-officer");
    CamundaForm form = tasklist.startForm("Register a mission's referral", "referral-registration");
    browser.shot("referral-form");
    form.fill(
        inOrder(
            "sendingMission", "deu",
            "missionReference", reference,
            "programme", "STARTHILFE_PLUS",
            "surname", "Shved",
            "givenNames", "Volha",
            "dateOfBirth", LocalDate.of(1993, 11, 5),
            "sex", "F",
            "documentType", "PASSPORT",
            "documentNumber", "MP7654321",
            "placeOfReturn", "Brest",
            "flightNumber", "LH1486",
            "departureAirport", "FRA",
            "departureDate", today.plusDays(4),
            "arrivalDate", today.plusDays(4),
            "arrivalTime", "15:40",
            "onwardTransportTo", "Brest",
            "consentToShareData", true));
    browser.shot("referral-filled");
    tasklist.start();

    String caseNumber =
        engine
            .getHistoryService()
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey(ReferralRegistrationProcess.KEY)
            .variableValueEquals("missionReference", reference)
            .singleResult()
            .getBusinessKey();
    assertThat(caseNumber).matches("BY-\\d{4}-\\d{6}");
    tasklist
        .filter("My group's tasks")
        .openTask(caseNumber, "Prepare the reception at Minsk airport");
    browser.sees("Volha Shved");
    browser.sees("referred by IOM Germany");
    browser.shot("reception-task-of-the-new-case");
  }
}
