package org.avrr.workflow.security.sso;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which of our groups a user signed on through the office's provider belongs to: the provider's
 * groups (a claim of the ID token) mapped onto ours by the office's configuration. A provider group
 * the mapping does not name gives nothing, so the provider's other groups ("all staff", "VPN
 * users") never open a work queue here.
 */
final class ProviderGroupMapping {

  private final Map<String, Set<String>> oursByProviderGroup;

  private ProviderGroupMapping(Map<String, Set<String>> oursByProviderGroup) {
    this.oursByProviderGroup = oursByProviderGroup;
  }

  /**
   * Reads {@code Provider group=our-group;…}, refusing what would leave a user with groups the
   * office did not mean: an empty mapping, an entry without {@code =}, a group of ours that does
   * not exist.
   *
   * @throws IllegalArgumentException naming the entry that is wrong
   */
  static ProviderGroupMapping parse(String mapping, Set<String> ourGroups) {
    Map<String, Set<String>> ours = new LinkedHashMap<>();
    for (String entry : mapping == null ? new String[0] : mapping.split(";")) {
      if (entry.isBlank()) {
        continue;
      }
      int separator = entry.lastIndexOf('=');
      String providerGroup = separator < 0 ? "" : entry.substring(0, separator).strip();
      String ourGroup = separator < 0 ? "" : entry.substring(separator + 1).strip();
      if (providerGroup.isEmpty() || ourGroup.isEmpty()) {
        throw new IllegalArgumentException(
            "avrr.sso.group-mapping (AVRR_SSO_GROUP_MAPPING): the entry '"
                + entry.strip()
                + "' is not 'Provider group=our-group'");
      }
      if (!ourGroups.contains(ourGroup)) {
        throw new IllegalArgumentException(
            "avrr.sso.group-mapping (AVRR_SSO_GROUP_MAPPING): '"
                + ourGroup
                + "' is not a group of this application; its groups are "
                + new TreeSet<>(ourGroups));
      }
      ours.computeIfAbsent(providerGroup, key -> new LinkedHashSet<>()).add(ourGroup);
    }
    if (ours.isEmpty()) {
      throw new IllegalArgumentException(
          "avrr.sso.group-mapping (AVRR_SSO_GROUP_MAPPING) is empty: with single sign-on every"
              + " group of this application comes from the provider's groups, e.g."
              + " 'AVRR Counsellors=counsellors;AVRR Managers=managers'");
    }
    return new ProviderGroupMapping(ours);
  }

  /**
   * Our groups for the value of the provider's group claim: a list, or one string of names
   * separated by commas; anything else (absent, a number) gives none.
   */
  Set<String> ourGroupsOf(Object claim) {
    Collection<?> providerGroups =
        claim instanceof Collection<?> list
            ? list
            : claim instanceof String names ? List.of(names.split(",")) : List.of();
    Set<String> ours = new TreeSet<>();
    for (Object providerGroup : providerGroups) {
      ours.addAll(
          oursByProviderGroup.getOrDefault(String.valueOf(providerGroup).strip(), Set.of()));
    }
    return ours;
  }

  /** Every group of ours the mapping can give: the provider decides membership of these. */
  Set<String> mappedGroups() {
    Set<String> all = new TreeSet<>();
    oursByProviderGroup.values().forEach(all::addAll);
    return all;
  }
}
