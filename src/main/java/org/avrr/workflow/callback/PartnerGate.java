package org.avrr.workflow.callback;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of the endpoints outside parties post to ({@code /api/callbacks/...}, {@code
 * /api/referrals/...}, {@code /api/mission-documents/...}): a body larger than a callback or a
 * referral ever is (than an upload may be, for documents) gets a 413 before it is read, and a party
 * that failed to log in {@code maxFailedLogins} times from one address is refused (429, with the
 * time to wait) for {@code lockout}, even with the right password — guessing a password takes ages,
 * and a partner's system that lost its password shows in its own log at once. Counted per node, in
 * memory: a restart forgets them.
 */
public class PartnerGate extends OncePerRequestFilter {

  private record Failures(int count, Instant lockedUntil, Instant firstAt) {}

  /** Where partners post documents (a mission's monitoring reports): files, not a few kilobytes. */
  static final String DOCUMENTS_PATH = "/api/mission-documents/";

  private final CallbackProperties properties;
  private final Clock clock;
  private final long documentsMaxBody;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  public PartnerGate(CallbackProperties properties, Clock clock) {
    this(properties, clock, properties.maxBody());
  }

  /**
   * @param documentsMaxBody the largest body posted to {@link #DOCUMENTS_PATH} (the uploads' limit)
   */
  public PartnerGate(CallbackProperties properties, Clock clock, DataSize documentsMaxBody) {
    this.properties = properties;
    this.clock = clock;
    this.documentsMaxBody = documentsMaxBody.toBytes();
  }

  private long maxBody(HttpServletRequest request) {
    return request.getRequestURI().startsWith(DOCUMENTS_PATH)
        ? documentsMaxBody
        : properties.maxBody().toBytes();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long maxBody = maxBody(request);
    if (request.getContentLengthLong() > maxBody) {
      refuse(response, 413, "TOO_LARGE", "The body is larger than " + maxBody / 1024 + " KB");
      return;
    }
    String who = caller(request);
    Instant now = clock.instant();
    Failures known = failures.get(who);
    if (known != null && known.lockedUntil() != null && now.isBefore(known.lockedUntil())) {
      long seconds = Math.max(1, known.lockedUntil().getEpochSecond() - now.getEpochSecond());
      response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
      refuse(
          response,
          429,
          "TOO_MANY_FAILED_LOGINS",
          "Too many failed logins from this address: try again in "
              + ((seconds + 59) / 60)
              + " minute(s)");
      return;
    }
    // A document's body is large: whoever posts one must be the party it names before any of it
    // is read (the other endpoints' bodies are small and checked by their controllers).
    if (request.getRequestURI().startsWith(DOCUMENTS_PATH)) {
      CallbackProperties.Client client = properties.clients().get(party(request));
      if (client == null
          || !PartyCredentials.matches(client, request.getHeader(HttpHeaders.AUTHORIZATION))) {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"avrr-callbacks\"");
        refuse(response, 401, "UNAUTHORIZED", "Unknown or missing credentials");
        failures.compute(who, (key, earlier) -> failed(earlier, now));
        return;
      }
    }
    chain.doFilter(new LimitedBody(request, maxBody), response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      failures.compute(who, (key, earlier) -> failed(earlier, now));
    } else if (response.getStatus() < 400 || response.getStatus() >= 402) {
      failures.remove(who);
    }
  }

  private Failures failed(Failures earlier, Instant now) {
    // Failures older than the lockout no longer count.
    if (earlier == null || earlier.firstAt().plus(properties.lockout()).isBefore(now)) {
      earlier = new Failures(0, null, now);
    }
    int count = earlier.count() + 1;
    Instant lockedUntil =
        count >= properties.maxFailedLogins() ? now.plus(properties.lockout()) : null;
    return new Failures(lockedUntil == null ? count : 0, lockedUntil, earlier.firstAt());
  }

  /** The party named in the path and the address it calls from. */
  private static String caller(HttpServletRequest request) {
    return party(request) + "@" + request.getRemoteAddr();
  }

  /**
   * The party named in the path as the application reads it: without path parameters and
   * percent-decoded, so that {@code mission-irq;x=1} or {@code m%69ssion-irq} count as the party
   * they reach, not as a fresh one.
   */
  static String party(HttpServletRequest request) {
    String[] parts = request.getRequestURI().split("/");
    String party = parts.length > 3 ? parts[3] : "";
    int parameters = party.indexOf(';');
    if (parameters >= 0) {
      party = party.substring(0, parameters);
    }
    try {
      return java.net.URLDecoder.decode(party.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return party;
    }
  }

  private static void refuse(HttpServletResponse response, int status, String code, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write("{\"code\":\"" + code + "\",\"message\":\"" + message.replace("\"", "'") + "\"}");
  }

  /** The body as sent, but never more than the limit (a client may not say how much it sends). */
  private static final class LimitedBody extends jakarta.servlet.http.HttpServletRequestWrapper {
    private final long limit;

    LimitedBody(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public jakarta.servlet.ServletInputStream getInputStream() throws IOException {
      jakarta.servlet.ServletInputStream in = super.getInputStream();
      return new jakarta.servlet.ServletInputStream() {
        private long read;

        @Override
        public int read() throws IOException {
          int b = in.read();
          if (b >= 0 && ++read > limit) {
            throw new IOException("body larger than " + limit + " bytes");
          }
          return b;
        }

        @Override
        public boolean isFinished() {
          return in.isFinished();
        }

        @Override
        public boolean isReady() {
          return in.isReady();
        }

        @Override
        public void setReadListener(jakarta.servlet.ReadListener listener) {
          in.setReadListener(listener);
        }
      };
    }
  }
}
