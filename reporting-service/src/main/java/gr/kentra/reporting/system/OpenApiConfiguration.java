package gr.kentra.reporting.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The public document's only server is the gateway that served it (relative), never this service's own port;
 * {@code /internal/**} is left out of it (springdoc.paths-to-exclude in application.yml).
 */
@Configuration
class OpenApiConfiguration {

    @Bean
    OpenAPI publicApi() {
        return new OpenAPI()
                .info(new Info().title("Kentra reporting-service").description("Anonymised indicators, suppressed for small"
                        + " counts"))
                .addServersItem(new Server().url("/").description("The gateway"));
    }
}
