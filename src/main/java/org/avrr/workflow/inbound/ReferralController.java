package org.avrr.workflow.inbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.avrr.workflow.callback.PartyCredentials;
import org.avrr.workflow.common.OfficeCalendar;
import org.avrr.workflow.identity.IdentityProperties;
import org.avrr.workflow.identity.MissionDirectory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where a sending mission's case system refers a Belarus national coming home: {@code POST
 * /api/referrals/mission-<code>}, with that mission's HTTP Basic credentials
 * (avrr.callbacks.clients.mission-<code>) and the referral as JSON
 * (docs/api/avrr-referrals.openapi.yaml). 201 with the new case number; 200 with the same number
 * when the mission's reference was referred before; 400 naming every problem; 401 without the
 * mission's credentials.
 */
@RestController
class ReferralController {

  static final String PATH = "/api/referrals/{party}";

  private final PartyCredentials credentials;
  private final MissionDirectory missions;
  private final ReferralIntake intake;
  private final OfficeCalendar calendar;
  private final ObjectMapper json;

  ReferralController(
      PartyCredentials credentials,
      MissionDirectory missions,
      ReferralIntake intake,
      OfficeCalendar calendar,
      ObjectMapper json) {
    this.credentials = credentials;
    this.missions = missions;
    this.intake = intake;
    this.calendar = calendar;
    this.json = json;
  }

  record Problem(String code, String message) {}

  record Received(String status, String caseNumber, String message) {}

  @PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> refer(
      @PathVariable String party,
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestBody(required = false) String body) {
    Optional<IdentityProperties.Mission> mission = missions.byGroup(party);
    if (mission.isEmpty() || !credentials.authenticates(party, authorization)) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
          .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"avrr-referrals\"")
          .body(new Problem("UNAUTHORIZED", "Unknown or missing credentials"));
    }
    JsonNode tree;
    try {
      tree = body == null || body.isBlank() ? null : json.readTree(body);
    } catch (JsonProcessingException e) {
      return problem("MALFORMED_BODY", "The body is not valid JSON");
    }
    if (tree == null || !tree.isObject()) {
      return problem("MALFORMED_BODY", "The body must be a JSON object");
    }
    Referral referral;
    try {
      referral = Referral.read(tree, calendar.today(), calendar.todayWords());
    } catch (Referral.InvalidReferralException e) {
      return problem("INVALID_REFERRAL", "Please correct the referral: " + e.getMessage());
    }
    ReferralIntake.Outcome outcome = intake.open(mission.get(), referral);
    return outcome.created()
        ? ResponseEntity.status(HttpStatus.CREATED)
            .body(
                new Received(
                    "CREATED",
                    outcome.caseNumber(),
                    "Case " + outcome.caseNumber() + " opened; IOM Belarus prepares the reception"))
        : ResponseEntity.ok(
            new Received(
                "ALREADY_RECEIVED",
                outcome.caseNumber(),
                "Reference "
                    + referral.reference()
                    + " was referred before as case "
                    + outcome.caseNumber()
                    + "; nothing changed"));
  }

  private static ResponseEntity<Problem> problem(String code, String message) {
    return ResponseEntity.badRequest().body(new Problem(code, message));
  }
}
