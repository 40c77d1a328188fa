package org.avrr.workflow.documents;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.avrr.workflow.common.OfficeCalendar;
import org.avrr.workflow.i18n.Languages;
import org.avrr.workflow.i18n.Message;
import org.avrr.workflow.identity.AvrrGroups;
import org.avrr.workflow.security.CallingUser;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The documents of a case (issue 17): added by a user at a task of the case offered to them, after
 * their content is checked (a PDF, JPEG or PNG, by its bytes; at most the configured size) and the
 * malware scanner passed them; read by whoever may read the case (ADR 0005: managers and case
 * managers every case, anyone else a case through a task of it offered to them); every upload,
 * refusal and download recorded.
 */
@Component
public class CaseDocuments implements CaseDocumentErasure {

  private static final Logger LOG = LoggerFactory.getLogger(CaseDocuments.class);

  /** Who reads every case (ADR 0005). */
  static final List<String> OVERSIGHT = List.of(AvrrGroups.MANAGERS, AvrrGroups.CASE_MANAGERS);

  /** A document as listed: everything but its content. */
  public record Document(
      String id,
      String caseNumber,
      DocumentKind kind,
      String taskKey,
      String taskId,
      String taskName,
      String fileName,
      String contentType,
      long sizeBytes,
      String sha256,
      String scannedBy,
      String addedBy,
      Instant addedAt,
      Instant erasedAt) {

    /**
     * What the document is, in the office's words ("Signed consent"), for the pages that list it.
     */
    @JsonProperty("kindLabel")
    public String kindLabel() {
      return kind.label();
    }
  }

  /** A kind of document as a task offers it: its name, its label, whether the task expects it. */
  public record Kind(DocumentKind kind, String label, boolean expectedHere) {}

  /**
   * What a task's Documents tab shows: the case, the kinds of document (those the task expects
   * first), the largest file accepted and every document of the case, newest first.
   */
  public record AtTask(
      String caseNumber,
      String taskId,
      String taskName,
      List<Kind> kinds,
      long maxSizeMegabytes,
      List<Document> documents) {}

  /** A document's content, to be downloaded. */
  public record Content(Document document, byte[] bytes) {}

  /** Refused: what is wrong, in words the user can act on; {@code status} the HTTP answer. */
  public static class Refused extends RuntimeException {
    private final int status;
    private final Message message;

    /** A refusal worded for partners' systems, in English only. */
    Refused(int status, String message) {
      super(message);
      this.status = status;
      this.message = null;
    }

    /** A refusal a user reads, worded in their language when answered ({@link #in}). */
    Refused(int status, Message message) {
      super(message.in(Languages.ENGLISH));
      this.status = status;
      this.message = message;
    }

    public int status() {
      return status;
    }

    /** What to tell a user who works in {@code language}. */
    public String in(String language) {
      return message == null ? getMessage() : message.in(language);
    }
  }

  private final JdbcTemplate jdbc;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final MalwareScanner scanner;
  private final DocumentProperties properties;
  private final OfficeCalendar calendar;
  private final DocumentStores stores;
  private final TransactionTemplate transactions;

