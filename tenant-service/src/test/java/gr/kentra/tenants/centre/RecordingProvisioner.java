package gr.kentra.tenants.centre;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import gr.kentra.commons.tenant.TenantId;
import gr.kentra.tenants.centre.onboarding.SchemaProvisioner;

/** case-service stand-in for registry tests: records what it was asked to make, fails while told to. */
class RecordingProvisioner implements SchemaProvisioner {

    private final List<String> provisioned = new CopyOnWriteArrayList<>();
    private final Map<String, String> cells = new ConcurrentHashMap<>();
    private final Map<String, String> operations = new ConcurrentHashMap<>();
    private final Gate gate = new Gate();
    private volatile RuntimeException failure;

    @Override
    public void provision(TenantId tenant, String region, String misCode, String cell) {
        gate.enter(tenant.value(), "case-service: 409 the schema is being provisioned by another request");
        try {
            record(tenant, misCode, cell);
        } finally {
            gate.leave(tenant.value());
        }
    }

    private void record(TenantId tenant, String misCode, String cell) {
        if (failure != null) {
            throw failure;
        }
        provisioned.add(tenant.value());
        cells.put(tenant.value(), cell);
        if (misCode != null) {
            operations.put(tenant.value(), misCode);
        }
    }

    /** The ESF operation (MIS code) each centre was last provisioned with, when it had one. */
    Map<String, String> operations() {
        return operations;
    }

    /** The cell each centre was last provisioned on. */
    Map<String, String> cells() {
        return cells;
    }

    Gate gate() {
        return gate;
    }

    List<String> provisioned() {
        return provisioned;
    }

    void failWith(RuntimeException failure) {
        this.failure = failure;
    }

    void reset() {
        provisioned.clear();
        cells.clear();
        operations.clear();
        gate.open();
        failure = null;
    }
}
