package gr.kentra.cases.tenancy.lifecycle;

import gr.kentra.cases.tenancy.CentreNames;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.web.client.RestClient;

@Configuration
class LifecycleConfiguration {

    @Bean
    CentreLifecycle centreLifecycle(RegistryProperties properties,
            ObjectProvider<ClientRegistrationRepository> registrations,
            ObjectProvider<OAuth2AuthorizedClientService> authorizedClients, RestClient.Builder builder) {
        RegistryClient client = properties.url() == null ? null
                : new RegistryClient(properties, registrations.getObject(), authorizedClients.getObject(), builder);
        return new CentreLifecycle(client, properties);
    }

    @Bean
    CentreNames centreNames(CentreLifecycle lifecycle) {
        return new CentreNames(lifecycle);
    }
}