  CaseDocuments(
      JdbcTemplate jdbc,
      TaskService tasks,
      RuntimeService runtime,
      MalwareScanner scanner,
      DocumentProperties properties,
      OfficeCalendar calendar,
      DocumentStores stores,
      PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.tasks = tasks;
    this.runtime = runtime;
    this.scanner = scanner;
    this.properties = properties;
    this.calendar = calendar;
    this.stores = stores;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  /**
   * Adds a file to the case of task {@code taskId}, which must be offered to {@code user}. A file
   * refused (its content, its size, the scanner's verdict) is not stored; the refusal is recorded.
   */
  public Document add(
      CallingUser user, String taskId, DocumentKind kind, String fileName, byte[] content) {
    Task task = offeredTask(user, taskId);
    return keep(
        caseOf(task),
        new Origin(user.id(), task.getTaskDefinitionKey(), task.getId(), taskName(task), null),
        kind,
        fileName,
        content);
  }

  /**
   * Adds a file a partner's system sent (a mission's monitoring report, {@link
   * MissionDocumentsController}) to case {@code caseNumber}, which the caller has checked it may
   * add to. {@code reference} is the partner's own name for the document: the same reference sent
   * again (an answer lost on the way) returns the document kept the first time, not a copy.
   */
  public Received receive(
      String party,
      String caseNumber,
      String reference,
      DocumentKind kind,
      String fileName,
      byte[] content) {
    Optional<Received> earlier = earlier(party, caseNumber, reference, content);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    try {
      return new Received(
          keep(caseNumber, new Origin(party, null, null, null, reference), kind, fileName, content),
          true);
    } catch (DuplicateKeyException sentTwiceAtOnce) {
      // The same document sent again while the first was being kept: that one is the answer.
      return earlier(party, caseNumber, reference, content).orElseThrow(() -> sentTwiceAtOnce);
    }
  }

  private Optional<Received> earlier(
      String party, String caseNumber, String reference, byte[] content) {
    List<Document> kept =
        jdbc.query(
            "SELECT "
                + COLUMNS
                + " FROM avrr_document WHERE added_by = ? AND partner_reference = ?",
            (row, i) -> document(row),
            party,
            reference);
    if (kept.isEmpty()) {
      return Optional.empty();
    }
    Document document = kept.get(0);
    if (!document.caseNumber().equals(caseNumber) || !document.sha256().equals(sha256(content))) {
      throw new Refused(
          409,
          "Reference "
              + reference
              + " was already used for another document: send a new reference for a new"
              + " document.");
    }
    return Optional.of(new Received(document, false));
  }

  /** A partner's document, and whether this call added it (false: it was already kept). */
  public record Received(Document document, boolean added) {}

  /** Who added a document and where: a user at a task, or a partner's system by its reference. */
  private record Origin(
      String addedBy, String taskKey, String taskId, String taskName, String partnerReference) {}

  /**
   * Checks the file (its content, size, the scanner's verdict) and keeps it with the case; a file
   * refused is not kept, the refusal is recorded.
   */
  private Document keep(
      String caseNumber, Origin origin, DocumentKind kind, String fileName, byte[] content) {
    String name = fileName(fileName);
    String hash = sha256(content);
    Message refusal = null;
    int status = 400;
    Optional<DocumentContent> type = DocumentContent.of(content);
    if (content.length == 0) {
      refusal = Message.of("documents.empty");
    } else if (content.length > properties.maxSize().toBytes()) {
      refusal =
          Message.of(
              "documents.tooLarge",
              properties.maxSize().toMegabytes(),
              content.length / (1024 * 1024));
      status = 413;
    } else if (type.isEmpty()) {
      refusal = Message.of("documents.notPdfJpegPng");
      status = 415;
    }
    String scannedBy;
    if (refusal == null) {
      MalwareScanner.Verdict verdict;
      try {
        verdict = scanner.scan(content);
      } catch (MalwareScanner.ScannerUnavailableException down) {
        record(
            caseNumber,
            null,
            "REFUSED",
            origin.addedBy(),
            name + ": not scanned, " + down.getMessage());
        throw new Refused(503, Message.of("documents.scannerDown"));
      }
      if (verdict instanceof MalwareScanner.Verdict.Infected infected) {
        record(
            caseNumber,
            null,
            "REFUSED",
            origin.addedBy(),
            name
                + " ("
                + content.length
                + " bytes, sha256 "
                + hash
                + "): malware "
                + infected.signature());
        throw new Refused(422, Message.of("documents.malware", infected.signature()));
      }
      scannedBy =
          verdict instanceof MalwareScanner.Verdict.NotScanned notScanned
              ? "not scanned: " + notScanned.why()
              : "scanned clean by " + scanner.describe();
    } else {
      record(
          caseNumber,
          null,
          "REFUSED",
          origin.addedBy(),
          name + ": " + refusal.in(Languages.ENGLISH));
      throw new Refused(status, Message.of("documents.notStored", refusal));
    }
    String id = UUID.randomUUID().toString();
    Instant now = calendar.now();
    ObjectStore store = stores.current();
    String checkedBy = scannedBy;
    // Only the row, its content and the event in a transaction: checked and scanned before it,
    // so a slow scanner holds no database connection.
    try {
      transactions.executeWithoutResult(
          transaction -> {
            jdbc.update(
                "INSERT INTO avrr_document (id, case_number, kind, task_key, task_id, task_name,"
                    + " file_name, content_type, size_bytes, sha256, scanned_by, added_by,"
                    + " added_at, stored_in, partner_reference)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id,
                caseNumber,
                kind.name(),
                origin.taskKey(),
                origin.taskId(),
                origin.taskName(),
                name,
                type.get().mediaType(),
                (long) content.length,
                hash,
                checkedBy,
                origin.addedBy(),
                Timestamp.from(now),
                store.location(),
                origin.partnerReference());
            store.put(id, content);
            forgetIfNotCommitted(store, id);
            record(caseNumber, id, "ADDED", origin.addedBy(), kind.name() + " " + name);
          });
    } catch (ObjectStore.StoreUnavailable down) {
      record(
          caseNumber,
          null,
          "REFUSED",
          origin.addedBy(),
          name + ": not stored, " + down.getMessage());
      throw new Refused(503, Message.of("documents.storeDownOnAdd"));
    }
    return new Document(
        id,
        caseNumber,
        kind,
        origin.taskKey(),
        origin.taskId(),
        origin.taskName(),
        name,
        type.get().mediaType(),
        content.length,
        hash,
        scannedBy,
        origin.addedBy(),
        now,
        null);
  }

  /**
   * The case of task {@code taskId} as its Documents tab shows it, if the task is offered to {@code
   * user}: the kinds the task expects first, then the others; the case's documents.
   */
  public AtTask atTask(CallingUser user, String taskId) {
    Task task = offeredTask(user, taskId);
    String caseNumber = caseOf(task);
    Set<DocumentKind> expected = TaskDocumentKinds.expectedAt(task.getTaskDefinitionKey());
    List<Kind> kinds = new ArrayList<>();
    expected.forEach(kind -> kinds.add(new Kind(kind, kind.label(), true)));
    for (DocumentKind kind : DocumentKind.values()) {
      if (!expected.contains(kind)) {
        kinds.add(new Kind(kind, kind.label(), false));
      }
    }
    return new AtTask(
        caseNumber,
        task.getId(),
        taskName(task),
        kinds,
        properties.maxSize().toMegabytes(),
        documentsOf(caseNumber));
  }

  /**
   * Whether a document of one of {@code kinds} was added at task {@code taskId} (and not erased): a
   * task's evidence rule asks this while its form is submitted.
   */
  public boolean addedAt(String taskId, Collection<DocumentKind> kinds) {
    if (kinds.isEmpty()) {
      return false;
    }
    Integer found =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM avrr_document WHERE task_id = ? AND erased_at IS NULL AND kind IN ("
                + String.join(", ", Collections.nCopies(kinds.size(), "?"))
                + ")",
            Integer.class,
            Stream.concat(Stream.of(taskId), kinds.stream().map(Enum::name)).toArray());
    return found != null && found > 0;
  }

  /** The case's documents, newest first, if {@code user} may read the case. */
  public List<Document> of(CallingUser user, String caseNumber) {
    mayRead(user, caseNumber);
    return documentsOf(caseNumber);
  }

  private List<Document> documentsOf(String caseNumber) {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM avrr_document WHERE case_number = ? ORDER BY added_at DESC",
        (row, i) -> document(row),
        caseNumber);
  }

