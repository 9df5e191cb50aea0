package gr.kentra.reporting.fact;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Where case-service's outbox delivers facts (role fact-publisher, see SecurityConfiguration). */
@RestController
class FactController {

    private final FactIntake intake;

    FactController(FactIntake intake) {
        this.intake = intake;
    }

    @PostMapping("/internal/facts")
    FactBatch.Receipt receive(@RequestBody FactBatch batch) {
        return intake.receive(batch);
    }
}
