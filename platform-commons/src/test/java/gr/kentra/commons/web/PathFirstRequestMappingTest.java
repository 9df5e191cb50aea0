package gr.kentra.commons.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

/**
 * The path-first lookup chooses what Spring's own lookup chooses, always: the same handler or the same refusal (404,
 * 405 with its Allow header, 406, 415, 400), over seeded requests to controllers whose mappings differ in every
 * condition a mapping can have. A failure names its seed; {@code -Dkentra.test.seed=<seed>} repeats it.
 */
class PathFirstRequestMappingTest {

    private final long seed = Long.getLong("kentra.test.seed", System.nanoTime());

    private static final List<String> PATHS = List.of("/", "/t/mouzaki/api/beneficiaries",
            "/t/mouzaki/api/beneficiaries/", "/t/mouzaki/api/beneficiaries/7", "/t/mouzaki/api/beneficiaries/new",
            "/t/mouzaki/api/beneficiaries/7/consents", "/t/mouzaki/api/beneficiaries/7/consents/3",
            "/t/mouzaki/api/beneficiaries/7/unknown", "/t/elefsina/api/requests", "/t/elefsina/api/requests/9",
            "/t/elefsina/pages/people", "/t/elefsina/pages/people/5", "/t/elefsina/pages/people/5/card.pdf",
            "/files/a/b/c.txt", "/files", "/files/", "/internal/centres/status", "/internal/centres/names",
            "/alias-one", "/alias/two/x", "/alias/two", "/T/mouzaki/api/beneficiaries", "/t//api/beneficiaries",
            "/t/mouzaki/api/beneficiaries.json", "/t/%CE%B1/api/beneficiaries/%20", "/t/mouzaki/api/beneficiaries;x=1",
            "/unmapped/path", "/el/about", "/about", "/regex/12", "/regex/ab", "/wild/file1.txt", "/wild/other.txt",
            "/api/beneficiaries", "/api/beneficiaries/7", "/api/beneficiaries/7/history", "/api/beneficiaries/7/x",
            "/deep/a/b/c/d/e/f", "/deep/a/b/c/d/e/g", "/deep/a/b", "/tie/x", "/tie", "/alias", "/el/about/");

    private static final List<HttpMethod> METHODS = List.of(HttpMethod.GET, HttpMethod.GET, HttpMethod.POST,
            HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private static final List<String> CONTENT_TYPES = List.of("", "application/json", "application/merge-patch+json",
            "application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x");

    private static final List<String> ACCEPTS = List.of("", "*/*", "application/json", "text/html",
            "application/problem+json", "application/pdf", "text/html, application/json;q=0.5", "image/png");

    @Test
    void choosesWhatSpringsOwnLookupChoosesForEveryGeneratedRequest() throws Exception {
        Object[] controllers = {new People(), new Requests(), new Pages(), new Files(), new Internal(), new Aliases(),
                new Shapes()};
        MockMvc spring = MockMvcBuilders.standaloneSetup(controllers).build();
        MockMvc pathFirst = MockMvcBuilders.standaloneSetup(controllers)
                .setCustomHandlerMapping(PathFirstRequestMapping::new).build();
        Random random = new Random(seed);
        int answered = 0;
        for (int n = 0; n < 3_000; n++) {
            String described = describe(random);
            String expected = outcome(spring, described);
            assertThat(outcome(pathFirst, described)).as("seed %d, request %s", seed, described).isEqualTo(expected);
            answered += expected.startsWith("200") ? 1 : 0;
        }
        assertThat(answered).as("seed %d: handlers chosen as well as refusals", seed).isBetween(200, 2_800);
    }

    @Test
    void findsAMappingRegisteredAfterItsFirstLookup() throws Exception {
        PathFirstRequestMapping[] made = new PathFirstRequestMapping[1];
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new People()).setCustomHandlerMapping(() -> {
            made[0] = new PathFirstRequestMapping();
            return made[0];
        }).build();
        assertThat(outcome(mvc, "GET /t/mouzaki/api/beneficiaries/late |  |  |  | ")).startsWith("200 people.read late");

        // More specific than the mapping the first lookup found: a stale index would still answer with that one.
        made[0].registerMapping(RequestMappingInfo.paths("/t/{centre}/api/beneficiaries/late")
                .methods(RequestMethod.GET).options(made[0].getBuilderConfiguration()).build(), new Shapes(),
                Shapes.class.getDeclaredMethod("wild"));

        assertThat(outcome(mvc, "GET /t/mouzaki/api/beneficiaries/late |  |  |  | ")).startsWith("200 wild");
        assertThat(outcome(mvc, "GET /t/mouzaki/api/beneficiaries/7 |  |  |  | ")).startsWith("200 people.read 7");
    }

