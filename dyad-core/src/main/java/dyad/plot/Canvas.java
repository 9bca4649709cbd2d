package dyad.plot;

/** Where a chart is drawn: the same drawing code makes the PNG and the SVG. Coordinates in pixels, origin top left. */
interface Canvas {
    void line(double x1, double y1, double x2, double y2, String color, double width);

    void rect(double x, double y, double w, double h, String color);

    /** Text at (x, y) baseline; anchor is "start", "middle" or "end". */
    void text(double x, double y, String s, int size, String anchor, String color);
}
