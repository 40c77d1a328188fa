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
import org.avrr.workflow.i18n.Languages;
import org.avrr.workflow.i18n.Message;

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

  /**
   * What is wrong with the referral at {@code path} (e.g. {@code returnee.dateOfBirth}), in words
   * chosen when the reader is known: a mission's system reads "returnee.dateOfBirth is required",
   * an officer registering a mailed referral the form's field and the words in their language.
   */
  public record Problem(String path, Message words) {

    /** As a mission's system reads it: the path, then the words in English. */
    @Override
    public String toString() {
      return path + " " + words.in(Languages.ENGLISH);
    }
  }

  /** The referral cannot open a case; every reason, for the sending mission's system. */
  public static final class InvalidReferralException extends RuntimeException {
    private final List<Problem> problems;

    InvalidReferralException(List<Problem> problems) {
      super(String.join("; ", problems.stream().map(Problem::toString).toList()));
      this.problems = List.copyOf(problems);
    }

    /** Every problem as a mission's system reads it, in English. */
    public List<String> problems() {
      return problems.stream().map(Problem::toString).toList();
    }

    /** Every problem, worded when its reader is known. */
    public List<Problem> found() {
      return problems;
    }
  }

  /**
   * @param today the office's today: a flight that has already landed is not a referral
   * @param todayNote how a refusal for {@code today} names it ({@code OfficeCalendar#todayWords})
   */
  public static Referral read(JsonNode body, LocalDate today, Message todayNote) {
    Reader in = new Reader(body);
    Map<String, Object> v = new LinkedHashMap<>();
    String reference = in.text("reference", REFERENCE, 64, true);

    v.put("givenNames", in.text("returnee.givenNames", null, 100, true));
    v.put("surname", in.text("returnee.surname", null, 100, true));
    LocalDate born = in.date("returnee.dateOfBirth", true);
    if (born != null && !born.isBefore(today)) {
      in.problem("returnee.dateOfBirth", Message.of("referral.problem.bornInPast", todayNote));
    }
    v.put("dateOfBirth", born == null ? null : born.toString());
    v.put("sex", in.oneOf("returnee.sex", SEXES, true));
    String citizenship = in.text("returnee.citizenship", null, 2, true);
    if (citizenship != null && !"BY".equals(citizenship)) {
      in.problem("returnee.citizenship", Message.of("referral.problem.belarusian"));
    }
    v.put("citizenship", citizenship);
    v.put("documentType", in.oneOf("returnee.documentType", DOCUMENT_TYPES, false));
    v.put("documentNumber", in.text("returnee.documentNumber", DOCUMENT_NUMBER, 20, false));
    v.put("phone", in.text("returnee.phone", null, 30, false));
    v.put("placeOfReturn", in.text("returnee.placeOfReturn", null, 100, true));

    Integer adults = in.count("household.adults");
    Integer minors = in.count("household.minors");
    if (adults != null && minors != null && adults + minors < 1) {
      in.problem("household", Message.of("referral.problem.household"));
    }
    v.put("householdAdults", adults == null ? null : adults.longValue());
    v.put("householdMinors", minors == null ? null : minors.longValue());

    v.put("flightNumber", in.text("flight.flightNumber", FLIGHT, 10, true));
    v.put("departureAirport", in.text("flight.departureAirport", AIRPORT, 3, true));
    LocalDate departs = in.date("flight.departureDate", true);
    LocalDate lands = in.date("flight.arrivalDate", true);
    if (departs != null && departs.isBefore(today)) {
      in.problem("flight.departureDate", Message.of("referral.problem.departurePast", todayNote));
    }
    if (departs != null && lands != null && lands.isBefore(departs)) {
      in.problem("flight.arrivalDate", Message.of("referral.problem.arrivalBeforeDeparture"));
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
      in.problem("consentToShareData", Message.of("referral.problem.consent"));
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
    private final List<Problem> problems = new ArrayList<>();

    Reader(JsonNode body) {
      this.body = body;
    }

    void problem(String path, Message words) {
      problems.add(new Problem(path, words));
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
          problem(path, Message.of("referral.problem.required"));
        }
        return null;
      }
      if (!node.isTextual()) {
        problem(path, Message.of("referral.problem.notString"));
        return null;
      }
      String text = node.asText().strip();
      if (text.length() > maxLength) {
        problem(path, Message.of("referral.problem.tooLong", maxLength));
        return null;
      }
      if (pattern != null && !pattern.matcher(text).matches()) {
        problem(path, Message.of("referral.problem.format"));
        return null;
      }
      return text;
    }

    String oneOf(String path, Set<String> values, boolean required) {
      String text = text(path, null, 40, required);
      if (text != null && !values.contains(text)) {
        problem(path, Message.of("referral.problem.oneOf", new java.util.TreeSet<>(values)));
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
        problem(path, Message.of("referral.problem.date"));
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
        problem(path, Message.of("referral.problem.time"));
        return null;
      }
    }

    Integer count(String path) {
      JsonNode node = node(path);
      if (node == null) {
        problem(path, Message.of("referral.problem.required"));
        return null;
      }
      if (!node.isIntegralNumber() || node.asInt() < 0 || node.asInt() > 20) {
        problem(path, Message.of("referral.problem.count"));
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
        problem(path, Message.of("referral.problem.flag"));
        return null;
      }
      return node.asBoolean();
    }
  }
}
