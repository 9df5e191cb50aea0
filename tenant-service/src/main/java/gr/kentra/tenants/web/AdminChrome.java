package gr.kentra.tenants.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the platform's shared header shows on every admin page (the person), and the accessibility statement. */
@Controller
@ControllerAdvice(basePackageClasses = AdminChrome.class)
class AdminChrome {

    record Viewer(String name) {
    }

    @ModelAttribute("viewer")
    Viewer viewer(@AuthenticationPrincipal Jwt jwt) {
        if (jwt == null) {
            return null;
        }
        String name = jwt.getClaimAsString("name");
        return new Viewer(name != null && !name.isBlank() ? name : jwt.getClaimAsString("preferred_username"));
    }

    @GetMapping("/admin/accessibility")
    String accessibility() {
        return "admin/accessibility";
    }
}
