package org.avrr.workflow.callback;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/**
 * A party that keeps failing to log in is locked out for a while, even with the right password; a
 * body larger than any callback (than any upload, for a mission's documents) is refused before it
 * is read.
 */
class PartnerGateTest {

  private final CallbackProperties properties =
      new CallbackProperties(
          Map.of(),
          Duration.ofSeconds(15),
          Duration.ofDays(30),
          DataSize.ofKilobytes(64),
          5,
          Duration.ofMinutes(10));

  private Instant now = Instant.parse("2026-12-04T10:00:00Z");

  private final PartnerGate gate =
      new PartnerGate(
          properties,
          new Clock() {
            @Override
            public ZoneOffset getZone() {
              return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
              return this;
            }

            @Override
            public Instant instant() {
              return now;
            }
          });

  @Test
  void fiveFailedLoginsLockThePartyOutForTenMinutesEvenWithTheRightPassword() throws Exception {
    for (int attempt = 0; attempt < 5; attempt++) {
      assertThat(post(401).getStatus()).isEqualTo(401);
    }

    MockHttpServletResponse locked = post(200);
    assertThat(locked.getStatus()).isEqualTo(429);
    assertThat(locked.getHeader("Retry-After")).isEqualTo("600");
    assertThat(locked.getContentAsString())
        .contains("TOO_MANY_FAILED_LOGINS")
        .contains("10 minute");

    now = now.plus(Duration.ofMinutes(10)).plusSeconds(1);
    assertThat(post(200).getStatus()).isEqualTo(200);
  }

  @Test
  void aFewFailuresSpreadOverTimeLockNobodyOut() throws Exception {
    for (int attempt = 0; attempt < 4; attempt++) {
      post(401);
      now = now.plus(Duration.ofMinutes(4));
    }
    assertThat(post(401).getStatus()).isEqualTo(401);
    assertThat(post(200).getStatus()).isEqualTo(200);
  }

  @Test
  void aBodyLargerThanAnyCallbackIsRefusedUnread() throws Exception {
    MockHttpServletRequest request = request();
    request.setContent(new byte[70 * 1024]);
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();

    gate.doFilter(request, response, chain);

    assertThat(response.getStatus()).isEqualTo(413);
    assertThat(chain.getRequest()).isNull();
  }

  @Test
  void aMissionsDocumentMayBeAsLargeAsAnUploadNotLargerAndOnlyItsPartyGetsItRead()
      throws Exception {
    CallbackProperties withIraq =
        new CallbackProperties(
            Map.of("mission-irq", new CallbackProperties.Client("mission-irq", "s3cret-of-iraq")),
            Duration.ofSeconds(15),
            Duration.ofDays(30),
            DataSize.ofKilobytes(64),
            5,
            Duration.ofMinutes(10));
    PartnerGate documentsGate =
        new PartnerGate(withIraq, Clock.systemUTC(), DataSize.ofMegabytes(25));
    String iraq =
        "Basic "
            + java.util.Base64.getEncoder().encodeToString("mission-irq:s3cret-of-iraq".getBytes());

    MockHttpServletRequest report = document(3 * 1024 * 1024, iraq);
    MockFilterChain passed = new MockFilterChain();
    documentsGate.doFilter(report, new MockHttpServletResponse(), passed);
    assertThat(passed.getRequest()).isNotNull();

    MockHttpServletResponse tooLarge = new MockHttpServletResponse();
    documentsGate.doFilter(document(26 * 1024 * 1024, iraq), tooLarge, new MockFilterChain());
    assertThat(tooLarge.getStatus()).isEqualTo(413);

    MockHttpServletResponse guessed = new MockHttpServletResponse();
    MockFilterChain notRead = new MockFilterChain();
    documentsGate.doFilter(document(3 * 1024 * 1024, "Basic Z3Vlc3M6d3Jvbmc="), guessed, notRead);
    assertThat(guessed.getStatus()).isEqualTo(401);
    assertThat(notRead.getRequest()).as("refused before its body is read").isNull();

    MockHttpServletRequest callback = request();
    callback.setContent(new byte[70 * 1024]);
    MockHttpServletResponse callbackRefused = new MockHttpServletResponse();
    documentsGate.doFilter(callback, callbackRefused, new MockFilterChain());
    assertThat(callbackRefused.getStatus()).as("a callback stays small").isEqualTo(413);
  }

  @Test
  void aPartyNamedWithPathParametersOrEscapesCountsAsThePartyItReaches() throws Exception {
    String[] disguises = {
      "migration-authority;n=1",
      "migration-authority;n=2",
      "m%69gration-authority",
      "migration-authority;x",
      "migration%2Dauthority"
    };
    for (String disguise : disguises) {
      MockHttpServletRequest request =
          new MockHttpServletRequest("POST", "/api/callbacks/" + disguise + "/exit-clearance");
      request.setRemoteAddr("203.0.113.7");
      request.setContent("{}".getBytes());
      gate.doFilter(
          request,
          new MockHttpServletResponse(),
          (req, res) -> ((HttpServletResponse) res).setStatus(401));
    }

    assertThat(post(200).getStatus()).as("the real name is locked out too").isEqualTo(429);
  }

  private static MockHttpServletRequest document(int size, String authorization) {
    MockHttpServletRequest request =
        new MockHttpServletRequest("POST", "/api/mission-documents/mission-irq");
    request.setRemoteAddr("203.0.113.9");
    request.addHeader("Authorization", authorization);
    request.setContent(new byte[size]);
    return request;
  }

  private MockHttpServletResponse post(int controllerAnswers) throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    gate.doFilter(
        request(),
        response,
        (req, res) -> ((HttpServletResponse) res).setStatus(controllerAnswers));
    return response;
  }

  private static MockHttpServletRequest request() {
    MockHttpServletRequest request =
        new MockHttpServletRequest("POST", "/api/callbacks/migration-authority/exit-clearance");
    request.setRemoteAddr("203.0.113.7");
    request.setContent("{}".getBytes());
    return request;
  }
}
