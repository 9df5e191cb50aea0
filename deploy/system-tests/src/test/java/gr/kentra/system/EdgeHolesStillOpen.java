package gr.kentra.system;

/**
 * THE ONE PLACE for adversarial cases whose fix lives on another branch (issue 10 item 1: encoded paths at the
 * gateway and in case-service, case-service refusing a suspended centre itself). While {@link #WAITING} is true
 * those cases still run and print what they find, but do not fail the build. Switch it to false once h-edge and
 * h-walls are merged: then every such case must hold too.
 */
final class EdgeHolesStillOpen {

    static final boolean WAITING = Boolean.parseBoolean(System.getProperty("kentra.adversarial.edge-holes-open",
            "true"));

    static final String REASON = "waits for h-edge/h-walls (issue 10 item 1: encoded paths, lifecycle in case-service)";

    private EdgeHolesStillOpen() {
    }
}
