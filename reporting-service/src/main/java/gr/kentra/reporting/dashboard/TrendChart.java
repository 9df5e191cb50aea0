package gr.kentra.reporting.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import gr.kentra.reporting.indicator.Value;

/**
 * An indicator's trend as inline SVG bars, drawn on the server. Bar heights are scaled to the largest
 * published value; a hidden value has no number to scale, so it gets a short hatched bar and the text
 * {@code <k}, which is all the page knows of it. The description lists every bar as text for screen readers.
 *
 * @param description the text alternative: "label: value; label: value; ..."
 */
public record TrendChart(String code, String label, String description, int width, int height, int baseline,
        List<Bar> bars) {

    static final int BAR = 22;
    static final int GAP = 6;
    static final int PLOT = 90;
    static final int TOP = 14;
    static final int AXIS = 16;
    /** Height of the hatched bar of a hidden value: visible, and not a measure of anything. */
    static final int HIDDEN = 10;

    /**
     * @param text the value as printed ({@code <k} when hidden)
     * @param axisLabel the short label under the bar (month number or year); {@code name} is the full one
     */
    public record Bar(int x, int y, int width, int height, int textX, int textY, String text, String axisLabel,
            String name, boolean suppressed) {
    }

    /** One bar's input: its short and full labels and the published value. */
    record Point(String axisLabel, String name, Value value) {
    }

    static TrendChart of(String code, String label, List<Point> points, int k, Locale locale) {
        long max = points.stream().map(Point::value)
                .filter(v -> !v.suppressed()).mapToLong(Value::value).max().orElse(0);
        int baseline = TOP + PLOT;
        List<Bar> bars = new ArrayList<>();
        List<String> described = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            Value value = point.value();
            int height = value.suppressed() ? HIDDEN
                    : max == 0 ? 0 : (int) Math.round((double) PLOT * value.value() / max);
            int x = GAP + i * (BAR + GAP);
            String text = Cells.text(value, k, locale);
            bars.add(new Bar(x, baseline - height, BAR, height, x + BAR / 2, baseline - height - 3, text,
                    point.axisLabel(), point.name(), value.suppressed()));
            described.add(point.name() + ": " + text);
        }
        int width = Math.max(GAP + points.size() * (BAR + GAP), 120);
        return new TrendChart(code, label, String.join("; ", described), width, baseline + AXIS, baseline, bars);
    }
}
