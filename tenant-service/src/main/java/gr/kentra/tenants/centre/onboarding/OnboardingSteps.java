package gr.kentra.tenants.centre.onboarding;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@value #METRIC}: the onboarding steps run (by the onboarding request, a retry or a reconciler), by step
 * ({@code schema}, {@code organization}) and outcome ({@code ready}, {@code failed}). Not per centre: the registry
 * and the admin pages say which centre is stuck; the metric says that onboarding is failing at all.
 */
@Component
public class OnboardingSteps {

    public static final String METRIC = "kentra.onboarding.steps";

    private final MeterRegistry meters;

    OnboardingSteps(MeterRegistry meters) {
        this.meters = meters;
        for (String step : new String[] {"schema", "organization"}) {
            for (String outcome : new String[] {"ready", "failed"}) {
                counter(step, outcome);
            }
        }
    }

    void ready(String step) {
        counter(step, "ready").increment();
    }

    void failed(String step) {
        counter(step, "failed").increment();
    }

    private Counter counter(String step, String outcome) {
        return Counter.builder(METRIC).tag("step", step).tag("outcome", outcome)
                .description("Onboarding steps of centres run, by step and outcome").register(meters);
    }
}
