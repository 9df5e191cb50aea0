package gr.kentra.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The centre's pages reach case-service under their full path; the root sends each person somewhere useful. */
class CentrePagesTest extends GatewayTest {

    @Test
    void routesACentresPageToCaseServiceWithTheCheckedTenantAndTheToken() {
        String member = TOKENS.member("moschato-tavros");
        client().get().uri("/t/moschato-tavros/people/new?lang=en")
                .header("Authorization", "Bearer " + member).header("X-Kentra-Tenant", "elefsina")
                .header("Accept", "text/html")
                .exchange().expectStatus().isOk();

        Downstream.Received received = CASES.last();
        assertThat(received.path()).isEqualTo("/t/moschato-tavros/people/new");
        assertThat(received.query()).isEqualTo("lang=en");
        assertThat(received.all("X-Kentra-Tenant")).containsExactly("moschato-tavros");
        assertThat(received.header("Authorization")).isEqualTo("Bearer " + member);
    }

    @Test
    void theApiKeepsItsOwnRouteBesideThePages() {
        String member = TOKENS.member("moschato-tavros");
        client().get().uri("/t/moschato-tavros/api/beneficiaries")
                .header("Authorization", "Bearer " + member).exchange().expectStatus().isOk();
        assertThat(CASES.last().path()).isEqualTo("/api/beneficiaries");
    }

    @Test
    void refusesAnotherCentresPageLikeItsApi() {
        String member = TOKENS.member("moschato-tavros");
        client().get().uri("/t/elefsina/").header("Authorization", "Bearer " + member)
                .header("Accept", "text/html").exchange().expectStatus().isForbidden();
        assertThat(CASES.last()).as("nothing reached case-service").isNull();
    }

    @Test
    void sendsStaffOfOneCentreToItsHomeFromTheRoot() {
        client().get().uri("/").header("Authorization", "Bearer " + TOKENS.member("moschato-tavros"))
                .exchange().expectStatus().isSeeOther().expectHeader().valueEquals("Location", "/t/moschato-tavros/");
    }

    @Test
    void letsAMemberOfSeveralCentresChooseOne() {
        String twoCentres = TOKENS.member("nea-smyrni", "moschato-tavros");
        client().get().uri("/").header("Authorization", "Bearer " + twoCentres)
                .exchange().expectStatus().isSeeOther().expectHeader().valueEquals("Location", "/centres");
        String chooser = body(client().get().uri("/centres").header("Authorization", "Bearer " + twoCentres)
                .exchange().expectStatus().isOk());
        assertThat(chooser).contains("lang=\"el\"", "href=\"/t/moschato-tavros/?lang=el\"",
                "href=\"/t/nea-smyrni/?lang=el\"");
    }

    @Test
    void theChooserWearsThePlatformsLookWithPersonRoleLogoutAndFooterInGreekOrEnglish() {
        String twoCentres = TOKENS.member("nea-smyrni", "moschato-tavros");
        String greek = body(client().get().uri("/centres").header("Authorization", "Bearer " + twoCentres)
                .exchange().expectStatus().isOk());
        assertThat(greek).contains("<a href=\"#main\" class=\"govuk-skip-link\">Μετάβαση στο κύριο περιεχόμενο</a>",
                "<main class=\"govuk-main-wrapper\" id=\"main\">", "<span>maria</span> · <span>Κοινωνικός λειτουργός</span>",
                "action=\"/logout\" data-logout", ">Αποσύνδεση</button>", "class=\"govuk-footer kentra-footer\"",
                "href=\"/t/moschato-tavros/accessibility?lang=el\"", "href=\"/centres?lang=en\" lang=\"en\"",
                "href=\"/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css\"", "href=\"/kentra/kentra.css\"",
                "src=\"/kentra/chrome.js\"");
        // The CSP allows no inline script or style: the page has none.
        assertThat(greek).doesNotContain("style=", "<style", "<script>");
        String english = body(client().get().uri("/centres?lang=en").header("Authorization", "Bearer " + twoCentres)
                .exchange().expectStatus().isOk());
        assertThat(english).contains("lang=\"en\"", "Choose a centre", "Social worker", "Log out",
                "Accessibility statement", "href=\"/t/nea-smyrni/?lang=en\"");
        // Its look is served by the gateway itself, from the jars.
        for (String asset : java.util.List.of("/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css",
                "/kentra/kentra.css", "/kentra/chrome.js")) {
            client().get().uri(asset).header("Authorization", "Bearer " + twoCentres).exchange()
                    .expectStatus().isOk();
        }
    }

