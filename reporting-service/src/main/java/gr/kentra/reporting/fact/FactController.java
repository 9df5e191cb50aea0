package gr.kentra.reporting.fact;

import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where case-service's outbox delivers facts (role fact-publisher, see SecurityConfiguration). A batch whose
 * envelope is wrong (no facts, too many) is a 400; otherwise the answer is 200 and names every refused fact.
 */
@RestController
class FactController {

    /** The intake rate: facts received per outcome, counted once the batch committed. */
    static final String INTAKE = "kentra.reporting.facts";

    private final FactIntake intake;
    private final MessageSource messages;
    private final Counter stored;
    private final Counter duplicates;
    private final Counter refused;

    FactController(FactIntake intake, MessageSource messages, MeterRegistry meters) {
        this.intake = intake;
        this.messages = messages;
        this.stored = intake(meters, "stored");
        this.duplicates = intake(meters, "duplicate");
        this.refused = intake(meters, "refused");
    }

    private static Counter intake(MeterRegistry meters, String outcome) {
        return Counter.builder(INTAKE).tag("outcome", outcome)
                .description("Indicator facts received from case-service's relay, by outcome").register(meters);
    }

    @PostMapping("/internal/facts")
    FactBatch.Receipt receive(@RequestBody FactBatch batch, Locale locale) {
        FactIntake.Checked checked = intake.receive(batch);
        stored.increment(checked.received());
        duplicates.increment(checked.duplicates());
        refused.increment(checked.refused().size());
        return new FactBatch.Receipt(checked.received(), checked.duplicates(), checked.refused().stream()
                .map(refused -> new FactBatch.Refused(refused.index(), refused.id(), refused.problems().stream()
                        .map(p -> new FactBatch.Reason(p.field(), p.code(), messages.getMessage(p.code(), p.args(),
                                locale)))
                        .toList()))
                .toList());
    }
}
