package org.avrr.workflow.documents;

/** What a document of the case is, as the office files it. */
public enum DocumentKind {
  CONSENT("Signed consent"),
  RETURN_DECLARATION("Signed return declaration"),
  PASSPORT("Passport copy"),
  EMERGENCY_TRAVEL_DOCUMENT("Emergency travel document"),
  EXIT_CLEARANCE_LETTER("Exit clearance letter"),
  TICKET("Ticket or itinerary"),
  FITNESS_TO_TRAVEL("Medical fitness to travel"),
  GUARDIAN_CONSENT("Guardian's consent"),
  INVOICE("Invoice"),
  RECEIPT("Receipt"),
  HANDOVER_CERTIFICATE("Handover certificate"),
  MONITORING_REPORT("Monitoring report"),
  PHOTO("Photo"),
  OTHER("Other");

  private final String label;

  DocumentKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