  /** A document's content, if {@code user} may read its case; the download is recorded. */
  public Content content(CallingUser user, String id) {
    List<Document> found =
        jdbc.query(
            "SELECT " + COLUMNS + " FROM avrr_document WHERE id = ?",
            (row, i) -> document(row),
            id);
    if (found.isEmpty()) {
      throw new Refused(404, Message.of("documents.noDocument", id));
    }
    Document document = found.get(0);
    try {
      mayRead(user, document.caseNumber());
    } catch (Refused mayNot) {
      // Not even which case it belongs to.
      throw new Refused(403, Message.of("documents.mayNotRead"));
    }
    if (document.erasedAt() != null) {
      throw new Refused(410, Message.of("documents.erased"));
    }
    byte[] bytes;
    try {
      bytes = stores.at(storedIn(id)).get(id);
    } catch (ObjectStore.StoreUnavailable down) {
      LOG.warn("Document {} could not be read: {}", id, down.getMessage());
      throw new Refused(503, Message.of("documents.storeDownOnRead"));
    }
    record(document.caseNumber(), id, "DOWNLOADED", user.id(), null);
    return new Content(document, bytes);
  }

  /**
   * Erasure of the case's personal data (CaseErasure, in its transaction): every document's
   * content, name and hash go; the row stays to say that a document of that kind was added by whom
   * and when, and that it was erased. Files on an object store are deleted there in the erasure's
   * next step ({@link #deleteErasedFiles}): none can be read once the row says erased.
   */
  @Override
  public int eraseCase(String caseNumber) {
    int erased =
        jdbc.update(
            "UPDATE avrr_document SET content = NULL, file_name = '(erased)', sha256 = '',"
                + " partner_reference = NULL, erased_at = ? WHERE case_number = ? AND erased_at IS"
                + " NULL",
            Timestamp.from(calendar.now()),
            caseNumber);
    // Each event's detail may name a file (an upload, a refusal): what happened stays, not that.
    jdbc.update("UPDATE avrr_document_event SET detail = NULL WHERE case_number = ?", caseNumber);
    if (erased > 0) {
      record(caseNumber, null, "ERASED", "case-erasure", erased + " documents");
    }
    return erased;
  }

