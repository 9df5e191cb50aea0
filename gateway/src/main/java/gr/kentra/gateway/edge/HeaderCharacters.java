package gr.kentra.gateway.edge;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

/**
 * Spring Security's firewall with its own rules for header names and values, checked by a loop instead of its
 * regular expressions: the same characters pass and fail (every code point assigned and not a control
 * character, a tab allowed in values), but the firewall checks a header's value each time anything reads it, and
 * the bearer token, read twice per request, is over a thousand characters long. The regular expressions cost
 * about 5 % of the gateway's CPU per record read (issue 15, BENCHMARKS.md); {@code HeaderCharactersTest} holds
 * the two to the same answers. Every other rule of the firewall is its default.
 */
@Configuration
class HeaderCharacters {

    @Bean
    ServerWebExchangeFirewall firewall() {
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowedHeaderNames(HeaderCharacters::isAllowedName);
        firewall.setAllowedHeaderValues(HeaderCharacters::isAllowedValue);
        return firewall;
    }

    /** As {@code [\p{IsAssigned}&&[^\p{IsControl}]]*}, or no name at all. */
    static boolean isAllowedName(String name) {
        return allAllowed(name, false);
    }

    /** As {@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*}, or no value at all. */
    static boolean isAllowedValue(String value) {
        return allAllowed(value, true);
    }

    private static boolean allAllowed(String text, boolean tab) {
        if (text == null) {
            // As the firewall's own rules: an absent value (a header read but not sent) passes.
            return true;
        }
        for (int i = 0, length = text.length(); i < length; ) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                // Printable ASCII, nearly every character of a real header: assigned and not a control character.
                i++;
                continue;
            }
            int codePoint = text.codePointAt(i);
            int type = Character.getType(codePoint);
            boolean allowed = type != Character.UNASSIGNED && (type != Character.CONTROL || tab && codePoint == '\t');
            if (!allowed) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
