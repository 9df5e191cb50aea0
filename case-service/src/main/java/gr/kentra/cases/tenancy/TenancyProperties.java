package gr.kentra.cases.tenancy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code changelog}: the tenant changelog every centre's schema follows (a benchmark points it at a longer one). */
@ConfigurationProperties("kentra.tenancy")
record TenancyProperties(String changelog) {

    static final String DEFAULT_CHANGELOG = "db/changelog/tenant.yaml";

    TenancyProperties {
        changelog = changelog == null || changelog.isBlank() ? DEFAULT_CHANGELOG : changelog;
    }
}
