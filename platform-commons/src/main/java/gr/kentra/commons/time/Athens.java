package gr.kentra.commons.time;

import java.time.ZoneId;

/** The centres' zone: what "today" and a shown time mean for every centre (all of them are in Greece). */
public final class Athens {

    public static final ZoneId ZONE = ZoneId.of("Europe/Athens");

    private Athens() {
    }
}
