package gr.kentra.reporting.aggregate;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Platform administrators rebuild the aggregates after a repair of the facts (role checked in security). */
@RestController
class AggregateController {

    private final Aggregates aggregates;

    AggregateController(Aggregates aggregates) {
        this.aggregates = aggregates;
    }

    @PostMapping("/internal/aggregates/rebuild")
    Aggregates.Rebuild rebuild() {
        return aggregates.rebuild();
    }
}
