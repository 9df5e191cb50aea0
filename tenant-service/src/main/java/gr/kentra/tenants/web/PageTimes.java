package gr.kentra.tenants.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import gr.kentra.commons.time.Athens;
import org.springframework.stereotype.Component;

/** Instants as the pages print them ({@code @pageTimes} in templates): Greek local time and date order (dd/mm/yyyy), to the minute or second. */
@Component("pageTimes")
class PageTimes {

    private static final ZoneId ATHENS = Athens.ZONE;
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ATHENS);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ATHENS);

    public String minutes(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }

    public String seconds(Instant instant) {
        return instant == null ? "" : SECONDS.format(instant);
    }
}
