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
 * @param s3 the object store documents' content goes to; none (the database) by default
 */
@Validated
@ConfigurationProperties("avrr.documents")
public record DocumentProperties(
    @DefaultValue("10MB") @NotNull DataSize maxSize,
    @DefaultValue Scanner scanner,
    @DefaultValue S3 s3) {

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

  /**
   * An object store through its S3 API for the documents' content (the rows stay in the database).
   *
   * @param bucket the bucket; empty: content is kept in the database
   * @param prefix what every object's name starts with, before the document's id
   * @param endpoint the store's address for a store that is not AWS's (MinIO, Ceph); empty: AWS
   * @param region the region (any for most stores that are not AWS's)
   * @param pathStyle bucket in the path instead of the host name, as MinIO and Ceph expect
   * @param accessKey the access key; empty: the environment's credentials (AWS_ACCESS_KEY_ID, a
   *     profile, an instance role)
   * @param secretKey the secret key with {@code accessKey}
   */
  public record S3(
      @DefaultValue("") String bucket,
      @DefaultValue("documents/") @NotNull String prefix,
      @DefaultValue("") String endpoint,
      @DefaultValue("us-east-1") @NotNull String region,
      @DefaultValue("false") boolean pathStyle,
      @DefaultValue("") String accessKey,
      @DefaultValue("") String secretKey) {

    public boolean configured() {
      return bucket != null && !bucket.isBlank();
    }
  }
}
