package gr.kentra.deploy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Helm chart's templates read as text: blocks, value paths and the environment each service gets. */
final class ChartText {

    static final String CHART = "deploy/helm/kentra";
    private static final Pattern ACTION = Pattern.compile("\\{\\{-?\\s*(if|range|with|define|end)\\b");
    private static final Pattern VALUES_PATH = Pattern.compile("\\.Values((?:\\.[A-Za-z0-9_]+)+)");
    private static final Pattern ENV_NAME = Pattern.compile("(?m)^\\s*- name: ([A-Z][A-Z0-9_]*)\\s*$");
    private static final Pattern CREDENTIALS = Pattern.compile(
            "include \"kentra.dbCredentialsEnv\" \\(dict \"prefix\" \"([A-Z0-9_]+)\"");

    private ChartText() {
    }

    static String template(String name) {
        return Repository.read(CHART + "/templates/" + name);
    }

    static String helpers() {
        return template("_helpers.tpl");
    }

    /** The body of {@code {{ define "name" }}} up to its own {@code end}. */
    static String define(String text, String name) {
        int start = text.indexOf("define \"" + name + "\"");
        if (start < 0) {
            throw new IllegalArgumentException("No define \"" + name + "\"");
        }
        int bodyStart = text.indexOf("}}", start) + 2;
        Matcher action = ACTION.matcher(text);
        int depth = 1;
        int from = bodyStart;
        while (action.find(from)) {
            from = action.end();
            depth += action.group(1).equals("end") ? -1 : 1;
            if (depth == 0) {
                return text.substring(bodyStart, action.start());
            }
        }
        throw new IllegalStateException("define \"" + name + "\" is not closed");
    }

    /** Opening actions (if, range, with, define) minus their ends: 0 when balanced. */
    static int unclosedBlocks(String text) {
        Matcher action = ACTION.matcher(text);
        int depth = 0;
        while (action.find()) {
            depth += action.group(1).equals("end") ? -1 : 1;
            if (depth < 0) {
                return depth;
            }
        }
        return depth;
    }

    static Set<String> valuesPaths(String text) {
        Set<String> paths = new LinkedHashSet<>();
        Matcher matcher = VALUES_PATH.matcher(text);
        while (matcher.find()) {
            paths.add(matcher.group(1).substring(1));
        }
        return paths;
    }

    /** Environment variable names a service's Deployment gets: the common ones and its own define. */
    static List<String> environment(String service) {
        List<String> names = new ArrayList<>();
        String common = define(helpers(), "kentra.commonEnv");
        String own = define(template(service + ".yaml"), "kentra." + service + ".env");
        for (String block : List.of(common, own)) {
            Matcher name = ENV_NAME.matcher(block);
            while (name.find()) {
                names.add(name.group(1));
            }
            Matcher credentials = CREDENTIALS.matcher(block);
            while (credentials.find()) {
                names.add(credentials.group(1) + "USERNAME");
                names.add(credentials.group(1) + "PASSWORD");
            }
        }
        return names;
    }

    /** The line after {@code - name: VARIABLE} in a block: where its value comes from. */
    static String valueLineOf(String block, String variable) {
        Matcher matcher = Pattern.compile("(?m)^\\s*- name: " + Pattern.quote(variable) + "\\s*\\n(.*)$").matcher(block);
        return matcher.find() ? matcher.group(1) : "";
    }
}
