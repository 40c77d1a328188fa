package org.avrr.workflow.documents;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Documents on an object store through its S3 API (AWS's SDK): a cloud's S3, or an office's own
 * MinIO or Ceph at {@code endpoint}. Objects are written, read and deleted by the document's id
 * under {@code prefix}. Encryption at rest and versioning are the bucket's settings
 * (docs/operations.md, Documents: versioning must stay off, or an erased document's earlier
 * versions would remain).
 */
final class S3ObjectStore implements ObjectStore, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(S3ObjectStore.class);

  private final S3Client s3;
  private final String bucket;
  private final String prefix;

  S3ObjectStore(DocumentProperties.S3 settings) {
    this.bucket = settings.bucket();
    this.prefix = settings.prefix();
    S3ClientBuilder builder =
        S3Client.builder()
            .region(Region.of(settings.region()))
            .forcePathStyle(settings.pathStyle())
            // Checksums only where S3 requires them: stores other than AWS's (MinIO, Ceph)
            // do not all take the SDK's newer trailing checksums.
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
            // A document (at most a few MB, in memory anyway) goes signed whole, not in signed
            // chunks, which some S3-compatible stores keep as they came instead of decoding.
            .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build())
            .credentialsProvider(credentials(settings));
    if (settings.endpoint() != null && !settings.endpoint().isBlank()) {
      builder.endpointOverride(URI.create(settings.endpoint()));
    }
    this.s3 = builder.build();
  }

  private static AwsCredentialsProvider credentials(DocumentProperties.S3 settings) {
    if (settings.accessKey() != null && !settings.accessKey().isBlank()) {
      return StaticCredentialsProvider.create(
          AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
    }
    // The environment's (AWS_ACCESS_KEY_ID, a profile, an instance role).
    return DefaultCredentialsProvider.builder().build();
  }

  @Override
  public String location() {
    return "s3://" + bucket + "/" + prefix;
  }

  @Override
  public void put(String id, byte[] content) {
    try {
      s3.putObject(
          request -> request.bucket(bucket).key(prefix + id).contentLength((long) content.length),
          RequestBody.fromBytes(content));
    } catch (SdkException failed) {
      throw unavailable("keep", id, failed);
    }
  }

  @Override
  public byte[] get(String id) {
    try {
      return s3.getObjectAsBytes(request -> request.bucket(bucket).key(prefix + id)).asByteArray();
    } catch (SdkException failed) {
      throw unavailable("read", id, failed);
    }
  }

  @Override
  public void delete(String id) {
    try {
      // S3 answers a delete of a missing key with success: an erasure retried is no error.
      s3.deleteObject(request -> request.bucket(bucket).key(prefix + id));
    } catch (NoSuchKeyException gone) {
      LOG.debug("Document {} was already gone from {}", id, location());
    } catch (SdkException failed) {
      throw unavailable("delete", id, failed);
    }
  }

  private StoreUnavailable unavailable(String what, String id, SdkException failed) {
    return new StoreUnavailable(
        "The object store "
            + location()
            + " did not "
            + what
            + " document "
            + id
            + ": "
            + failed.getMessage(),
        failed);
  }

  @Override
  public void close() {
    s3.close();
  }
}
