package org.avrr.workflow.i18n;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Component;

/**
 * The language a user chose for themselves, kept in their Camunda profile (user info {@value
 * #PROFILE_KEY}): it wins over the browser's, so a counsellor on a shared English-language computer
 * still works in Russian. Read on every form fetched and submitted, so it is remembered here for a
 * short while; a choice made on another node of a cluster shows here within that while.
 */
@Component
public class UserLanguages {

  /** The key of the user info entry that holds the chosen language. */
  public static final String PROFILE_KEY = "avrr.language";

  private static final Duration REMEMBERED_FOR = Duration.ofSeconds(30);

  private record Remembered(Optional<String> language, long until) {}

  private final ProcessEngine engine;
  private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

  UserLanguages(ProcessEngine engine) {
    this.engine = engine;
  }

  /** The language {@code userId} chose, if they chose one that is still offered. */
  public Optional<String> chosenBy(String userId) {
    long now = System.nanoTime();
    Remembered known = remembered.get(userId);
    if (known != null && known.until() - now > 0) {
      return known.language();
    }
    Optional<String> language = Languages.offered(identity().getUserInfo(userId, PROFILE_KEY));
    if (remembered.size() > 10_000) {
      remembered.clear(); // a bound, not a policy: an office has far fewer users
    }
    remembered.put(userId, new Remembered(language, now + REMEMBERED_FOR.toNanos()));
    return language;
  }

  /** Keeps {@code language} (offered) as the user's choice; empty: the browser chooses again. */
  public void choose(String userId, Optional<String> language) {
    if (language.isPresent()) {
      String offered =
          Languages.offered(language.get())
              .filter(language.get()::equals)
              .orElseThrow(() -> new IllegalArgumentException("not an offered language"));
      identity().setUserInfo(userId, PROFILE_KEY, offered);
    } else {
      identity().deleteUserInfo(userId, PROFILE_KEY);
    }
    // Remembered as chosen at once: a read of the old choice just before cannot outlive it here.
    remembered.put(
        userId,
        new Remembered(
            language.flatMap(Languages::offered), System.nanoTime() + REMEMBERED_FOR.toNanos()));
  }

  private IdentityService identity() {
    return engine.getIdentityService();
  }
}
