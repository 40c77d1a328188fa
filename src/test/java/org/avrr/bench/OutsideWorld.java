package org.avrr.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.avrr.workflow.authority.border.BorderAuthorityApi;
import org.avrr.workflow.authority.migration.MigrationAuthorityApi;

/**
 * Everything outside the office that the benchmark plays: the Ministry of Internal Affairs and the
 * State Border Committee (their HTTP contracts, docs/api/*.openapi.yaml: every request accepted,
 * every person in order) and the office's mail server (an SMTP sink that counts and forgets). They
 * run in the benchmark's JVM, so their work is not counted as the application's, as in an office
 * where both are other machines. Each counts what it accepted per idempotency key or notice key:
 * more than one is a duplicate external effect.
 */
final class OutsideWorld implements AutoCloseable {

  static final String MINISTRY = "/ministry";
  static final String BORDER = "/border";

  /** A request the authorities accepted, as its answer by callback needs it. */
  record Accepted(String operation, String caseNumber, String idempotencyKey, String reference) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer http;
  private final ExecutorService httpThreads = Executors.newFixedThreadPool(8);
  private final ServerSocket smtp;
  private final ExecutorService smtpThreads = Executors.newCachedThreadPool();
  private final Map<String, Integer> acceptedPerKey = new ConcurrentHashMap<>();
  private final Map<String, Accepted> latestPerCaseAndOperation = new ConcurrentHashMap<>();
  private final Map<String, Integer> mailPerNoticeKey = new ConcurrentHashMap<>();
  private final AtomicLong mails = new AtomicLong();
  private final AtomicLong requests = new AtomicLong();

  OutsideWorld() throws IOException {
    http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
    http.createContext("/", this::answer);
    http.setExecutor(httpThreads);
    http.start();
    smtp = new ServerSocket(0, 64, java.net.InetAddress.getLoopbackAddress());
    smtpThreads.execute(this::acceptMail);
  }

  String ministryUrl() {
    return "http://127.0.0.1:" + http.getAddress().getPort() + MINISTRY;
  }

  String borderUrl() {
    return "http://127.0.0.1:" + http.getAddress().getPort() + BORDER;
  }

  int smtpPort() {
    return smtp.getLocalPort();
  }

  /** The latest request of {@code operation} accepted for the case, if any yet. */
  Optional<Accepted> accepted(String caseNumber, String operation) {
    return Optional.ofNullable(latestPerCaseAndOperation.get(caseNumber + "|" + operation));
  }

  long requests() {
    return requests.get();
  }

  /** Idempotency keys the authorities accepted more than once. */
  long duplicateRequests() {
    return acceptedPerKey.values().stream().filter(count -> count > 1).count();
  }

  long mails() {
    return mails.get();
  }

  /** Notice keys that arrived in more than one mail. */
  long duplicateMails() {
    return mailPerNoticeKey.values().stream().filter(count -> count > 1).count();
  }

