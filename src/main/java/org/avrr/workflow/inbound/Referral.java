package org.avrr.workflow.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A sending mission's referral of a Belarus national coming home
 * (docs/api/avrr-referrals.openapi.yaml): the case summary, the flight and the needs, read from
 * JSON and checked field by field, every problem named. {@link #variables()} are the new inbound
 * case's variables.
 */
public record Referral(String reference, Map<String, Object> variables) {

  static final Set<String> SEXES = Set.of("F", "M", "X");
  static final Set<String> DOCUMENT_TYPES =
      Set.of("PASSPORT", "NATIONAL_ID", "TRAVEL_DOCUMENT", "CERTIFICATE_OF_RETURN");
  private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/_.-]{0,63}");
  private static final Pattern FLIGHT = Pattern.compile("[A-Za-z0-9 ]{2,10}");
  private static final Pattern AIRPORT = Pattern.compile("[A-Z]{3}");
  private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[A-Za-z0-9]{5,20}");
  private static final Pattern PROGRAMME = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

  /** The referral cannot open a case; every reason, for the sending mission's system. */
  public static final class InvalidReferralException extends RuntimeException {
    private final List<String> problems;

    InvalidReferralException(List<String> problems) {
      super(String.join("; ", problems));
      this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
      return problems;
    }
  }

  /**
   * @param today the office's today: a flight that has already landed is not a referral
   * @param todayNote how a refusal for {@code today} names it ({@code OfficeCalendar#todayNote})
   */
  public static Referral read(JsonNode body, LocalDate today, String todayNote) {
    Reader in = new Reader(body);
    Map<String, Object> v = new LinkedHashMap<>();
    String reference = in.text("reference", REFERENCE, 64, true);

    v.put("givenNames", in.text("returnee.givenNames", null, 100, true));
    v.put("surname", in.text("returnee.surname", null, 100, true));
    LocalDate born = in.date("returnee.dateOfBirth", true);
    if (born != null && !born.isBefore(today)) {
      in.problem("returnee.dateOfBirth must be in the past (" + todayNote + ")");
    }
    v.put("dateOfBirth", born == null ? null : born.toString());
    v.put("sex", in.oneOf("returnee.sex", SEXES, true));
    String citizenship = in.text("returnee.citizenship", null, 2, true);
    if (citizenship != null && !"BY".equals(citizenship)) {
      in.problem("returnee.citizenship must be BY: the inbound case is for Belarus nationals");
    }
    v.put("citizenship", citizenship);
    v.put("documentType", in.oneOf("returnee.documentType", DOCUMENT_TYPES, false));
    v.put("documentNumber", in.text("returnee.documentNumber", DOCUMENT_NUMBER, 20, false));
    v.put("phone", in.text("returnee.phone", null, 30, false));
    v.put("placeOfReturn", in.text("returnee.placeOfReturn", null, 100, true));

    Integer adults = in.count("household.adults");
    Integer minors = in.count("household.minors");
    if (adults != null && minors != null && adults + minors < 1) {
      in.problem("household must count at least the returnee");
    }
    v.put("householdAdults", adults == null ? null : adults.longValue());
    v.put("householdMinors", minors == null ? null : minors.longValue());

    v.put("flightNumber", in.text("flight.flightNumber", FLIGHT, 10, true));
    v.put("departureAirport", in.text("flight.departureAirport", AIRPORT, 3, true));
    LocalDate departs = in.date("flight.departureDate", true);
    LocalDate lands = in.date("flight.arrivalDate", true);
    if (departs != null && departs.isBefore(today)) {
      in.problem("flight.departureDate cannot be in the past (" + todayNote + ")");
    }
    if (departs != null && lands != null && lands.isBefore(departs)) {
      in.problem("flight.arrivalDate cannot be before flight.departureDate");
    }
    v.put("departureDate", departs == null ? null : departs.toString());
    v.put("arrivalDate", lands == null ? null : lands.toString());
    v.put("arrivalTime", in.time("flight.arrivalTime"));

    v.put("meetAndGreet", in.flag("needs.meetAndGreet", true));
    v.put("onwardTransportTo", in.text("needs.onwardTransportTo", null, 100, false));
    v.put("temporaryAccommodationNeeded", in.flag("needs.temporaryAccommodation", false));
    boolean medical = in.flag("needs.medicalCare", false);
    v.put("medicalCareNeeded", medical);
    v.put("medicalNeeds", medical);
    String medicalNotes = in.text("needs.medicalNotes", null, 1000, medical);
    v.put("medicalNotes", medicalNotes == null ? "none" : medicalNotes);
    v.put("returneeVulnerable", in.flag("needs.vulnerable", false));
    String notes = in.text("needs.notes", null, 2000, false);
    v.put("referralNotes", notes == null ? "none" : notes);

    v.put("reintegrationProgramme", in.text("programme", PROGRAMME, 40, true));
    if (!Boolean.TRUE.equals(in.flagOrNull("consentToShareData"))) {
      in.problem(
          "consentToShareData must be true: the returnee's consent to share this referral with"
              + " IOM Belarus for reception and reintegration");
    }
    if (!in.problems.isEmpty()) {
      throw new InvalidReferralException(in.problems);
    }
    v.values().removeIf(java.util.Objects::isNull);
    return new Referral(reference, v);
  }

  /** Reads dotted paths from the body, adding a problem in words for each thing wrong. */
  private static final class Reader {
    private final JsonNode body;
    private final List<String> problems = new ArrayList<>();

    Reader(JsonNode body) {
      this.body = body;
    }

    void problem(String message) {
      problems.add(message);
    }

    private JsonNode node(String path) {
      JsonNode node = body;
      for (String part : path.split("\\.")) {
        node = node == null ? null : node.get(part);
      }
      return node == null || node.isNull() ? null : node;
    }

    String text(String path, Pattern pattern, int maxLength, boolean required) {
      JsonNode node = node(path);
      if (node == null || (node.isTextual() && node.asText().isBlank())) {
        if (required) {
          problem(path + " is required");
        }
        return null;
      }
      if (!node.isTextual()) {
        problem(path + " must be a string");
        return null;
      }
      String text = node.asText().strip();
      if (text.length() > maxLength) {
        problem(path + " must be at most " + maxLength + " characters");
        return null;
      }
      if (pattern != null && !pattern.matcher(text).matches()) {
        problem(path + " is not in the expected format");
        return null;
      }
      return text;
    }

    String oneOf(String path, Set<String> values, boolean required) {
      String text = text(path, null, 40, required);
      if (text != null && !values.contains(text)) {
        problem(path + " must be one of " + new java.util.TreeSet<>(values));
        return null;
      }
      return text;
    }

    LocalDate date(String path, boolean required) {
      String text = text(path, null, 10, required);
      if (text == null) {
        return null;
      }
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        problem(path + " must be a date (YYYY-MM-DD)");
        return null;
      }
    }

    String time(String path) {
      String text = text(path, null, 5, true);
      if (text == null) {
        return null;
      }
      try {
        return LocalTime.parse(text).toString();
      } catch (DateTimeParseException e) {
        problem(path + " must be a time (HH:MM)");
        return null;
      }
    }

    Integer count(String path) {
      JsonNode node = node(path);
      if (node == null) {
        problem(path + " is required");
        return null;
      }
      if (!node.isIntegralNumber() || node.asInt() < 0 || node.asInt() > 20) {
        problem(path + " must be a whole number from 0 to 20");
        return null;
      }
      return node.asInt();
    }

    boolean flag(String path, boolean absent) {
      Boolean value = flagOrNull(path);
      return value == null ? absent : value;
    }

    Boolean flagOrNull(String path) {
      JsonNode node = node(path);
      if (node == null) {
        return null;
      }
      if (!node.isBoolean()) {
        problem(path + " must be true or false");
        return null;
      }
      return node.asBoolean();
    }
  }
}
