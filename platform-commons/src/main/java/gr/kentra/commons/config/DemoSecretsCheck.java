package gr.kentra.commons.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start a service outside the {@value #LOCAL_PROFILE} profile (which the launcher and the tests switch
 * on) while a secret is missing or still one of the demo values committed in the repository, naming the property.
 * Runs before any bean is made, so nothing connects anywhere with a demo secret. Declare it as a {@code static}
 * {@code @Bean}, with each secret's property and its known demo values.
 */
public final class DemoSecretsCheck implements BeanFactoryPostProcessor, EnvironmentAware {

    public static final String LOCAL_PROFILE = "local";

    private final Map<String, Set<String>> demoValues;
    private Environment environment;

    public DemoSecretsCheck(Map<String, Set<String>> demoValues) {
        this.demoValues = Map.copyOf(demoValues);
    }

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        check(environment, demoValues);
    }

    /** Throws naming every offending property, unless the local profile is active. */
    public static void check(Environment environment, Map<String, Set<String>> demoValues) {
        if (environment.acceptsProfiles(Profiles.of(LOCAL_PROFILE))) {
            return;
        }
        List<String> problems = new ArrayList<>();
        demoValues.keySet().stream().sorted().forEach(property -> {
            String value = environment.getProperty(property);
            if (value == null || value.isBlank()) {
                problems.add(property + " is not set");
            } else if (demoValues.get(property).contains(value)) {
                problems.add(property + " has the committed demo value");
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start outside the '" + LOCAL_PROFILE + "' profile with demo"
                    + " or missing secrets: " + String.join("; ", problems) + ". Set them (e.g. as environment"
                    + " variables), or start with --spring.profiles.active=" + LOCAL_PROFILE + " on a developer's"
                    + " machine only.");
        }
    }
}