  @Override
  public boolean hasErasedFilesToDelete(String caseNumber) {
    return !erasedFilesOf(caseNumber).isEmpty();
  }

  /**
   * Deletes the object-store files of the case's erased documents, in the job's transaction: after
   * an outage the retry deletes them all again, which the store takes as no error.
   */
  @Override
  public int deleteErasedFiles(String caseNumber) {
    List<Map<String, Object>> files = erasedFilesOf(caseNumber);
    for (Map<String, Object> file : files) {
      String id = (String) file.get("id");
      stores.at((String) file.get("stored_in")).delete(id);
      jdbc.update(
          "UPDATE avrr_document SET file_deleted_at = ? WHERE id = ?",
          Timestamp.from(calendar.now()),
          id);
    }
    if (!files.isEmpty()) {
      record(caseNumber, null, "FILES_DELETED", "case-erasure", files.size() + " files");
    }
    return files.size();
  }

  private List<Map<String, Object>> erasedFilesOf(String caseNumber) {
    return jdbc.queryForList(
        "SELECT id, stored_in FROM avrr_document WHERE case_number = ? AND erased_at IS NOT NULL"
            + " AND file_deleted_at IS NULL AND stored_in IS NOT NULL AND stored_in <> ?",
        caseNumber,
        DatabaseContent.LOCATION);
  }

