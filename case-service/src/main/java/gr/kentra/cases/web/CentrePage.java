package gr.kentra.cases.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a page controller of the centre's web pages ({@code /t/{centre}/…}): {@link PageAdvice} gives its
 * templates the layout's model (centre, person, language) and turns its refusals into pages instead of JSON.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface CentrePage {
}
