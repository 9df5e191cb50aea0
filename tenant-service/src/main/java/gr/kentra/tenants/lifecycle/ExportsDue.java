package gr.kentra.tenants.lifecycle;

/** How many archived centres' exports wait for a retention decision: the admin list page shows it. */
public interface ExportsDue {

    int count();
}