  /** Forgets what was counted (between scenarios). */
  void reset() {
    acceptedPerKey.clear();
    latestPerCaseAndOperation.clear();
    mailPerNoticeKey.clear();
    mails.set(0);
    requests.set(0);
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      requests.incrementAndGet();
      String path = exchange.getRequestURI().getPath();
      String key =
          exchange.getRequestHeaders().getFirst(MigrationAuthorityApi.IDEMPOTENCY_KEY_HEADER);
      JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
      String caseNumber = body.path("caseNumber").asText();
      if (!"POST".equals(exchange.getRequestMethod()) || key == null || caseNumber.isEmpty()) {
        send(
            exchange, 400, "{\"code\":\"INVALID_REQUEST\",\"message\":\"not a contract request\"}");
        return;
      }
      String now = Instant.now().toString();
      if (path.equals(MINISTRY + MigrationAuthorityApi.STATUS_CHECKS_PATH)) {
        accept("STATUS_CHECK", caseNumber, key, "MIA-" + digest(key));
        send(
            exchange,
            200,
            """
            {"reference":"MIA-%s","legalStatus":"IRREGULAR_STAY","pendingProceedings":false,\
            "removalOrder":false,"entryBan":false,"outstandingFines":false,"checkedAt":"%s"}"""
                .formatted(digest(key), now));
      } else if (path.equals(MINISTRY + MigrationAuthorityApi.EXIT_CLEARANCES_PATH)) {
        String reference = "MIA-XC-" + digest(key);
        accept("EXIT_CLEARANCE", caseNumber, key, reference);
        send(exchange, 202, receipt(reference, "receivedAt", now));
      } else if (path.equals(BORDER + BorderAuthorityApi.DEPARTURE_NOTIFICATIONS_PATH)) {
        String reference = "SBC-" + digest(key);
        accept("DEPARTURE_NOTIFICATION", caseNumber, key, reference);
        send(exchange, 202, receipt(reference, "receivedAt", now));
      } else if (path.startsWith(BORDER + "/v1/departure-notifications/")
          && path.endsWith("/withdrawal")) {
        accept("NOTIFICATION_WITHDRAWAL", caseNumber, key, null);
        send(exchange, 204, null);
      } else if (path.equals(BORDER + BorderAuthorityApi.ARRIVAL_REGISTRATIONS_PATH)) {
        String reference = "SBC-A-" + digest(key);
        accept("ARRIVAL_REGISTRATION", caseNumber, key, reference);
        send(exchange, 201, receipt(reference, "registeredAt", now));
      } else {
        send(exchange, 404, "{\"code\":\"NOT_FOUND\",\"message\":\"" + path + "\"}");
      }
    }
  }

  private void accept(String operation, String caseNumber, String key, String reference) {
    acceptedPerKey.merge(key, 1, Integer::sum);
    latestPerCaseAndOperation.put(
        caseNumber + "|" + operation, new Accepted(operation, caseNumber, key, reference));
  }

  private static String receipt(String reference, String timeField, String now) {
    return "{\"reference\":\"" + reference + "\",\"" + timeField + "\":\"" + now + "\"}";
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    if (body == null) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** Ten hex digits, the same for the same key: a repeated request gets the same reference. */
  private static String digest(String key) {
    try {
      byte[] hash =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().withUpperCase().formatHex(hash, 0, 5);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private void acceptMail() {
    while (!smtp.isClosed()) {
      try {
        Socket client = smtp.accept();
        smtpThreads.execute(() -> converse(client));
      } catch (IOException closed) {
        return;
      }
    }
  }

  /** Just enough SMTP for JavaMail: every command is fine, every message counted, then dropped. */
  private void converse(Socket client) {
    try (client;
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter out =
            new PrintWriter(
                new java.io.OutputStreamWriter(client.getOutputStream(), StandardCharsets.UTF_8),
                true)) {
      out.print("220 bench SMTP\r\n");
      out.flush();
      String line;
      while ((line = in.readLine()) != null) {
        String command =
            line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
        switch (command) {
          case "EHLO" -> out.print("250-bench\r\n250 8BITMIME\r\n");
          case "DATA" -> {
            out.print("354 go on\r\n");
            out.flush();
            String noticeKey = null;
            String data;
            while ((data = in.readLine()) != null && !data.equals(".")) {
              if (noticeKey == null && data.regionMatches(true, 0, "X-AVRR-Notice-Key:", 0, 18)) {
                noticeKey = data.substring(18).strip();
              }
            }
            mails.incrementAndGet();
            if (noticeKey != null) {
              mailPerNoticeKey.merge(noticeKey, 1, Integer::sum);
            }
            out.print("250 kept\r\n");
          }
          case "QUIT" -> {
            out.print("221 bye\r\n");
            out.flush();
            return;
          }
          default -> out.print("250 ok\r\n");
        }
        out.flush();
      }
    } catch (IOException dropped) {
      // the client went away
    }
  }

  @Override
  public void close() throws IOException {
    http.stop(0);
    httpThreads.shutdownNow();
    smtp.close();
    smtpThreads.shutdownNow();
  }
}