    @Test
    void theChooserNamesEachCentreAsTheRegistryDoesSortedTheGreekWay() {
        STATUSES.names("""
                {"zografou":{"el":"Κέντρο Κοινότητας Δήμου Ζωγράφου","en":"Zografou Community Centre"},
                 "ilida":{"el":"Κέντρο Κοινότητας Δήμου Ήλιδας","en":"Ilida Community Centre"},
                 "athina":{"el":"Κέντρο Κοινότητας Δήμου Αθηναίων","en":"Athens Community Centre"},
                 "elefsina":{"el":"Κέντρο Κοινότητας Δήμου Ελευσίνας","en":"Elefsina Community Centre"}}""");
        String threeCentres = TOKENS.member("zografou", "ilida", "athina");

        String greek = body(client().get().uri("/centres").header("Authorization", "Bearer " + threeCentres)
                .exchange().expectStatus().isOk());
        // Ή sorts with Η (after Ζ), not before Α as its code point would; the links stay the slugs.
        assertThat(greek).containsSubsequence(
                "href=\"/t/athina/?lang=el\">Κέντρο Κοινότητας Δήμου Αθηναίων</a>",
                "href=\"/t/zografou/?lang=el\">Κέντρο Κοινότητας Δήμου Ζωγράφου</a>",
                "href=\"/t/ilida/?lang=el\">Κέντρο Κοινότητας Δήμου Ήλιδας</a>");
        assertThat(greek).as("only the person's centres").doesNotContain("Ελευσίνας");

        String english = body(client().get().uri("/centres?lang=en").header("Authorization", "Bearer " + threeCentres)
                .exchange().expectStatus().isOk());
        assertThat(english).containsSubsequence("href=\"/t/athina/?lang=en\">Athens Community Centre</a>",
                "href=\"/t/ilida/?lang=en\">Ilida Community Centre</a>",
                "href=\"/t/zografou/?lang=en\">Zografou Community Centre</a>");
    }

    @Test
    void theChooserStillWorksWhenTheRegistryCannotBeReached() {
        STATUSES.names("""
                {"athina":{"el":"Κέντρο Κοινότητας Δήμου Αθηναίων","en":"Athens Community Centre"}}""");
        String token = TOKENS.member("athina", "vyronas");
        assertThat(body(client().get().uri("/centres").header("Authorization", "Bearer " + token)
                .exchange().expectStatus().isOk())).contains("Κέντρο Κοινότητας Δήμου Αθηναίων");
        STATUSES.failNamesWith(503);
        try {
            String chooser = body(client().get().uri("/centres").header("Authorization", "Bearer " + token)
                    .exchange().expectStatus().isOk());
            // The last names known are kept; a centre the registry never named shows its slug.
            assertThat(chooser).contains("href=\"/t/athina/?lang=el\">Κέντρο Κοινότητας Δήμου Αθηναίων</a>",
                    "href=\"/t/vyronas/?lang=el\">vyronas</a>");
        } finally {
            STATUSES.names("{}");
        }
    }

    @Test
    void sendsAnalystsToTheDashboardsAndAdministratorsToTheRegistry() {
        client().get().uri("/").header("Authorization", "Bearer " + TOKENS.withRole("ministry-analyst"))
                .exchange().expectStatus().isSeeOther().expectHeader().valueEquals("Location", "/dashboards/");
        client().get().uri("/").header("Authorization", "Bearer " + TOKENS.withRole("regional-manager"))
                .exchange().expectStatus().isSeeOther().expectHeader().valueEquals("Location", "/dashboards/");
        client().get().uri("/").header("Authorization", "Bearer " + TOKENS.withRole("platform-admin"))
                .exchange().expectStatus().isSeeOther().expectHeader().valueEquals("Location", "/admin/");
    }
}
