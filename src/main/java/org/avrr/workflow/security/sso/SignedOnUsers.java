package org.avrr.workflow.security.sso;

import java.util.Objects;
import java.util.Set;
import org.avrr.workflow.identity.AvrrGroups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

/**
 * Keeps Camunda's user and memberships of a person signed on through the office's provider as the
 * provider says, at each sign-on: Tasklist and Cockpit show their name, Admin lists them, a task
 * can be assigned to them, and Camunda's periodic re-read of a logged-in user's groups (every five
 * minutes) finds the same groups the provider gave. Such a user has no password here: they cannot
 * log in any other way. A local user of the same id (the administrator, the metrics scraper) is not
 * taken over by the provider.
 */
class SignedOnUsers {

  /** The person as the provider describes them. */
  record SignedOnUser(
      String id, String firstName, String lastName, String email, Set<String> groups) {}

  /** A provider's user whose id belongs to a local user (one with a password) of this office. */
  static class LocalUserConflict extends RuntimeException {
    LocalUserConflict(String userId) {
      super("'" + userId + "' is a local user of this application, not the provider's");
    }
  }

  /** Every user the provider signed on is a member: it tells them from the office's local users. */
  static final String GROUP = "signed-on";

  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  private final IdentityService identity;
  private final ProviderGroupMapping mapping;

  SignedOnUsers(IdentityService identity, ProviderGroupMapping mapping) {
    this.identity = identity;
    this.mapping = mapping;
  }

  /**
   * Creates or updates the user and sets their memberships of the mapped groups to the provider's.
   *
   * @throws LocalUserConflict if a local user holds the id
   */
  void keep(SignedOnUser person) {
    User user = identity.createUserQuery().userId(person.id()).singleResult();
    boolean isNew = user == null;
    if (isNew) {
      user = identity.newUser(person.id());
      // Unknown to anyone and never shown: Camunda's password check needs a password to compare
      // (it fails on none), and the REST API must refuse this user as any wrong password.
      user.setPassword(unusablePassword());
    } else if (identity.createUserQuery().userId(person.id()).memberOfGroup(GROUP).count() == 0) {
      throw new LocalUserConflict(person.id());
    }
    if (isNew
        || !Objects.equals(user.getFirstName(), person.firstName())
        || !Objects.equals(user.getLastName(), person.lastName())
        || !Objects.equals(user.getEmail(), person.email())) {
      user.setFirstName(person.firstName());
      user.setLastName(person.lastName());
      user.setEmail(person.email());
      identity.saveUser(user);
    }
    if (isNew) {
      ensureGroup();
      identity.createMembership(person.id(), GROUP);
    }
    for (String group : mapping.mappedGroups()) {
      boolean member =
          identity.createUserQuery().userId(person.id()).memberOfGroup(group).count() > 0;
      if (person.groups().contains(group) && !member) {
        identity.createMembership(person.id(), group);
      } else if (!person.groups().contains(group) && member) {
        identity.deleteMembership(person.id(), group);
      }
    }
  }

  private void ensureGroup() {
    if (identity.createGroupQuery().groupId(GROUP).count() == 0) {
      Group group = identity.newGroup(GROUP);
      group.setName("Signed on through the office's provider");
      group.setType(AvrrGroups.TYPE_ROLE);
      identity.saveGroup(group);
    }
  }

  private static String unusablePassword() {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    // The suffix meets Camunda's password policy (production turns it on) whatever the random part.
    return java.util.Base64.getEncoder().encodeToString(secret) + "!Aa1";
  }
}
