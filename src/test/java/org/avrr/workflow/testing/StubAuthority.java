package org.avrr.workflow.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * An authority's side of the wire for adapter tests: a real HTTP server on the loopback interface
 * that answers as it is told and remembers what it was sent.
 */
public final class StubAuthority implements HttpHandler, AutoCloseable {

  private final String basePath;
  private final HttpServer server;
  // Own threads, so a slow answer never blocks the server's dispatcher or its stop.
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final CountDownLatch testEnded = new CountDownLatch(1);
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile int status = 200;
  private volatile String body = "";
  private volatile Duration delay = Duration.ZERO;
  private boolean stopped;

  /**
   * @param basePath the path of the authority's gateway, e.g. {@code /gpk/avrr}: the adapter must
   *     keep it
   */
  public StubAuthority(String basePath) throws IOException {
    this.basePath = basePath;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this);
    server.setExecutor(threads);
    server.start();
  }

  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + basePath);
  }

  /** Every request from now on gets {@code status} with {@code body} (empty: no body). */
  public void answers(int status, String body) {
    answersAfter(Duration.ZERO, status, body);
  }

  /** As {@link #answers}, but only after {@code delay} (released as soon as the test ends). */
  public void answersAfter(Duration delay, int status, String body) {
    this.delay = delay;
    this.status = status;
    this.body = body;
  }

  /** The one request the test expects to have been sent. */
  public Received onlyRequest() {
    assertThat(received).hasSize(1);
    return received.get(0);
  }

  /** Stops listening: the next call finds no one (connection refused). */
  public void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    testEnded.countDown();
    server.stop(0);
    threads.shutdownNow();
  }

  @Override
  public void close() {
    stop();
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      Headers headers = new Headers();
      headers.putAll(exchange.getRequestHeaders());
      received.add(
          new Received(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getRawPath(),
              headers,
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
      if (!delay.isZero()) {
        // The one place a wait is right: an authority that is slower than our read timeout.
        testEnded.await(delay.toMillis(), TimeUnit.MILLISECONDS);
      }
      byte[] answer = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set(HttpHeaders.CONTENT_TYPE, contentType(body));
      exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // The client gave up (read timeout): nobody is left to answer.
    } finally {
      exchange.close();
    }
  }

  private static String contentType(String body) {
    return body.startsWith("<") ? MediaType.TEXT_HTML_VALUE : MediaType.APPLICATION_JSON_VALUE;
  }

  /**
   * One request as it arrived.
   *
   * @param rawPath still percent-encoded, as it went over the wire
   */
  public record Received(String method, String rawPath, Headers headers, String body) {

    public String header(String name) {
      return headers.getFirst(name);
    }
  }
}
