package gr.kentra.cases.system.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.servers.ServerVariable;
import io.swagger.v3.oas.models.servers.ServerVariables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The public document names the gateway's path for a centre as its only server (relative, so "Try it out" goes
 * through the gateway that served the document, never to this service's own port); {@code /internal/**} is left
 * out of it (springdoc.paths-to-exclude in application.yml).
 */
@Configuration
class OpenApiConfiguration {

    @Bean
    OpenAPI publicApi() {
        return new OpenAPI()
                .info(new Info().title("Kentra case-service").description("A centre's casework, through the gateway"
                        + " at /t/{tenant}/api/…"))
                .addServersItem(new Server().url("/t/{tenant}").description("The gateway, in one centre")
                        .variables(new ServerVariables().addServerVariable("tenant",
                                new ServerVariable()._default("moschato-tavros").description("The centre's id"))));
    }
}
