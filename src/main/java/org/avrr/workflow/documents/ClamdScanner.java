package org.avrr.workflow.documents;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The ClamAV daemon (clamd) over TCP: each file is sent with its {@code INSTREAM} command in chunks
 * and clamd answers {@code stream: OK} or {@code stream: <signature> FOUND}. A connection per scan:
 * clamd closes it after each answer.
 */
public class ClamdScanner implements MalwareScanner {

  /** Under clamd's default StreamMaxLength (25 MB) chunks may be any size; 64 KB each. */
  private static final int CHUNK = 64 * 1024;

  private final String host;
  private final int port;
  private final int timeoutMillis;

  public ClamdScanner(String host, int port, java.time.Duration timeout) {
    this.host = host;
    this.port = port;
    this.timeoutMillis = (int) timeout.toMillis();
  }

  @Override
  public Verdict scan(byte[] content) {
    String answer;
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), timeoutMillis);
      socket.setSoTimeout(timeoutMillis);
      DataOutputStream out = new DataOutputStream(socket.getOutputStream());
      out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
      for (int offset = 0; offset < content.length; offset += CHUNK) {
        int length = Math.min(CHUNK, content.length - offset);
        out.writeInt(length);
        out.write(content, offset, length);
      }
      out.writeInt(0);
      out.flush();
      answer = readAnswer(socket.getInputStream());
    } catch (IOException e) {
      throw new ScannerUnavailableException(
          "the malware scanner at " + describe() + " did not answer: " + e.getMessage(), e);
    }
    if (answer.endsWith(" OK")) {
      return new Verdict.Clean();
    }
    if (answer.endsWith(" FOUND")) {
      String signature = answer.substring(answer.indexOf(':') + 1, answer.length() - 6).strip();
      return new Verdict.Infected(signature);
    }
    // "INSTREAM size limit exceeded. ERROR" and the like: not a verdict.
    throw new ScannerUnavailableException(
        "the malware scanner at " + describe() + " answered: " + answer, null);
  }

  /** clamd's answer to a z-command: up to its NUL. */
  private static String readAnswer(InputStream in) throws IOException {
    ByteArrayOutputStream answer = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) > 0) {
      answer.write(b);
      if (answer.size() > 4096) {
        break;
      }
    }
    return answer.toString(StandardCharsets.US_ASCII).strip();
  }

  @Override
  public String describe() {
    return "clamd " + host + ":" + port;
  }
}
