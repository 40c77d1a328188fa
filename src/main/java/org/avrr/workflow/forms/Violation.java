package org.avrr.workflow.forms;

/** One thing wrong with a submitted form, worded for the person who filled it in. */
public record Violation(String field, String message) {}
