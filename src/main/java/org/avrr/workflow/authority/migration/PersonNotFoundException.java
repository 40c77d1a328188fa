package org.avrr.workflow.authority.migration;

/** The Ministry found no record of the person: the identity is not confirmed. */
public class PersonNotFoundException extends RuntimeException {

  public PersonNotFoundException(String message) {
    super(message);
  }
}
