package org.naswot.figures.cell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.naswot.figures.model.StagePlan;

/**
 * A {@link StagePlan} as one row of equally tall boxes joined by arrows, with the caption centred below. Pure
 * geometry, in unscaled units, from the text widths it is given.
 *
 * @param boxes   one per block, left to right
 * @param caption the caption's box, or null without a caption
 */
record StagePlanLayout(List<LayeredLayout.Box> boxes, LayeredLayout.Box caption, double width, double height) {

    /** Text sizes and spacing. */
    record Metrics(ToDoubleFunction<String> titleWidth, ToDoubleFunction<String> lineWidth, double lineHeight,
                   double padding, double arrow, double margin) {
    }

    static StagePlanLayout of(StagePlan plan, Metrics m) {
        int lines = plan.blocks().stream().mapToInt(b -> b.lines().size()).max().orElse(0);
        double h = (1 + lines) * m.lineHeight() + 2 * m.padding();
        List<LayeredLayout.Box> boxes = new ArrayList<>();
        double x = m.margin();
        for (StagePlan.Block b : plan.blocks()) {
            double w = m.titleWidth().applyAsDouble(b.title());
            for (String l : b.lines()) {
                w = Math.max(w, m.lineWidth().applyAsDouble(l));
            }
            w += 2 * m.padding();
            boxes.add(new LayeredLayout.Box(x + w / 2, m.margin() + h / 2, w, h));
            x += w + m.arrow();
        }
        double width = x - m.arrow() + m.margin();
        LayeredLayout.Box caption = null;
        double height = h + 2 * m.margin();
        if (!plan.caption().isEmpty()) {
            double cw = m.lineWidth().applyAsDouble(plan.caption());
            caption = new LayeredLayout.Box(width / 2, m.margin() + h + m.lineHeight(), cw, m.lineHeight());
            height += 1.5 * m.lineHeight();
            width = Math.max(width, cw + 2 * m.margin());
        }
        return new StagePlanLayout(List.copyOf(boxes), caption, width, height);
    }
}
