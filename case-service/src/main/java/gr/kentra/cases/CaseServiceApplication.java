package gr.kentra.cases;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Personal data and casework of each centre, one PostgreSQL schema per tenant. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CaseServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CaseServiceApplication.class, args);
    }
}
