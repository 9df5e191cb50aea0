package gr.kentra.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JFR profiles of a service under the benchmark's load: {@code jcmd <pid> JFR.start} before the measured rounds,
 * {@code JFR.dump} after, then {@code jfr print --events jdk.ExecutionSample} summarised as the frames present in
 * the most samples (inclusive: a frame counts once per sample wherever it is on the stack) and the top frames
 * (exclusive: where the CPU actually was).
 */
final class Profiles {

    private Profiles() {
    }

    static void start(long pid) throws IOException, InterruptedException {
        run(List.of(jdkTool("jcmd"), Long.toString(pid), "JFR.start", "name=bench", "settings=profile"));
    }

    /** Dumps the recording to {@code jfr} and writes the summary beside it; returns the summary. */
    static String dumpAndSummarise(long pid, Path jfr, int top) throws IOException, InterruptedException {
        run(List.of(jdkTool("jcmd"), Long.toString(pid), "JFR.dump", "name=bench", "filename=" + jfr.toAbsolutePath()));
        run(List.of(jdkTool("jcmd"), Long.toString(pid), "JFR.stop", "name=bench"));
        String samples = run(List.of(jdkTool("jfr"), "print", "--events", "jdk.ExecutionSample", "--stack-depth", "256",
                jfr.toString()));
        String summary = summarise(samples, top);
        Files.writeString(jfr.resolveSibling(jfr.getFileName().toString().replace(".jfr", "-summary.txt")), summary);
        return summary;
    }

    static String summarise(String printed, int top) {
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> exclusive = new HashMap<>();
        int samples = 0;
        Set<String> stack = null;
        boolean first = false;
        for (String line : printed.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("stackTrace = [")) {
                stack = new HashSet<>();
                first = true;
                samples++;
            } else if (stack != null && trimmed.equals("]")) {
                stack.forEach(frame -> inclusive.merge(frame, 1, Integer::sum));
                stack = null;
            } else if (stack != null && !trimmed.equals("...")) {
                String frame = trimmed.replaceAll("\\s+line:.*$", "").replaceAll("\\(.*\\)$", "");
                if (first) {
                    exclusive.merge(frame, 1, Integer::sum);
                    first = false;
                }
                stack.add(frame);
            }
        }
        StringBuilder out = new StringBuilder("execution samples: " + samples + "\n\ntop frames (self):\n");
        append(out, exclusive, samples, top);
        out.append("\nframes on the stack (inclusive):\n");
        append(out, inclusive, samples, top * 3);
        return out.toString();
    }

    private static void append(StringBuilder out, Map<String, Integer> counts, int samples, int top) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> out.append("%6.1f %%  %s%n".formatted(100.0 * e.getValue() / Math.max(1, samples),
                        e.getKey())));
    }

    /** Heap in use (bytes) right after two full collections: what the process keeps, not what it has made. */
    static long heapAfterGc(long pid) throws IOException, InterruptedException {
        run(List.of(jdkTool("jcmd"), Long.toString(pid), "GC.run"));
        run(List.of(jdkTool("jcmd"), Long.toString(pid), "GC.run"));
        String info = run(List.of(jdkTool("jcmd"), Long.toString(pid), "GC.heap_info"));
        long used = 0;
        java.util.regex.Matcher matcher = java.util.regex.Pattern
                .compile("(?m)^\\s*(?:DefNew|Tenured|def new|tenured|PSYoungGen|ParOldGen|garbage-first heap)[^\\n]*?used (\\d+)K")
                .matcher(info);
        while (matcher.find()) {
            used += Long.parseLong(matcher.group(1)) * 1024;
        }
        if (used == 0) {
            throw new IllegalStateException("No heap figure in GC.heap_info:\n" + info);
        }
        return used;
    }

    /**
     * The flags a running service's JVM actually has (jcmd VM.flags) that decide what the benchmark compares: the
     * collector, the heap, the compilers and the memory limit it sized itself for.
     */
    static String jvmFlagsInEffect(long pid) throws IOException, InterruptedException {
        String flags = run(List.of(jdkTool("jcmd"), Long.toString(pid), "VM.flags"));
        return java.util.Arrays.stream(flags.split("\\s+"))
                .filter(flag -> flag.matches("-XX:[+-]Use\\w+GC|-XX:(MaxHeapSize|InitialHeapSize|TieredStopAtLevel|MaxRAM|MaxRAMPercentage)=.*|-XX:[+-]TieredCompilation"))
                .collect(java.util.stream.Collectors.joining(" "));
    }

    private static String jdkTool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }
}
