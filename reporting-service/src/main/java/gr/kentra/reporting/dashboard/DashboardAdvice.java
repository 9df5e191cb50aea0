package gr.kentra.reporting.dashboard;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import gr.kentra.reporting.system.ForbiddenScopeException;
import gr.kentra.reporting.system.InvalidRequestException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of the pages as pages (the service's {@code ProblemAdvice} answers the API with problem JSON): a
 * refused scope is the 403 page, an unknown region or centre the 404 page, a wrong field of the picker a 400 page naming the field in the reader's language.
 */
@ControllerAdvice(assignableTypes = {DashboardController.class, EsfDashboardController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class DashboardAdvice {

    private final ForbiddenPage forbidden;
    private final MessageSource messages;

    DashboardAdvice(ForbiddenPage forbidden, MessageSource messages) {
        this.forbidden = forbidden;
        this.messages = messages;
    }

    @ExceptionHandler(ForbiddenScopeException.class)
    void forbidden(HttpServletResponse response, Locale locale) throws IOException {
        forbidden.write(response, locale);
    }

    @ExceptionHandler(UnknownScopeException.class)
    ModelAndView unknown(Locale locale) {
        ModelAndView page = new ModelAndView("dashboards/notfound");
        page.addObject("lang", Navigation.language(locale));
        page.setStatus(HttpStatus.NOT_FOUND);
        return page;
    }

    @ExceptionHandler(InvalidRequestException.class)
    ModelAndView invalid(InvalidRequestException ex, Locale locale) {
        List<Option> errors = ex.problems().stream()
                .map(p -> new Option(p.field(), messages.getMessage(p.code(), p.args(), locale))).toList();
        ModelAndView page = new ModelAndView("dashboards/invalid");
        page.addObject("errors", errors);
        page.addObject("lang", Navigation.language(locale));
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }
}
