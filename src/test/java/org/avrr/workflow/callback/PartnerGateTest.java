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
  void aMissionsDocumentMayBeAsLargeAsAnUploadNotLarger() throws Exception {
    PartnerGate documentsGate =
        new PartnerGate(properties, Clock.systemUTC(), DataSize.ofMegabytes(25));
    MockHttpServletRequest report =
        new MockHttpServletRequest("POST", "/api/mission-documents/mission-irq");
    report.setContent(new byte[3 * 1024 * 1024]);
    MockFilterChain passed = new MockFilterChain();
    documentsGate.doFilter(report, new MockHttpServletResponse(), passed);
    assertThat(passed.getRequest()).isNotNull();

    MockHttpServletRequest huge =
        new MockHttpServletRequest("POST", "/api/mission-documents/mission-irq");
    huge.setContent(new byte[26 * 1024 * 1024]);
    MockHttpServletResponse refused = new MockHttpServletResponse();
    documentsGate.doFilter(huge, refused, new MockFilterChain());
    assertThat(refused.getStatus()).isEqualTo(413);

    MockHttpServletRequest callback = request();
    callback.setContent(new byte[70 * 1024]);
    MockHttpServletResponse callbackRefused = new MockHttpServletResponse();
    documentsGate.doFilter(callback, callbackRefused, new MockFilterChain());
    assertThat(callbackRefused.getStatus()).as("a callback stays small").isEqualTo(413);
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
