package org.avrr.workflow.travel;

import static org.avrr.workflow.common.ProcessVariable.bool;
import static org.avrr.workflow.common.ProcessVariable.number;
import static org.avrr.workflow.common.ProcessVariable.string;

import org.avrr.workflow.common.ProcessVariable;

/** The travel process (processes/travel.bpmn): its ids, forms and variables. */
public final class TravelProcess {

  public static final String KEY = "travel";

  /**
   * The itinerary, the transit requests and the border notification meet here, each in a job of its
   * own (asyncBefore).
   */
  public static final String GATEWAY_BOOKING_NOTIFIED = "Gateway_BookingNotified";

  public static final String TASK_PLAN_ROUTE = "Task_PlanRoute";
  public static final String TASK_CHECK_ROUTE = "Task_CheckRoute";
  public static final String TASK_OBTAIN_TRANSIT_DOCUMENTS = "Task_ObtainTransitDocuments";
  public static final String TASK_BOOK_JOURNEY = "Task_BookJourney";
  public static final String TASK_CANCEL_BOOKING = "Task_CancelBooking";
  public static final String TASK_MAIL_ITINERARY = "Task_MailItinerary";
  public static final String TASK_MAIL_TRANSIT_CANCELLED = "Task_MailTransitCancelled";
  public static final String TASK_MAIL_JOURNEY_CANCELLED = "Task_MailJourneyCancelled";
  public static final String TASK_REQUEST_TRANSIT_ASSISTANCE = "Task_RequestTransitAssistance";
  public static final String TASK_NOTIFY_BORDER_AUTHORITY = "Task_NotifyBorderAuthority";
  public static final String TASK_WITHDRAW_BORDER_NOTIFICATION = "Task_WithdrawBorderNotification";
  public static final String TASK_PRE_EMBARKATION_CHECK = "Task_PreEmbarkationCheck";
  public static final String TASK_CONFIRM_DEPARTURE = "Task_ConfirmDeparture";
  public static final String BOUNDARY_EVENT_EXIT_RECORDED = "BoundaryEvent_ExitControlReported";
  public static final String EVENT_UNDO_FAILED_JOURNEY = "Event_UndoFailedJourney";
  public static final String EVENT_UNDO_AT_AIRPORT = "Event_UndoAtAirport";
  public static final String EVENT_UNDO_ON_WITHDRAWAL = "Event_UndoOnWithdrawal";
  public static final String EVENT_UNDO_FOR_CLOSURE = "Event_UndoForClosure";
  public static final String TASK_REVIEW_TRAVEL = "Task_ReviewFailedJourneys";
  public static final String END_EVENT_DEPARTED = "EndEvent_Departed";
  public static final String END_EVENT_WITHDRAWN_AT_AIRPORT = "EndEvent_WithdrawnAtAirport";
  public static final String END_EVENT_WITHDRAWN = "EndEvent_WithdrawnBeforeDeparture";
  public static final String END_EVENT_CLOSED_AFTER_REVIEW = "EndEvent_ClosedAfterTravelReview";

  public static final String MESSAGE_EXIT_CONTROL_REPORTED = "ExitControlReported";
  public static final String DECISION_TRAVEL_ROUTING = "travel-routing";

  public static final String FORM_TRAVEL_ROUTE = "travel-route";
  public static final String FORM_TRANSIT_DOCUMENTS = "transit-documents";
  public static final String FORM_TRAVEL_BOOKING = "travel-booking";
  public static final String FORM_BOOKING_CANCELLATION = "booking-cancellation";
  public static final String FORM_PRE_EMBARKATION_CHECK = "pre-embarkation-check";
  public static final String FORM_DEPARTURE_CONFIRMATION = "departure-confirmation";
  public static final String FORM_TRAVEL_REVIEW = "travel-review";

  // Route
  /** A {@link org.avrr.workflow.authority.border.CrossingPoint} name. */
  public static final ProcessVariable<String> EXIT_CROSSING_POINT = string("exitCrossingPoint");

  public static final ProcessVariable<Boolean> ENTERED_VISA_FREE = bool("enteredVisaFree");
  public static final ProcessVariable<String> TRANSIT_COUNTRY_1 = string("transitCountry1");
  public static final ProcessVariable<String> TRANSIT_COUNTRY_2 = string("transitCountry2");
  public static final ProcessVariable<Boolean> ROUTE_BLOCKED = bool("routeBlocked");