    @Test
    void isTheLookupTheServletServicesUse() {
        assertThat(new ServletWebAutoConfiguration().pathFirstRequestMapping().getRequestMappingHandlerMapping())
                .isInstanceOf(PathFirstRequestMapping.class);
    }

    /** A request as text (method, path, query, content type, accept, header), so that a failure shows it whole. */
    private static String describe(Random random) {
        String path = PATHS.get(random.nextInt(PATHS.size()));
        String query = switch (random.nextInt(4)) {
            case 0 -> "?q=papa";
            case 1 -> "?page=2";
            default -> "";
        };
        return METHODS.get(random.nextInt(METHODS.size())) + " " + path + query
                + " | " + CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size()))
                + " | " + ACCEPTS.get(random.nextInt(ACCEPTS.size()))
                + " | " + (random.nextBoolean() ? "X-Kentra-Tenant" : "")
                + " | " + (random.nextInt(5) == 0 ? "preflight" : "");
    }

    private static String outcome(MockMvc mvc, String described) throws Exception {
        String[] parts = described.split(" \\| ", -1);
        String[] line = parts[0].split(" ", 2);
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(line[0]), java.net.URI.create(line[1]));
        if (!parts[1].isEmpty()) {
            request.contentType(MediaType.parseMediaType(parts[1])).content("{}");
        }
        if (!parts[2].isEmpty()) {
            request.header("Accept", parts[2]);
        }
        if (!parts[3].isEmpty()) {
            request.header("X-Kentra-Tenant", "mouzaki");
        }
        if (!parts[4].isEmpty()) {
            request.header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST");
        }
        MockHttpServletResponse response;
        try {
            response = mvc.perform(request).andReturn().getResponse();
        } catch (jakarta.servlet.ServletException e) {
            // A standalone MockMvc has no adapter for the CORS pre-flight handler: the same handler chosen, both sides.
            return "error " + e.getMessage().replaceAll("@[0-9a-f]+", "");
        }
        return response.getStatus() + " " + response.getContentAsString() + " allow=" + response.getHeader("Allow")
                + " type=" + response.getContentType();
    }

    @RestController
    @RequestMapping("/t/{centre}/api/beneficiaries")
    static class People {
        @GetMapping
        String list() {
            return "people.list";
        }

        @GetMapping(params = "q")
        String search() {
            return "people.search";
        }

        @GetMapping("/{id}")
        String read(@PathVariable String id) {
            return "people.read " + id;
        }

        @GetMapping("/new")
        String blank() {
            return "people.new";
        }

        @GetMapping(path = "/{id}", headers = "X-Kentra-Tenant")
        String readRelayed(@PathVariable String id) {
            return "people.read.relayed " + id;
        }

        @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
        String register() {
            return "people.register";
        }

        @PostMapping(consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
        String registerForm() {
            return "people.register.form";
        }

        @PatchMapping(path = "/{id}", consumes = "application/merge-patch+json")
        String update(@PathVariable String id) {
            return "people.update " + id;
        }

        @DeleteMapping("/{id}")
        String erase(@PathVariable String id) {
            return "people.erase " + id;
        }

        @GetMapping(path = "/{id}/consents", produces = MediaType.APPLICATION_JSON_VALUE)
        String consents(@PathVariable String id) {
            return "people.consents " + id;
        }

        @PutMapping("/{id}/consents/{consent}")
        String consent(@PathVariable String id, @PathVariable String consent) {
            return "people.consent " + id + " " + consent;
        }
    }

    @RestController
    @RequestMapping("/t/{centre}/api/requests")
    static class Requests {
        @GetMapping(params = "!q")
        String list() {
            return "requests.list";
        }

        @RequestMapping(path = "/{id}", method = {RequestMethod.GET, RequestMethod.POST})
        String any(@PathVariable String id) {
            return "requests.any " + id;
        }
    }

    @RestController
    @RequestMapping("/t/{centre}/pages/people")
    static class Pages {
        @GetMapping(produces = MediaType.TEXT_HTML_VALUE)
        String list() {
            return "pages.list";
        }

        @GetMapping(path = "/{id}", produces = MediaType.TEXT_HTML_VALUE)
        String card(@PathVariable String id) {
            return "pages.card " + id;
        }

        @GetMapping(path = "/{id}/card.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
        String pdf(@PathVariable String id) {
            return "pages.pdf " + id;
        }

        @PostMapping(path = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
        String save(@PathVariable String id) {
            return "pages.save " + id;
        }
    }

    @RestController
    static class Files {
        @GetMapping("/files/{*rest}")
        String file(@PathVariable String rest) {
            return "files " + rest;
        }
    }

    @RestController
    @RequestMapping("/internal/centres")
    static class Internal {
        @GetMapping("/status")
        String status() {
            return "internal.status";
        }

        @GetMapping("/{name}")
        String named(@PathVariable String name) {
            return "internal.named " + name;
        }
    }

    @RestController
    static class Aliases {
        @GetMapping({"/alias-one", "/alias/two/{x}", "/alias/**"})
        String alias() {
            return "alias";
        }

        @CrossOrigin(origins = "https://elsewhere.example")
        @PostMapping({"/alias-one", "/alias/two/{x}"})
        String aliasPost() {
            return "alias.post";
        }
    }

    /** Path shapes the index reads differently: a variable first, a regular expression, a partial wildcard, deep. */
    @RestController
    static class Shapes {
        @GetMapping("/{lang}/about")
        String about(@PathVariable String lang) {
            return "about " + lang;
        }

        @GetMapping("/regex/{id:\\d+}")
        String regex(@PathVariable String id) {
            return "regex " + id;
        }

        @GetMapping("/wild/file*.txt")
        String wild() {
            return "wild";
        }

        @GetMapping("/api/beneficiaries/{id}")
        String relayed(@PathVariable String id) {
            return "api.read " + id;
        }

        @GetMapping("/api/beneficiaries/{id}/history")
        String history(@PathVariable String id) {
            return "api.history " + id;
        }

        /** Less specific than every other /api mapping: a lookup that missed a better one would answer with it. */
        @GetMapping("/api/{*rest}")
        String anyApi(@PathVariable String rest) {
            return "api.any " + rest;
        }

        @PostMapping("/api/beneficiaries")
        String registerRelayed() {
            return "api.register";
        }

        @GetMapping("/deep/a/b/c/d/{e}/f")
        String deep(@PathVariable String e) {
            return "deep " + e;
        }

        @GetMapping("/deep/a/b/c/{*rest}")
        String deepRest(@PathVariable String rest) {
            return "deep.rest " + rest;
        }

        @GetMapping("/tie/{a}")
        String tieA(@PathVariable String a) {
            return "tie.a";
        }

        @GetMapping("/tie/{b}")
        String tieB(@PathVariable String b) {
            return "tie.b";
        }
    }
}
