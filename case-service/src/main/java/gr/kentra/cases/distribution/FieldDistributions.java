package gr.kentra.cases.distribution;

import java.util.Map;
import java.util.UUID;

import gr.kentra.cases.system.Bounds;
import gr.kentra.cases.system.FieldMaps;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the offline field kit (the field package) may ask of distributions: record one given as a field map,
 * validated (item counts first, as the API) and audited as {@code POST /api/distributions}.
 */
@Component
public class FieldDistributions {

    /** A recorded distribution: its id, version and person. */
    public record Recorded(UUID id, long version, UUID beneficiaryId) {
    }

    private final DistributionService service;
    private final FieldMaps fieldMaps;

    FieldDistributions(DistributionService service, FieldMaps fieldMaps) {
        this.service = service;
        this.fieldMaps = fieldMaps;
    }

    /** Records a distribution ({@code beneficiaryId}, {@code date}, {@code programme}, {@code lines}, …). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Recorded record(Map<String, Object> fields) {
        DistributionForm form = fieldMaps.read(fields, DistributionForm.class, Bounds.First.class);
        DistributionView saved = service.record(form);
        return new Recorded(saved.id(), saved.version(), saved.beneficiaryId());
    }
}
