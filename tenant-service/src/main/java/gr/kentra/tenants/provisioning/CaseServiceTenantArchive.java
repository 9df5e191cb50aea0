package gr.kentra.tenants.provisioning;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import gr.kentra.commons.tenant.TenantId;
import gr.kentra.tenants.lifecycle.TenantArchive;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * case-service's archive API ({@code POST /internal/tenants/{id}/archive}, {@code DELETE /internal/tenants/{id}}),
 * called as this service like provisioning. An export may take minutes, hence its own read timeout.
 */
@Component
class CaseServiceTenantArchive implements TenantArchive {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Summary(String file, String sha256, long size, long totalRows) {
    }

    private final RestClient caseService;

    CaseServiceTenantArchive(CaseServiceProperties properties, OAuth2AuthorizedClientManager clients,
            RestClient.Builder builder) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(java.time.Duration.ofSeconds(5));
        requests.setReadTimeout(properties.exportTimeout());
        this.caseService = builder.clone().baseUrl(properties.url().toString())
                .requestFactory(requests)
                .requestInterceptor(ServiceTokens.interceptor(clients))
                .build();
    }

    @Override
    public Export export(TenantId tenant) {
        Summary summary;
        try {
            summary = caseService.post().uri("/internal/tenants/{tenant}/archive", tenant.value())
                    .retrieve().body(Summary.class);
        } catch (HttpClientErrorException.NotFound neverProvisioned) {
            return TenantArchive.Export.NOTHING_HELD;
        }
        if (summary == null || summary.file() == null || summary.sha256() == null) {
            throw new IllegalStateException("case-service answered the export of " + tenant + " without a file");
        }
        return new Export(summary.file(), summary.sha256(), summary.size(), summary.totalRows());
    }

    @Override
    public void delete(TenantId tenant) {
        try {
            caseService.delete().uri("/internal/tenants/{tenant}", tenant.value()).retrieve().toBodilessEntity();
        } catch (HttpClientErrorException.NotFound alreadyGone) {
            // A retry after the schema went but before the registry recorded it.
        }
    }

    @Override
    public void deleteExport(TenantId tenant, String file) {
        try {
            caseService.delete().uri("/internal/tenants/{tenant}/exports/{file}", tenant.value(), file).retrieve()
                    .toBodilessEntity();
        } catch (HttpClientErrorException.NotFound alreadyGone) {
            // A retry after the file went but before the registry recorded it.
        }
    }
}
