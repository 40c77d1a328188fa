package org.avrr.workflow.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.avrr.workflow.i18n.Message;
import org.avrr.workflow.inbound.Referral.InvalidReferralException;
import org.junit.jupiter.api.Test;

/** A sending mission's referral as its system posts it: read, or refused with every reason. */
class ReferralTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  static final String REFERRAL =
      """
      {"reference": "DEU-2026-0042",
       "returnee": {"givenNames": "Aliaksandr", "surname": "Kovalenko",
                    "dateOfBirth": "1988-09-02", "sex": "M", "citizenship": "BY",
                    "documentType": "PASSPORT", "documentNumber": "MP1234567",
                    "placeOfReturn": "Hrodna"},
       "household": {"adults": 1, "minors": 0},
       "flight": {"flightNumber": "LH1486", "departureAirport": "FRA",
                  "departureDate": "2026-11-30", "arrivalDate": "2026-11-30",
                  "arrivalTime": "15:40"},
       "needs": {"meetAndGreet": true, "onwardTransportTo": "Hrodna",
                 "temporaryAccommodation": false, "medicalCare": false, "vulnerable": false},
       "programme": "STARTHILFE_PLUS",
       "consentToShareData": true}""";

  @Test
  void aCompleteReferralBecomesTheVariablesOfTheNewCase() throws Exception {
    Referral referral =
        Referral.read(JSON.readTree(REFERRAL), TODAY, Message.of("calendar.today", "Minsk", TODAY));

    assertThat(referral.reference()).isEqualTo("DEU-2026-0042");
    assertThat(referral.variables())
        .containsEntry("surname", "Kovalenko")
        .containsEntry("citizenship", "BY")
        .containsEntry("householdAdults", 1L)
        .containsEntry("flightNumber", "LH1486")
        .containsEntry("arrivalTime", "15:40")
        .containsEntry("temporaryAccommodationNeeded", false)
        .containsEntry("medicalNotes", "none")
        .containsEntry("reintegrationProgramme", "STARTHILFE_PLUS")
        .doesNotContainKey("phone");
  }

  @Test
  void everyProblemIsNamedByItsField() throws Exception {
    ObjectNode body = (ObjectNode) JSON.readTree(REFERRAL);
    ((ObjectNode) body.get("returnee")).put("citizenship", "DE").remove("surname");
    ((ObjectNode) body.get("returnee")).put("sex", "unknown");
    ((ObjectNode) body.get("household")).put("adults", 0);
    ((ObjectNode) body.get("flight"))
        .put("departureDate", "2026-11-01")
        .put("arrivalDate", "31/10/2026")
        .put("arrivalTime", "25:00");
    ((ObjectNode) body.get("needs")).put("medicalCare", true);
    body.put("programme", "starthilfe plus").put("consentToShareData", false);

    assertThatThrownBy(
            () -> Referral.read(body, TODAY, Message.of("calendar.today", "Minsk", TODAY)))
        .isInstanceOfSatisfying(
            InvalidReferralException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "returnee.surname is required",
                        "returnee.sex must be one of [F, M, X]",
                        "returnee.citizenship must be BY: the inbound case is for Belarus"
                            + " nationals",
                        "household must count at least the returnee",
                        "flight.arrivalDate must be a date (YYYY-MM-DD)",
                        "flight.departureDate cannot be in the past (today in Minsk is "
                            + TODAY
                            + ")",
                        "flight.arrivalTime must be a time (HH:MM)",
                        "needs.medicalNotes is required",
                        "programme is not in the expected format",
                        "consentToShareData must be true: the returnee's consent to share this"
                            + " referral with IOM Belarus for reception and reintegration"));
  }

  @Test
  void anOfficerRegisteringAMailedReferralReadsItsProblemsInTheirLanguage() throws Exception {
    ObjectNode body = (ObjectNode) JSON.readTree(REFERRAL);
    ((ObjectNode) body.get("flight")).put("departureDate", TODAY.minusDays(1).toString());

    assertThatThrownBy(
            () -> Referral.read(body, TODAY, Message.of("calendar.today", "Minsk", TODAY)))
        .isInstanceOfSatisfying(
            InvalidReferralException.class,
            e -> {
              assertThat(e.found())
                  .singleElement()
                  .satisfies(
                      problem -> {
                        assertThat(problem.path()).isEqualTo("flight.departureDate");
                        assertThat(problem.words().in("ru"))
                            .isEqualTo(
                                "дата не может быть в прошлом (сегодня "
                                    + TODAY
                                    + " (часовой пояс офиса: Minsk))");
                      });
              assertThat(e.problems())
                  .containsExactly(
                      "flight.departureDate cannot be in the past (today in Minsk is "
                          + TODAY
                          + ")");
            });
  }

  @Test
  void fieldsOfTheWrongTypeAreRefused() throws Exception {
    JsonNode body =
        JSON.readTree(
            REFERRAL
                .replace("\"adults\": 1", "\"adults\": \"one\"")
                .replace("\"meetAndGreet\": true", "\"meetAndGreet\": \"yes\"")
                .replace("\"surname\": \"Kovalenko\"", "\"surname\": 42"));

    assertThatThrownBy(
            () -> Referral.read(body, TODAY, Message.of("calendar.today", "Minsk", TODAY)))
        .hasMessageContaining("returnee.surname must be a string")
        .hasMessageContaining("household.adults must be a whole number from 0 to 20")
        .hasMessageContaining("needs.meetAndGreet must be true or false");
  }

  @Test
  void anEmptyReferralNamesWhatIsRequired() throws Exception {
    assertThatThrownBy(
            () ->
                Referral.read(
                    JSON.readTree("{}"), TODAY, Message.of("calendar.today", "Minsk", TODAY)))
        .hasMessageContaining("reference is required")
        .hasMessageContaining("flight.flightNumber is required")
        .hasMessageContaining("household.adults is required")
        .hasMessageContaining("consentToShareData must be true");
  }
}
