package org.avrr.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application's HTTP surface as its users and partners meet it: Tasklist's and Cockpit's engine
 * API behind a webapp login (session cookie and CSRF token, exactly as the browser sends them), the
 * REST API with HTTP Basic for what an operator or a partner system calls, and our callback
 * endpoints. Each call's latency can be recorded under a name.
 */
final class OfficeHttp {

  static final ObjectMapper JSON = new ObjectMapper();

  /** A refused or failed call: the benchmark counts it as an error and says what it was. */
  static final class CallFailed extends RuntimeException {
    final int status;

    CallFailed(String what, int status, String body) {
      super(what + " answered " + status + ": " + abbreviate(body));
      this.status = status;
    }
  }

  /** Where latencies go, by the name of what a user waited for. */
  interface Recorder {
    void record(String what, long nanos);

    Recorder NONE = (what, nanos) -> {};
  }

  /**
   * What every call passes through: nothing by default; the fault suite holds calls back while it
   * kills and restarts the application, as a load balancer drains a node.
   */
  interface Gate {
    <T> T through(java.util.function.Supplier<T> call);

    Gate OPEN =
        new Gate() {
          @Override
          public <T> T through(java.util.function.Supplier<T> call) {
            return call.get();
          }
        };
  }

  private static final Pattern COOKIE = Pattern.compile("^([^=;]+)=([^;]*)");

  private final String base;
  private final HttpClient client;
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  volatile Recorder recorder = Recorder.NONE;
  volatile Gate gate = Gate.OPEN;

