package gr.kentra.cases.indicator;

import java.time.Duration;

import gr.kentra.cases.tenancy.CentreNames;
import gr.kentra.cases.tenancy.TenantDirectory;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** The relay runs only where reporting-service is configured; facts are written to the outboxes regardless. */
@Configuration
@ConditionalOnProperty("kentra.indicators.reporting-url")
@EnableScheduling
class IndicatorConfiguration {

    @Bean
    FactRelay factRelay(FactOutbox outbox, TenantDirectory tenants, DeadLetters deadLetters, JsonMapper json,
            IndicatorProperties properties,
            ClientRegistrationRepository registrations, OAuth2AuthorizedClientService authorizedClients,
            RestClient.Builder builder, MeterRegistry meters, ObservationRegistry observations,
            ObjectProvider<Tracer> tracer, CentreNames names, JdbcTemplate platform) {
        ReportingClient reporting = reportingClient(properties, registrations, authorizedClients, builder);
        // A claimed attempt holds the centre for as long as its round can take: every batch connecting and read at
        // the last moment.
        Duration claim = ReportingClient.CONNECT_TIMEOUT.plus(properties.readTimeout())
                .multipliedBy(properties.roundBatches());
        RelayBackoffs backoffs = new RelayBackoffs(platform, properties.firstBackoff(), properties.maxBackoff(), claim);
        return new FactRelay(outbox, tenants, reporting, deadLetters, json, properties, meters, observations,
                tracer.getIfAvailable(() -> Tracer.NOOP), names, backoffs);
    }

    /** The relay's client of reporting-service, with case-service's own token (client credentials). */
    static ReportingClient reportingClient(IndicatorProperties properties, ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientService authorizedClients, RestClient.Builder builder) {
        var clients = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, authorizedClients);
        clients.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
        return new ReportingClient(properties, clients, builder);
    }

    @Bean
    OutboxGauges outboxGauges(TenantDirectory tenants, MeterRegistry meters) {
        return new OutboxGauges(tenants, meters);
    }
}
