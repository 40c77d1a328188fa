package org.avrr.workflow.callback;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A callback whose body is the JSON form of a record of the party's API (e.g. the Ministry's exit
 * clearance decision): the record's components are the only fields a body may carry.
 */
public abstract class RecordCallbackContract implements CallbackContract {

  private final String party;
  private final String kind;
  private final String messageName;
  private final String requestKeyVariable;
  private final Set<String> fields;

  protected RecordCallbackContract(
      String party,
      String kind,
      String messageName,
      String requestKeyVariable,
      Class<? extends Record> body) {
    this.party = party;
    this.kind = kind;
    this.messageName = messageName;
    this.requestKeyVariable = requestKeyVariable;
    this.fields =
        Arrays.stream(body.getRecordComponents())
            .map(RecordComponent::getName)
            .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public String party() {
    return party;
  }

  @Override
  public String kind() {
    return kind;
  }

  @Override
  public String messageName() {
    return messageName;
  }

  @Override
  public String requestKeyVariable() {
    return requestKeyVariable;
  }

  /** The body's fields to read, with anything the record does not have already reported. */
  protected CallbackFields fieldsOf(JsonNode body) {
    CallbackFields checked = new CallbackFields(body);
    checked.allowOnly(fields);
    return checked;
  }
}
