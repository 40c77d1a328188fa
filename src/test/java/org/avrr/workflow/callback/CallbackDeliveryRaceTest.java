package org.avrr.workflow.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.avrr.workflow.casefile.CaseErasureProcess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An answer stored by its request and, in the same moment, applied to the case by the redelivery
 * (of this node or another): the request's own try then finds the case past the step. The caller
 * must hear that its answer was applied, not that it waits for the case.
 */
class CallbackDeliveryRaceTest {

  private static final String CASE = "BY-2026-000004";
  private static final String KEY = CASE + ":Task_DraftPlan#1";

  @Test
  void anAnswerTheRedeliveryAppliedMeanwhileIsReportedDelivered() {
    RacingInbox inbox = new RacingInbox();
    RuntimeService runtime = mock(RuntimeService.class, RETURNS_DEEP_STUBS);
    when(runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(CASE)
            .processDefinitionKeyNotIn(CaseErasureProcess.KEY)
            .count())
        .thenReturn(1L);
    // The case has already moved past the step: no instance waits for the answer any more.
    when(runtime
            .createMessageCorrelation(anyString())
            .processInstanceBusinessKey(anyString())
            .processInstanceVariableEquals(anyString(), any())
            .setVariables(any())
            .correlateAllWithResult())
        .thenReturn(List.of());
    HistoryService history = mock(HistoryService.class, RETURNS_DEEP_STUBS);
    when(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(CASE).count())
        .thenReturn(1L);
    TransactionTemplate transactions = mock(TransactionTemplate.class);
    when(transactions.execute(any()))
        .thenAnswer(
            call ->
                call.<TransactionCallback<?>>getArgument(0)
                    .doInTransaction(new SimpleTransactionStatus()));
    CallbackDelivery delivery =
        new CallbackDelivery(
            inbox, List.of(new PlanContract()), runtime, history, transactions, new ObjectMapper());

    CallbackDelivery.Receipt receipt =
        delivery.receive(new PlanContract(), "mission-irq", CASE, KEY, Map.of("plan", "x"));

    assertThat(receipt).isEqualTo(CallbackDelivery.Receipt.DELIVERED);
  }

  /** Stores the answer; the redelivery marks it delivered right after the request's own try. */
  private static final class RacingInbox extends CallbackInbox {
    private final List<Entry> entries = new ArrayList<>();

    RacingInbox() {
      super(null);
    }

    @Override
    public Optional<Entry> storeIfFirst(
        String party, String kind, String requestKey, String caseNumber, String payload) {
      entries.add(new Entry(1, party, kind, requestKey, caseNumber, payload, Instant.now(), null));
      return Optional.empty();
    }

    @Override
    public Optional<Entry> find(String party, String kind, String requestKey) {
      return entries.stream().reduce((first, latest) -> latest);
    }

    @Override
    public void noteAttempt(long id, String outcome) {
      // The redelivery applied the answer meanwhile.
      Entry stored = entries.get(entries.size() - 1);
      entries.add(
          new Entry(
              stored.id(),
              stored.party(),
              stored.kind(),
              stored.requestKey(),
              stored.caseNumber(),
              stored.payload(),
              stored.receivedAt(),
              Instant.now()));
    }
  }

  private static final class PlanContract implements CallbackContract {
    @Override
    public String party() {
      return "mission-irq";
    }

    @Override
    public String kind() {
      return "reintegration-plan";
    }

    @Override
    public String messageName() {
      return "ReintegrationPlanSubmitted";
    }

    @Override
    public String requestKeyVariable() {
      return "planRequestKey";
    }

    @Override
    public Map<String, Object> variables(JsonNode body) {
      return Map.of();
    }
  }
}
