package org.avrr.workflow.security.sso;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Single sign-on through the office's OpenID Connect provider (profile {@code sso}; the provider
 * itself is {@code spring.security.oauth2.client.*}, see application-sso.yaml).
 *
 * @param enabled on in profile {@code sso} only
 * @param groupClaim the ID token or user-info claim listing the user's groups at the provider (a
 *     list, or one string of names separated by commas)
 * @param groupMapping the provider's groups that mean ours: {@code Provider group=our-group}
 *     entries separated by {@code ;} (the last {@code =} of an entry separates them, so a
 *     directory's distinguished name may be used); several provider groups may mean the same one of
 *     ours, a provider group may mean several of ours (one entry each)
 */
@ConfigurationProperties("avrr.sso")
public record SingleSignOnProperties(
    @DefaultValue("false") boolean enabled,
    @DefaultValue("groups") String groupClaim,
    @DefaultValue("") String groupMapping) {}