  OfficeHttp(String baseUrl) {
    this.base = baseUrl;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  String baseUrl() {
    return base;
  }

  /** The webapps' engine API as {@code user} sees it after logging in to Tasklist. */
  Session tasklist(String user) {
    return sessions.computeIfAbsent(user + "@tasklist", key -> new Session(user, "tasklist"));
  }

  /** The webapps' engine API as {@code user} sees it after logging in to Cockpit. */
  Session cockpit(String user) {
    return sessions.computeIfAbsent(user + "@cockpit", key -> new Session(user, "cockpit"));
  }

  /** A logged-in user of a webapp: its cookies and CSRF token, as a browser keeps them. */
  final class Session {
    final String user;
    private final String app;
    private final Map<String, String> cookies = new ConcurrentHashMap<>();

    /** How often this session has logged in: a request knows which login it was sent under. */
    private volatile int logins;

    private Session(String user, String app) {
      this.user = user;
      this.app = app;
      login();
    }

    private synchronized void login() {
      cookies.clear();
      send("GET", "/camunda/app/" + app + "/default/", null, null, Map.of(), "page");
      String form =
          "username="
              + URLEncoder.encode(user, StandardCharsets.UTF_8)
              + "&password="
              + URLEncoder.encode(user, StandardCharsets.UTF_8);
      send(
          "POST",
          "/camunda/api/admin/auth/user/default/login/" + app,
          form,
          "application/x-www-form-urlencoded",
          Map.of(),
          "login");
      // The login starts a new session, whose CSRF token the next answer brings.
      send("GET", "/camunda/api/admin/auth/user/default", null, null, Map.of(), "whoami");
      logins++;
    }

    /** {@code path} below the engine API, e.g. {@code /task?maxResults=15}. */
    JsonNode get(String path, String what) {
      return parse(send("GET", engineApi(path), null, null, Map.of(), what));
    }

    /** As Tasklist asks for lists: HAL with JSON as the second choice. */
    JsonNode getHal(String path, String what) {
      return parse(
          send(
              "GET",
              engineApi(path),
              null,
              null,
              Map.of("Accept", "application/hal+json, application/json; q=0.5"),
              what));
    }

    JsonNode post(String path, Object body, String what) {
      return parse(send("POST", engineApi(path), json(body), "application/json", Map.of(), what));
    }

    JsonNode postHal(String path, Object body, String what) {
      return parse(
          send(
              "POST",
              engineApi(path),
              json(body),
              "application/json",
              Map.of("Accept", "application/hal+json, application/json; q=0.5"),
              what));
    }

    /**
     * Attaches a scan (a small PDF named {@code fileName}) of {@code kind} at the task, as the
     * Documents tab posts it: multipart, with the session's CSRF token.
     */
    JsonNode attachScan(String taskId, String kind, String fileName) {
      String boundary = "avrr-bench-" + Long.toHexString(System.nanoTime());
      String body =
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n"
              + kind
              + "\r\n--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
              + fileName
              + "\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n% scan of "
              + fileName
              + "\n\r\n--"
              + boundary
              + "--\r\n";
      return parse(
          send(
              "POST",
              "/api/tasks/" + taskId + "/documents",
              body,
              "multipart/form-data; boundary=" + boundary,
              Map.of(),
              "attach document"));
    }

    private String engineApi(String path) {
      return "/camunda/api/engine/engine/default" + path;
    }

    private String send(
        String method,
        String path,
        String body,
        String contentType,
        Map<String, String> headers,
        String what) {
      return send(method, path, body, contentType, headers, what, 0);
    }

    private String send(
        String method,
        String path,
        String body,
        String contentType,
        Map<String, String> headers,
        String what,
        int tries) {
      int sentUnder = logins;
      HttpRequest.Builder request = request(path).timeout(Duration.ofSeconds(60));
      headers.forEach(request::header);
      if (!headers.containsKey("Accept")) {
        request.header("Accept", "application/json, text/plain, */*");
      }
      if (!cookies.isEmpty()) {
        request.header(
            "Cookie",
            String.join(
                "; ",
                cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList()));
      }
      String token = cookies.get("XSRF-TOKEN");
      if (token != null) {
        request.header("X-XSRF-TOKEN", token);
      }
      if (body == null) {
        request.method(method, HttpRequest.BodyPublishers.noBody());
      } else {
        request.header("Content-Type", contentType);
        request.method(method, HttpRequest.BodyPublishers.ofString(body));
      }
      HttpResponse<String> response = exchange(request.build(), what);
      // The engine's API and ours (documents) under the webapp session alike.
      if (tries < 2
          && (path.startsWith("/camunda/api/engine/") || path.startsWith("/api/"))
          && (response.statusCode() == 401
              || response.statusCode() == 403 && response.body().contains("CSRF"))) {
        // The application was restarted: its sessions are gone. Log in again, as a user would
        // (once, if another request of this user's found out first).
        synchronized (this) {
          if (logins == sentUnder) {
            login();
          }
        }
        return send(method, path, body, contentType, headers, what, tries + 1);
      }
      for (String set : response.headers().allValues("Set-Cookie")) {
        Matcher cookie = COOKIE.matcher(set);
        if (cookie.find()) {
          cookies.put(cookie.group(1).strip(), cookie.group(2));
        }
      }
      if (response.statusCode() >= 300) {
        throw new CallFailed(
            user + ": " + method + " " + path, response.statusCode(), response.body());
      }
      return response.body();
    }
  }

  // --- The REST API with HTTP Basic: operators' and partner systems' calls ---

  JsonNode restGet(String user, String path, String what) {
    return parse(rest("GET", user, path, null, what));
  }

  JsonNode restPost(String user, String path, Object body, String what) {
    return parse(rest("POST", user, path, json(body), what));
  }

  JsonNode restPut(String user, String path, Object body, String what) {
    return parse(rest("PUT", user, path, json(body), what));
  }

  JsonNode restDelete(String user, String path, String what) {
    return parse(rest("DELETE", user, path, null, what));
  }

  private String rest(String method, String user, String path, String body, String what) {
    return basic(method, user, user, "/engine-rest" + path, body, what);
  }

  /** A partner's call to one of our endpoints ({@code /api/...}): HTTP Basic, JSON. */
  JsonNode partnerPost(String user, String password, String path, String body, String what) {
    return parse(basic("POST", user, password, path, body, what));
  }

  /** An administrator's call to one of our own pages (HTTP Basic), e.g. the sandbox's faults. */
  JsonNode adminGet(String path, String what) {
    return parse(basic("GET", "admin", "admin", path, null, what));
  }

  JsonNode adminPut(String path, Object body, String what) {
    return parse(basic("PUT", "admin", "admin", path, json(body), what));
  }

  JsonNode adminDelete(String path, String what) {
    return parse(basic("DELETE", "admin", "admin", path, null, what));
  }

  /** A manager's report as the Reports page asks for it: its body (JSON, CSV or a spreadsheet). */
  String reportGet(String user, String path) {
    HttpRequest request =
        request(path)
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", AppProcess.basic(user, user))
            .header("Accept", "*/*")
            .GET()
            .build();
    HttpResponse<String> response = exchange(request, "report");
    if (response.statusCode() >= 300) {
      throw new CallFailed(user + ": GET " + path, response.statusCode(), response.body());
    }
    return response.body();
  }

  private String basic(
      String method, String user, String password, String path, String body, String what) {
    HttpRequest.Builder request =
        request(path)
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", AppProcess.basic(user, password))
            .header("Accept", "application/json");
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json");
      request.method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    HttpResponse<String> response = exchange(request.build(), what);
    if (response.statusCode() >= 300) {
      throw new CallFailed(
          user + ": " + method + " " + path, response.statusCode(), response.body());
    }
    return response.body();
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path));
  }

  private HttpResponse<String> exchange(HttpRequest request, String what) {
    return gate.through(
        () -> {
          long started = System.nanoTime();
          try {
            HttpResponse<String> response =
                client.send(request, HttpResponse.BodyHandlers.ofString());
            recorder.record(what, System.nanoTime() - started);
            return response;
          } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + ": " + e, e);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
          }
        });
  }

  static JsonNode parse(String body) {
    if (body == null || body.isBlank()) {
      return JSON.nullNode();
    }
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new IllegalStateException("not JSON: " + abbreviate(body), e);
    }
  }

  static String json(Object body) {
    if (body == null) {
      return null;
    }
    if (body instanceof String text) {
      return text;
    }
    try {
      return JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A variable as Tasklist submits it. */
  static ObjectNode value(Object value, String type) {
    ObjectNode node = JSON.createObjectNode();
    node.set("value", JSON.valueToTree(value));
    node.put("type", type);
    return node;
  }

  static String abbreviate(String text) {
    if (text == null) {
      return "";
    }
    return text.length() <= 400 ? text : text.substring(0, 400) + "…";
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  static List<JsonNode> list(JsonNode array) {
    List<JsonNode> items = new java.util.ArrayList<>();
    array.forEach(items::add);
    return items;
  }
}
