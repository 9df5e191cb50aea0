package gr.kentra.tenants;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The registry of centres: who the tenants are, their lifecycle, and provisioning their schemas. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class TenantServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(TenantServiceApplication.class, args);
    }
}
