package gr.kentra.commons.web.input;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Query parameters, form fields and path variables as strict as JSON bodies: ids only in the canonical form,
 * dates only with four-digit years (a {@code +999999999-12-31} would reach PostgreSQL and fail there), and no
 * NUL or lone surrogate anywhere (refused with the parameter named, never stripped); a Content-Type that names no
 * type is a 415.
 */
@ControllerAdvice
@Configuration
class StrictParameters implements WebMvcConfigurer {

    @InitBinder
    void strictValues(WebDataBinder binder) {
        binder.registerCustomEditor(UUID.class, new Strict<>(StrictText::uuid));
        binder.registerCustomEditor(LocalDate.class, new Strict<>(StrictText::date));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws HttpMediaTypeNotSupportedException {
                refuseWildcardContentType(request);
                for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
                    refuseUnstorable(parameter.getKey(), parameter.getKey());
                    for (String value : parameter.getValue()) {
                        refuseUnstorable(parameter.getKey(), value);
                    }
                }
                if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> path) {
                    path.forEach((name, value) -> refuseUnstorable(String.valueOf(name), String.valueOf(value)));
                }
                return true;
            }
        });
    }

    /**
     * {@code Content-Type: application/*} names no type: Spring's request headers refuse it with an
     * IllegalArgumentException while reading the body (a 500); it is a 415 here, before anything reads.
     */
    private static void refuseWildcardContentType(HttpServletRequest request)
            throws HttpMediaTypeNotSupportedException {
        String type = request.getContentType();
        if (type == null) {
            return;
        }
        MediaType media;
        try {
            media = MediaType.parseMediaType(type);
        } catch (InvalidMediaTypeException e) {
            throw new HttpMediaTypeNotSupportedException("unparseable Content-Type");
        }
        if (media.isWildcardType() || media.isWildcardSubtype()) {
            throw new HttpMediaTypeNotSupportedException(media, List.of(MediaType.APPLICATION_JSON),
                    HttpMethod.valueOf(request.getMethod()));
        }
    }

    private static void refuseUnstorable(String name, String value) {
        if (value != null && !StrictText.storable(value)) {
            throw new InvalidInput(StrictText.storable(name) ? name : "?", "problem.nul");
        }
    }

    /** An editor that takes only what {@code parse} accepts; empty text is no value. */
    private static final class Strict<T> extends PropertyEditorSupport {

        private final java.util.function.Function<String, T> parse;

        Strict(java.util.function.Function<String, T> parse) {
            this.parse = parse;
        }

        @Override
        public void setAsText(String text) {
            if (text == null || text.isBlank()) {
                setValue(null);
                return;
            }
            T value = parse.apply(text);
            if (value == null) {
                throw new IllegalArgumentException("not in the strict form");
            }
            setValue(value);
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : getValue().toString();
        }
    }
}
