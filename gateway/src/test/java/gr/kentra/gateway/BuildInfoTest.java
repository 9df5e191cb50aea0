package gr.kentra.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.info.InfoEndpoint;

/**
 * /actuator/info (on the management port) names the version and the commit a service was built from: Spring
 * Boot's build-info and the git-commit-id plugin write them at build time, offline, from any clone (issue 16).
 */
class BuildInfoTest extends GatewayTest {

    @Autowired
    private InfoEndpoint info;

    @Test
    @SuppressWarnings("unchecked")
    void infoNamesTheVersionAndTheCommitTheServiceWasBuiltFrom() {
        Map<String, Object> all = info.info();

        Map<String, Object> build = (Map<String, Object>) all.get("build");
        assertThat(build).containsEntry("artifact", "gateway").containsKey("time");
        assertThat(String.valueOf(build.get("version"))).matches("\\d+\\.\\d+\\.\\d+.*");
        Map<String, Object> commit = (Map<String, Object>) ((Map<String, Object>) all.get("git")).get("commit");
        assertThat(String.valueOf(commit.get("id"))).matches("[0-9a-f]{7,40}");
        assertThat(commit).containsKey("time");
    }
}
