package org.avrr.workflow.documents;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * What a case's documents may be and how they are checked (issue 17): the largest file taken, and
 * the malware scanner every upload passes before it is stored.
 *
 * @param maxSize the largest file taken (10 MB by default)
 * @param scanner the ClamAV daemon every upload is scanned by; none in the embedded default
 */
@Validated
@ConfigurationProperties("avrr.documents")
public record DocumentProperties(
    @DefaultValue("10MB") @NotNull DataSize maxSize, @DefaultValue Scanner scanner) {

  /**
   * @param host the ClamAV daemon's host (clamd's {@code TCPAddr}); empty: no scanner
   * @param port its port (clamd's {@code TCPSocket})
   * @param timeout how long a scan may take before the upload is refused as not scanned
   */
  public record Scanner(
      @DefaultValue("") String host,
      @DefaultValue("3310") @Min(1) @Max(65535) int port,
      @DefaultValue("PT30S") @NotNull Duration timeout) {

    public boolean configured() {
      return host != null && !host.isBlank();
    }
  }
}
