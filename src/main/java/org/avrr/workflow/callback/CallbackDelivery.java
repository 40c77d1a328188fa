package org.avrr.workflow.callback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.avrr.workflow.callback.CallbackInbox.Entry;
import org.avrr.workflow.casefile.CaseErasureProcess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes an outside party's answer to a case: stores it, then correlates it as a BPMN message to the
 * instance of that case that waits for exactly this request. Store first, correlate second:
 * whatever happens after the answer is stored (no case waiting yet, a concurrent change of the
 * case, a crash), {@link CallbackRedelivery} tries again, so an accepted answer is never lost.
 */
@Service
public class CallbackDelivery {

  /** What became of a callback; the controller turns it into an HTTP answer. */
  public enum Receipt {
    /** The waiting case received it. */
    DELIVERED,
    /** Kept: the case does not wait for it yet (or was busy); it is applied when it does. */
    STORED_UNTIL_CASE_WAITS,
    /** The same answer to the same request came before; nothing changes. */
    ALREADY_RECEIVED,
    /** A different answer to the same request came before; the first one stands. */
    CONFLICTS_WITH_EARLIER_ANSWER,
    /** No case has this number. */
    UNKNOWN_CASE,
    /** The case is closed; the answer can no longer change it and is not kept. */
    CASE_CLOSED
  }

  private static final Logger LOG = LoggerFactory.getLogger(CallbackDelivery.class);
  private static final int OPTIMISTIC_LOCKING_ATTEMPTS = 3;
  private static final TypeReference<Map<String, Object>> VARIABLES = new TypeReference<>() {};

  private final CallbackInbox inbox;
  private final List<CallbackContract> contracts;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final TransactionTemplate transactions;
  private final ObjectMapper json;

  public CallbackDelivery(
      CallbackInbox inbox,
      List<CallbackContract> contracts,
      RuntimeService runtime,
      HistoryService history,
      TransactionTemplate transactions,
      ObjectMapper json) {
    this.inbox = inbox;
    this.contracts = contracts;
    this.runtime = runtime;
    this.history = history;
    this.transactions = transactions;
    this.json = json;
  }

  public Optional<CallbackContract> contract(String party, String kind) {
    return contracts.stream()
        .filter(contract -> contract.sentBy(party) && contract.kind().equals(kind))
        .findFirst();
  }

  /**
   * @param caller the authenticated party that sent the answer
   */
  public Receipt receive(
      CallbackContract contract,
      String caller,
      String caseNumber,
      String requestKey,
      Map<String, Object> variables) {
    if (history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count()
        == 0) {
      return Receipt.UNKNOWN_CASE;
    }
    String payload = write(variables);
    Optional<Entry> earlier = inbox.find(caller, contract.kind(), requestKey);
    if (earlier.isPresent()) {
      return repeated(earlier.get(), caseNumber, payload);
    }
    // An erasure still deleting the case's files is not the case running.
    if (runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(caseNumber)
            .processDefinitionKeyNotIn(CaseErasureProcess.KEY)
            .count()
        == 0) {
      return Receipt.CASE_CLOSED;
    }
    Optional<Entry> concurrent =
        inbox.storeIfFirst(caller, contract.kind(), requestKey, caseNumber, payload);
    if (concurrent.isPresent()) {
      return repeated(concurrent.get(), caseNumber, payload);
    }
    Entry stored = inbox.find(caller, contract.kind(), requestKey).orElseThrow();
    if (deliver(contract, stored)) {
      return Receipt.DELIVERED;
    }
    // The redelivery (of this node or another) may have applied it between our store and our
    // try, so that our try found the case already past the step: the caller's answer is applied.
    boolean appliedMeanwhile =
        inbox
            .find(caller, contract.kind(), requestKey)
            .map(entry -> entry.deliveredAt() != null)
            .orElse(false);
    return appliedMeanwhile ? Receipt.DELIVERED : Receipt.STORED_UNTIL_CASE_WAITS;
  }

  /** Tries every stored answer that no case has received yet. */
  public int redeliver(Instant since, int limit) {
    int delivered = 0;
    for (Entry entry : inbox.undelivered(since, limit)) {
      Optional<CallbackContract> contract = contract(entry.party(), entry.kind());
      if (contract.isEmpty()) {
        inbox.noteAttempt(entry.id(), "no contract for " + entry.party() + "/" + entry.kind());
      } else if (deliver(contract.get(), entry)) {
        delivered++;
      }
    }
    return delivered;
  }

  private Receipt repeated(Entry earlier, String caseNumber, String payload) {
    boolean same = earlier.caseNumber().equals(caseNumber) && samePayload(earlier, payload);
    return same ? Receipt.ALREADY_RECEIVED : Receipt.CONFLICTS_WITH_EARLIER_ANSWER;
  }

  /**
   * Correlates and marks the answer delivered in one transaction: either both happen or neither.
   *
   * @return false when no instance of the case waits for this request (yet)
   */
  private boolean deliver(CallbackContract contract, Entry entry) {
    for (int attempt = 1; ; attempt++) {
      try {
        Boolean delivered =
            transactions.execute(
                status -> {
                  if (!CallbackCorrelation.correlate(
                      runtime,
                      contract,
                      entry.party(),
                      entry.caseNumber(),
                      entry.requestKey(),
                      read(entry.payload()))) {
                    return false;
                  }
                  if (!inbox.markDelivered(entry.id())) {
                    // Another node applied it in the meantime: undo ours.
                    status.setRollbackOnly();
                    return true;
                  }
                  return true;
                });
        if (Boolean.TRUE.equals(delivered)) {
          LOG.info(
              "Applied {} answer {} to case {}",
              contract.messageName(),
              entry.requestKey(),
              entry.caseNumber());
          return true;
        }
        inbox.noteAttempt(entry.id(), "no instance of the case waits for this answer yet");
        return false;
      } catch (OptimisticLockingException e) {
        // The case changed under us (e.g. a parallel track moved on): try again on fresh state.
        if (attempt == OPTIMISTIC_LOCKING_ATTEMPTS) {
          inbox.noteAttempt(entry.id(), "the case was busy; will try again");
          return false;
        }
      } catch (RuntimeException e) {
        // Kept for redelivery; the failure is logged for operators, never shown to the caller.
        // The table keeps only a reference to the log entry: an exception's message may quote
        // the case's personal data, and the table outlives the log.
        String reference = java.util.UUID.randomUUID().toString().substring(0, 8);
        LOG.warn(
            "Could not apply {} answer {} to case {} (log reference {}); it stays stored and is"
                + " retried",
            contract.messageName(),
            entry.requestKey(),
            entry.caseNumber(),
            reference,
            e);
        inbox.noteAttempt(
            entry.id(), "could not be applied; see the application log, reference " + reference);
        return false;
      }
    }
  }

  private boolean samePayload(Entry earlier, String payload) {
    return read(earlier.payload()).equals(read(payload));
  }

  private String write(Map<String, Object> variables) {
    try {
      return json.writeValueAsString(variables);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("callback variables cannot be written as JSON", e);
    }
  }

  private Map<String, Object> read(String payload) {
    try {
      return json.readValue(payload, VARIABLES);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored callback payload is not JSON", e);
    }
  }
}
