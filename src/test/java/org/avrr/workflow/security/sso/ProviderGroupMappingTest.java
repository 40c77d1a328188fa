package org.avrr.workflow.security.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The office's provider groups mean ours only as the office configured it. */
class ProviderGroupMappingTest {

  private static final Set<String> OURS =
      Set.of("counsellors", "case-managers", "managers", "mission-deu", "camunda-admin");

  @Test
  void aPersonGetsTheGroupsTheirProviderGroupsMeanAndNothingForTheOthers() {
    ProviderGroupMapping mapping =
        ProviderGroupMapping.parse(
            "AVRR Counsellors=counsellors; AVRR Managers = managers ;"
                + "CN=AVRR Case Managers,OU=Groups,DC=iom,DC=int=case-managers;"
                + "AVRR Managers=case-managers",
            OURS);

    assertThat(mapping.ourGroupsOf(List.of("All staff", "AVRR Counsellors")))
        .containsExactly("counsellors");
    assertThat(mapping.ourGroupsOf(List.of("AVRR Managers")))
        .containsExactlyInAnyOrder("managers", "case-managers");
    assertThat(mapping.ourGroupsOf(List.of("CN=AVRR Case Managers,OU=Groups,DC=iom,DC=int")))
        .containsExactly("case-managers");
    assertThat(mapping.ourGroupsOf("AVRR Counsellors,VPN users")).containsExactly("counsellors");
    assertThat(mapping.ourGroupsOf(null)).isEmpty();
    assertThat(mapping.ourGroupsOf(42)).isEmpty();
    assertThat(mapping.mappedGroups())
        .containsExactlyInAnyOrder("counsellors", "managers", "case-managers");
  }

  @Test
  void aMappingThatWouldGiveGroupsTheOfficeDidNotMeanRefusesToStartNamingTheEntry() {
    assertThatThrownBy(() -> ProviderGroupMapping.parse("", OURS))
        .hasMessageContaining("AVRR_SSO_GROUP_MAPPING")
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> ProviderGroupMapping.parse("AVRR Counsellors", OURS))
        .hasMessageContaining("'AVRR Counsellors' is not 'Provider group=our-group'");
    assertThatThrownBy(() -> ProviderGroupMapping.parse("AVRR Counsellors=", OURS))
        .hasMessageContaining("is not 'Provider group=our-group'");
    assertThatThrownBy(() -> ProviderGroupMapping.parse("AVRR Finance=finance", OURS))
        .hasMessageContaining("'finance' is not a group of this application")
        .hasMessageContaining("counsellors");
  }
}
