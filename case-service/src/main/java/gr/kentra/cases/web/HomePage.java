package gr.kentra.cases.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import gr.kentra.commons.time.Athens;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A staff member's home: her day. The page is the frame; each part (today's appointments, the walk-in queue,
 * follow-ups due, what is new since her last visit, open requests) is a fragment served by the feature that owns
 * the data, loaded as soon as the page is shown, and offered only to the roles that may read it.
 */
@Controller
@CentrePage
class HomePage {

    private static final ZoneId ATHENS = Athens.ZONE;
    /** A quiet half hour ends a visit: what appeared since the end of the previous one is "new". */
    static final Duration VISIT_GAP = Duration.ofMinutes(30);
    static final String VISIT_COOKIE = "kentra_visit";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ATHENS);

    @GetMapping({"/t/{centre}", "/t/{centre}/"})
    String home(@PathVariable String centre, @CookieValue(name = VISIT_COOKIE, required = false) String visit,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        Instant now = Instant.now();
        Instant since = sinceLastVisit(visit, now);
        // The cookie keeps the mark and the time of this view, for this centre's pages only.
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(VISIT_COOKIE,
                        since.getEpochSecond() + "." + now.getEpochSecond())
                .path("/t/" + centre).httpOnly(true).secure(request.isSecure()).sameSite("Lax")
                .maxAge(Duration.ofDays(90)).build().toString());
        model.addAttribute("today", LocalDate.now(ATHENS));
        model.addAttribute("since", since.getEpochSecond());
        model.addAttribute("sinceText", WHEN.format(since));
        return "pages/home";
    }

    /**
     * The start of "new": the mark kept during a visit, or the previous visit's last view once a quiet half hour
     * has passed; on a first visit (or an unreadable cookie) the start of today.
     */
    static Instant sinceLastVisit(String visit, Instant now) {
        Instant startOfToday = LocalDate.ofInstant(now, ATHENS).atStartOfDay(ATHENS).toInstant();
        if (visit == null || !visit.matches("\\d{1,12}\\.\\d{1,12}")) {
            return startOfToday;
        }
        Instant mark = Instant.ofEpochSecond(Long.parseLong(visit.substring(0, visit.indexOf('.'))));
        Instant last = Instant.ofEpochSecond(Long.parseLong(visit.substring(visit.indexOf('.') + 1)));
        if (last.isAfter(now) || mark.isAfter(last)) {
            return startOfToday;
        }
        return Duration.between(last, now).compareTo(VISIT_GAP) > 0 ? last : mark;
    }
}
