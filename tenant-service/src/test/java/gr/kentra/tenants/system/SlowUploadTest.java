package gr.kentra.tenants.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * A client that announces a body and stops sending holds a connection 10 s at most, not Tomcat's default 60 s
 * (issue 11, as case-service, whose {@code SlowUploadTest} shows Tomcat cutting such a body at the timeout).
 */
class SlowUploadTest {

    @Test
    void theServiceGivesASlowUploadTenSecondsAtMost() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties properties = yaml.getObject();
        assertThat(properties).containsEntry("server.tomcat.connection-timeout", "10s");
    }
}