  /** The routing rules' findings, one per line, for the officer to read. */
  public static final ProcessVariable<String> ROUTE_FINDINGS = string("routeFindings");

  /** Codes of the transit documents the route needs, comma-separated; empty when none. */
  public static final ProcessVariable<String> TRANSIT_DOCUMENTS = string("transitDocuments");

  public static final ProcessVariable<Boolean> TRANSIT_DOCUMENTS_NEEDED =
      bool("transitDocumentsNeeded");
  public static final ProcessVariable<Boolean> TRANSIT_ASSISTANCE_NEEDED =
      bool("transitAssistanceNeeded");

  /** OBTAINED or REFUSED. */
  public static final ProcessVariable<String> TRANSIT_DOCUMENTS_OUTCOME =
      string("transitDocumentsOutcome");

  // Booking
  /** 1 for the first booking, incremented by every rebooking. */
  public static final ProcessVariable<Long> BOOKING_ATTEMPT = number("bookingAttempt");

  public static final ProcessVariable<String> FLIGHT_NUMBER = string("flightNumber");
  public static final ProcessVariable<String> DEPARTURE_DATE = string("departureDate");
  public static final ProcessVariable<String> DEPARTURE_TIME = string("departureTime");
  public static final ProcessVariable<String> ARRIVAL_DATE = string("arrivalDate");
  public static final ProcessVariable<String> ARRIVAL_TIME = string("arrivalTime");
  public static final ProcessVariable<String> BOOKING_REFERENCE = string("bookingReference");
  public static final ProcessVariable<Boolean> ESCORT_REQUIRED = bool("escortRequired");
  public static final ProcessVariable<Boolean> TRANSIT_ASSISTANCE_REQUESTED =
      bool("transitAssistanceRequested");

  // Border authority
  /** The idempotency key of the current departure notification; the exit report names it. */
  public static final ProcessVariable<String> DEPARTURE_NOTIFICATION_KEY =
      string("departureNotificationKey");

  public static final ProcessVariable<String> DEPARTURE_NOTIFICATION_REFERENCE =
      string("departureNotificationReference");

  /**
   * Why the travel arrangements are being undone: a {@link
   * org.avrr.workflow.authority.border.NotificationWithdrawal.Reason} name.
   */
  public static final ProcessVariable<String> TRAVEL_CANCELLATION_REASON =
      string("travelCancellationReason");

  // Airport
  /** READY_TO_BOARD, JOURNEY_POSTPONED or MIGRANT_WITHDREW. */
  public static final ProcessVariable<String> PRE_EMBARKATION_OUTCOME =
      string("preEmbarkationOutcome");

  public static final ProcessVariable<Boolean> FIT_TO_TRAVEL_CONFIRMED =
      bool("fitToTravelConfirmed");
  public static final ProcessVariable<Boolean> VOLUNTARINESS_RECONFIRMED =
      bool("voluntarinessReconfirmed");
  public static final ProcessVariable<Boolean> DOCUMENTS_HANDED_OVER =
      bool("documentsAndTicketHandedOver");

  /**
   * DEPARTED, FLIGHT_CANCELLED, MISSED_FLIGHT, BOARDING_DENIED or NO_SHOW: from the officer at the
   * airport or the border authority's exit report.
   */
  public static final ProcessVariable<String> DEPARTURE_OUTCOME = string("departureOutcome");

  /** BORDER_AUTHORITY or OFFICER_AT_AIRPORT. */
  public static final ProcessVariable<String> DEPARTURE_CONFIRMED_BY =
      string("departureConfirmedBy");

  public static final ProcessVariable<String> EXIT_RECORDED_ON = string("exitRecordedOn");
  public static final ProcessVariable<String> EXIT_CONTROL_REFERENCE =
      string("exitControlReference");

  /** REBOOK or CLOSE_CASE. */
  public static final ProcessVariable<String> TRAVEL_REVIEW_DECISION =
      string("travelReviewDecision");

  /** DEPARTED, WITHDRAWN or CLOSED: read by the outbound case. */
  public static final ProcessVariable<String> TRAVEL_OUTCOME = string("travelOutcome");

  public static final String CONFIRMED_BY_BORDER_AUTHORITY = "BORDER_AUTHORITY";

  private TravelProcess() {}
}
