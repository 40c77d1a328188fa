package org.avrr.workflow.i18n;

import java.util.List;

/**
 * Something to tell a user, not yet in words: a key of the message catalogues ({@link Messages})
 * and the values it names as {0}, {1}, ... The words are chosen when the user's language is known.
 */
public record Message(String key, List<Object> args) {

  public static Message of(String key, Object... args) {
    return new Message(key, List.of(args));
  }

  /** In {@code language}, from the catalogues; a value that is itself a message is too. */
  public String in(String language) {
    return Messages.text(
        language,
        key,
        args.stream()
            .map(arg -> arg instanceof Message inner ? inner.in(language) : arg)
            .toArray());
  }
}
