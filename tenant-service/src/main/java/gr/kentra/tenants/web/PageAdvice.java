package gr.kentra.tenants.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** The pages answer a missing centre with a page, not with the API's problem JSON. */
@ControllerAdvice(basePackageClasses = PageAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageAdvice {

    @ExceptionHandler(ErrorResponseException.class)
    ModelAndView refused(ErrorResponseException e) {
        HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
        ModelAndView page = new ModelAndView("admin/error");
        page.setStatus(status == null ? HttpStatus.BAD_REQUEST : status);
        page.addObject("status", page.getStatus().value());
        page.addObject("messageCode", e.getDetailMessageCode());
        page.addObject("messageArguments", e.getDetailMessageArguments());
        return page;
    }
}
