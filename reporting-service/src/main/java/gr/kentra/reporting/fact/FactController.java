package gr.kentra.reporting.fact;

import java.util.Locale;

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

    private final FactIntake intake;
    private final MessageSource messages;

    FactController(FactIntake intake, MessageSource messages) {
        this.intake = intake;
        this.messages = messages;
    }

    @PostMapping("/internal/facts")
    FactBatch.Receipt receive(@RequestBody FactBatch batch, Locale locale) {
        FactIntake.Checked checked = intake.receive(batch);
        return new FactBatch.Receipt(checked.received(), checked.duplicates(), checked.refused().stream()
                .map(refused -> new FactBatch.Refused(refused.index(), refused.id(), refused.problems().stream()
                        .map(p -> new FactBatch.Reason(p.field(), p.code(), messages.getMessage(p.code(), p.args(),
                                locale)))
                        .toList()))
                .toList());
    }
}
