package org.avrr.workflow.notification;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The smallest SMTP server the office's mail sender needs (RFC 5321: HELO/EHLO, MAIL, RCPT, DATA,
 * RSET, NOOP, QUIT; no authentication, no TLS), for the embedded default. A message is answered
 * {@code 250} only once {@code store} has kept it, so what the sender was told was delivered
 * survives a crash of the application. While {@code refuse} says so, new connections are greeted
 * with {@code 421} (a mail server that is down for maintenance), which the sender treats as a
 * failure and retries.
 */
final class CapturingSmtpServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(CapturingSmtpServer.class);

  /** Larger messages are refused: notices are a few kilobytes. */
  static final int MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

  private static final int MAX_LINE_BYTES = 4096;

  private final ServerSocket socket;
  private final ExecutorService sessions =
      Executors.newCachedThreadPool(
          runnable -> {
            Thread thread = new Thread(runnable, "mail-capture");
            thread.setDaemon(true);
            return thread;
          });
  private final Consumer<byte[]> store;
  private final BooleanSupplier refuse;

  /**
   * @throws IOException when the port cannot be bound (e.g. another instance listens there)
   */
  CapturingSmtpServer(String host, int port, Consumer<byte[]> store, BooleanSupplier refuse)
      throws IOException {
    this.store = store;
    this.refuse = refuse;
    this.socket = new ServerSocket();
    this.socket.bind(new InetSocketAddress(InetAddress.getByName(host), port), 50);
    sessions.execute(this::accept);
  }

  int port() {
    return socket.getLocalPort();
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        sessions.execute(() -> serve(client));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket client) {
    try (client;
        InputStream in = new BufferedInputStream(client.getInputStream());
        OutputStream out = client.getOutputStream()) {
      client.setSoTimeout(60_000);
      if (refuse.getAsBoolean()) {
        reply(out, "421 Service not available, closing transmission channel");
        return;
      }
      reply(out, "220 avrr-workflow mail capture ESMTP");
      boolean sender = false;
      boolean recipient = false;
      while (true) {
        String line = readLine(in);
        if (line == null) {
          return;
        }
        String verb =
            line.length() < 4
                ? line.toUpperCase(Locale.ROOT)
                : line.substring(0, 4).toUpperCase(Locale.ROOT);
        switch (verb) {
          case "HELO", "EHLO" -> reply(out, "250 avrr-workflow");
          case "MAIL" -> {
            sender = true;
            recipient = false;
            reply(out, "250 OK");
          }
          case "RCPT" -> {
            if (!sender) {
              reply(out, "503 MAIL first");
            } else {
              recipient = true;
              reply(out, "250 OK");
            }
          }
          case "DATA" -> {
            if (!recipient) {
              reply(out, "503 RCPT first");
              continue;
            }
            reply(out, "354 End data with <CR><LF>.<CR><LF>");
            byte[] message = readData(in);
            if (message == null) {
              reply(out, "552 Message too large");
            } else {
              try {
                store.accept(message);
                reply(out, "250 OK: kept");
              } catch (RuntimeException notKept) {
                LOG.warn("A captured message could not be kept: {}", notKept.getMessage());
                reply(out, "451 Local error, try again later");
              }
            }
            sender = false;
            recipient = false;
          }
          case "RSET" -> {
            sender = false;
            recipient = false;
            reply(out, "250 OK");
          }
          case "NOOP" -> reply(out, "250 OK");
          case "QUIT" -> {
            reply(out, "221 Bye");
            return;
          }
          default -> reply(out, "502 Command not implemented");
        }
      }
    } catch (SocketException | java.net.SocketTimeoutException gone) {
      // the sender went away
    } catch (IOException e) {
      LOG.debug("Mail capture session ended: {}", e.getMessage());
    }
  }

  /**
   * The message up to the line with a single dot, dots that were stuffed removed; null if too
   * large.
   */
  private static byte[] readData(InputStream in) throws IOException {
    ByteArrayOutputStream message = new ByteArrayOutputStream();
    boolean tooLarge = false;
    while (true) {
      String line = readLine(in);
      if (line == null) {
        throw new SocketException("connection closed during DATA");
      }
      if (line.equals(".")) {
        return tooLarge ? null : message.toByteArray();
      }
      if (line.startsWith(".")) {
        line = line.substring(1);
      }
      if (message.size() + line.length() > MAX_MESSAGE_BYTES) {
        tooLarge = true;
        continue;
      }
      message.write(line.getBytes(StandardCharsets.ISO_8859_1));
      message.write('\r');
      message.write('\n');
    }
  }

  /** A line without its CRLF (bytes kept as ISO-8859-1, so 8-bit content passes unchanged). */
  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    while (true) {
      int b = in.read();
      if (b < 0) {
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
      }
      if (b == '\n') {
        byte[] bytes = line.toByteArray();
        int length =
            bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
      }
      if (line.size() < MAX_LINE_BYTES * 256) {
        line.write(b);
      }
    }
  }

  private static void reply(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing
    }
    sessions.shutdownNow();
  }
}
