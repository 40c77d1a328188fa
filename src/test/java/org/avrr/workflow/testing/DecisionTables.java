package org.avrr.workflow.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Evaluates the decision tables in processes/*.dmn with the DMN engine alone (milliseconds, no
 * process engine) and records which rules matched, so a test class can assert that every rule of
 * its table was exercised at least once.
 */
public final class DecisionTables {

  private final DmnEngine engine;
  private final Map<String, Set<String>> matchedRules = new ConcurrentHashMap<>();

  public DecisionTables() {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration)
            DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    DmnDecisionTableEvaluationListener recorder =
        (DmnDecisionTableEvaluationEvent event) ->
            event
                .getMatchingRules()
                .forEach(
                    rule ->
                        matchedRules
                            .computeIfAbsent(
                                event.getDecision().getKey(), key -> ConcurrentHashMap.newKeySet())
                            .add(rule.getId()));
    configuration.customPostDecisionTableEvaluationListeners(java.util.List.of(recorder));
    this.engine = configuration.buildEngine();
  }

  /** Evaluates decision {@code key} from processes/{file} (with its required decisions). */
  public DmnDecisionResult evaluate(String file, String key, VariableMap variables) {
    return engine.evaluateDecision(decision(file, key), variables);
  }

  /** Fails naming each rule of the table that no evaluation has matched so far. */
  public void assertEveryRuleMatched(String file, String key) {
    DmnDecisionTableImpl table = (DmnDecisionTableImpl) decision(file, key).getDecisionLogic();
    Set<String> all =
        table.getRules().stream().map(DmnDecisionTableRuleImpl::getId).collect(Collectors.toSet());
    assertThat(matchedRules.getOrDefault(key, Set.of()))
        .as("rules of decision table '%s' matched by the tests", key)
        .containsAll(all);
  }

  private DmnDecision decision(String file, String key) {
    try (InputStream dmn = Files.newInputStream(Path.of("processes", file))) {
      return engine.parseDecision(key, dmn);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read processes/" + file, e);
    }
  }
}
