package gr.kentra.tenants.centre.registry;

import org.springframework.modulith.NamedInterface;

/** The archive export of an archived centre: requested from case-service and not yet confirmed, or done. */
@NamedInterface("registry")
public enum ExportStatus {
    PENDING, DONE
}