  /**
   * A file put on an object store whose row then did not commit would be a scan no row, and so no
   * erasure, reaches: it is deleted again (logged if the store does not answer).
   */
  private static void forgetIfNotCommitted(ObjectStore store, String id) {
    if (store instanceof DatabaseContent) {
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCompletion(int status) {
            if (status != STATUS_COMMITTED) {
              try {
                store.delete(id);
              } catch (RuntimeException failed) {
                LOG.error(
                    "Document {} was put on {} but not recorded, and could not be deleted"
                        + " there: delete it by hand ({})",
                    id,
                    store.location(),
                    failed.getMessage());
              }
            }
          }
        });
  }

  private String storedIn(String id) {
    return jdbc.queryForObject(
        "SELECT stored_in FROM avrr_document WHERE id = ?", String.class, id);
  }

  private static final String COLUMNS =
      "id, case_number, kind, task_key, task_id, task_name, file_name, content_type, size_bytes, sha256, scanned_by,"
          + " added_by, added_at, erased_at";

  private static Document document(java.sql.ResultSet row) throws java.sql.SQLException {
    Timestamp erased = row.getTimestamp("erased_at");
    return new Document(
        row.getString("id"),
        row.getString("case_number"),
        DocumentKind.valueOf(row.getString("kind")),
        row.getString("task_key"),
        row.getString("task_id"),
        row.getString("task_name"),
        row.getString("file_name"),
        row.getString("content_type"),
        row.getLong("size_bytes"),
        row.getString("sha256"),
        row.getString("scanned_by"),
        row.getString("added_by"),
        row.getTimestamp("added_at").toInstant(),
        erased == null ? null : erased.toInstant());
  }

  /**
   * The task, if it is open and offered to the user (assigned to them or to one of their groups).
   */
  private Task offeredTask(CallingUser user, String taskId) {
    Task task = offeredTo(user).taskId(taskId).singleResult();
    if (task == null) {
      throw new Refused(403, Message.of("documents.notYourTask", taskId));
    }
    return task;
  }

  /** Open tasks offered to the user: assigned to them, or to them or one of their groups. */
  private TaskQuery offeredTo(CallingUser user) {
    return tasks
        .createTaskQuery()
        .or()
        .taskAssignee(user.id())
        .taskCandidateUser(user.id())
        .taskCandidateGroupIn(user.groups().isEmpty() ? List.of("-") : user.groups())
        .endOr();
  }

  /** The task's name as Tasklist shows it, within the column's length. */
  private static String taskName(Task task) {
    String name = task.getName() == null ? task.getTaskDefinitionKey() : task.getName();
    return name.length() > 255 ? name.substring(0, 255) : name;
  }

  /** The case number of a task: its process's business key (every process of a case has it). */
  private String caseOf(Task task) {
    ProcessInstance instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceId(task.getProcessInstanceId())
            .singleResult();
    if (instance == null || instance.getBusinessKey() == null) {
      throw new Refused(400, Message.of("documents.notACaseTask", task.getId()));
    }
    return instance.getBusinessKey();
  }

  /**
   * Whether the user may read the case (ADR 0005): managers and case managers every case; anyone
   * else a case with a task open and offered to them.
   */
  private void mayRead(CallingUser user, String caseNumber) {
    if (user.memberOfAny(OVERSIGHT)) {
      return;
    }
    long offered = offeredTo(user).processInstanceBusinessKey(caseNumber).count();
    if (offered == 0) {
      throw new Refused(403, Message.of("documents.mayNotReadCase", caseNumber));
    }
  }

  private void record(
      String caseNumber, String documentId, String action, String user, String detail) {
    jdbc.update(
        "INSERT INTO avrr_document_event (occurred_at, case_number, document_id, action, user_id,"
            + " detail) VALUES (?, ?, ?, ?, ?, ?)",
        Timestamp.from(calendar.now()),
        caseNumber,
        documentId,
        action,
        user,
        detail == null ? null : detail.substring(0, Math.min(500, detail.length())));
  }

  /** The name it was uploaded under, without any path, for the list (never to store by). */
  private static String fileName(String name) {
    String base = name == null ? "" : name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).strip();
    base = base.replaceAll("[\\p{Cntrl}]", "");
    if (base.isEmpty()) {
      base = "document";
    }
    return base.length() > 200 ? base.substring(0, 200) : base;
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
