package org.avrr.workflow.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The Tasklist form "Register a referral received by mail" as the referral a mission's system posts
 * (docs/api/avrr-referrals.openapi.yaml), so both are read and checked by {@link Referral#read}
 * alike; and each of its problems back to the form field it is about.
 */
final class ReferralForm {

  /** Referral path to form field. The citizenship is not asked: inbound cases are for BY. */
  private static final Map<String, String> FIELDS = new LinkedHashMap<>();

  static {
    FIELDS.put("reference", ReferralRegistrationProcess.MISSION_REFERENCE.name());
    FIELDS.put("returnee.givenNames", "givenNames");
    FIELDS.put("returnee.surname", "surname");
    FIELDS.put("returnee.dateOfBirth", "dateOfBirth");
    FIELDS.put("returnee.sex", "sex");
    FIELDS.put("returnee.documentType", "documentType");
    FIELDS.put("returnee.documentNumber", "documentNumber");
    FIELDS.put("returnee.phone", "phone");
    FIELDS.put("returnee.placeOfReturn", "placeOfReturn");
    FIELDS.put("household.adults", "householdAdults");
    FIELDS.put("household.minors", "householdMinors");
    FIELDS.put("flight.flightNumber", "flightNumber");
    FIELDS.put("flight.departureAirport", "departureAirport");
    FIELDS.put("flight.departureDate", "departureDate");
    FIELDS.put("flight.arrivalDate", "arrivalDate");
    FIELDS.put("flight.arrivalTime", "arrivalTime");
    FIELDS.put("needs.meetAndGreet", "meetAndGreet");
    FIELDS.put("needs.onwardTransportTo", "onwardTransportTo");
    FIELDS.put("needs.temporaryAccommodation", "temporaryAccommodation");
    FIELDS.put("needs.medicalCare", "medicalCare");
    FIELDS.put("needs.medicalNotes", "medicalNotes");
    FIELDS.put("needs.vulnerable", "vulnerable");
    FIELDS.put("needs.notes", "referralNotes");
    FIELDS.put("programme", "programme");
    FIELDS.put("consentToShareData", "consentToShareData");
    // A problem about the household as a whole is shown at its first field.
    FIELDS.put("household", "householdAdults");
  }

  private ReferralForm() {}

  /** The form's values (by field key, as submitted) as a referral body. */
  static JsonNode body(Function<String, Object> values) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    FIELDS.forEach(
        (path, key) -> {
          if (!path.equals("household")) {
            put(body, path, values.apply(key));
          }
        });
    put(body, "returnee.citizenship", "BY");
    return body;
  }

  static Referral read(
      Function<String, Object> values, LocalDate today, org.avrr.workflow.i18n.Message todayNote) {
    return Referral.read(body(values), today, todayNote);
  }

  /** The form field a problem at referral {@code path} is about (else the mission's reference). */
  static String fieldOf(String path) {
    return FIELDS.getOrDefault(path, ReferralRegistrationProcess.MISSION_REFERENCE.name());
  }

  private static void put(ObjectNode body, String path, Object value) {
    if (value == null || (value instanceof String text && text.isBlank())) {
      return;
    }
    String[] parts = path.split("\\.");
    ObjectNode node = body;
    for (int i = 0; i < parts.length - 1; i++) {
      node = node.has(parts[i]) ? (ObjectNode) node.get(parts[i]) : node.putObject(parts[i]);
    }
    String name = parts[parts.length - 1];
    if (value instanceof Boolean flag) {
      node.put(name, flag);
    } else if (value instanceof Number number
        && number.doubleValue() == Math.rint(number.doubleValue())) {
      // form-js sends whole numbers as 1 or 1.0: both are a count
      node.put(name, number.longValue());
    } else if (value instanceof Number number) {
      node.put(name, number.doubleValue());
    } else {
      node.put(name, value.toString());
    }
  }
}
