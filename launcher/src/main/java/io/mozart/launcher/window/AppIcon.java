package io.mozart.launcher.window;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Mozart's application icon, drawn in code (no image file to ship or license): a rounded violet square with a
 * white eighth note, O2Jam's favourite symbol.
 */
public final class AppIcon {

    private AppIcon() {}

    /**
     * @param size edge length in pixels
     * @return the icon at that size
     */
    public static BufferedImage image(int size) {
        final BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        final Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            final float s = size;
            g.setPaint(new GradientPaint(0, 0, new Color(0x8E, 0x44, 0xDB), s, s, new Color(0x3A, 0x1C, 0x8C)));
            g.fill(new RoundRectangle2D.Float(0, 0, s, s, s * 0.3f, s * 0.3f));
            g.setColor(Color.WHITE);
            // The note head, tilted like a printed one.
            final Graphics2D head = (Graphics2D) g.create();
            head.rotate(Math.toRadians(-20), s * 0.38, s * 0.70);
            head.fill(new Ellipse2D.Float(s * 0.22f, s * 0.60f, s * 0.32f, s * 0.22f));
            head.dispose();
            // The stem and the flag.
            g.setStroke(new BasicStroke(Math.max(1f, s * 0.07f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            final float stemX = s * 0.51f;
            g.drawLine(Math.round(stemX), Math.round(s * 0.66f), Math.round(stemX), Math.round(s * 0.18f));
            g.drawLine(Math.round(stemX), Math.round(s * 0.18f), Math.round(s * 0.76f), Math.round(s * 0.38f));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** @return the icon in the sizes window managers ask for (16 to 128 pixels) */
    public static List<Image> images() {
        final List<Image> images = new ArrayList<>();
        for (final int size : new int[] {16, 24, 32, 48, 64, 128}) {
            images.add(image(size));
        }
        return images;
    }
}
