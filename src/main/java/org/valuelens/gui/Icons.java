package org.valuelens.gui;

/** SVG path data of the app's line icons, on a 24×24 grid, drawn as 2-px strokes (no fonts, no network). */
public final class Icons {
    /** House. */
    public static final String HOME = "M3 11 L12 3 L21 11 M5 9 V21 H19 V9";
    /** Dashboard tiles. */
    public static final String OVERVIEW = "M3 3 H10 V12 H3 Z M14 3 H21 V8 H14 Z M14 12 H21 V21 H14 Z "
            + "M3 16 H10 V21 H3 Z";
    /** Rising line. */
    public static final String CLV = "M3 17 L9 11 L13 15 L21 7 M15 7 H21 V13";
    /** Pie chart. */
    public static final String SEGMENTS = "M21 12 A9 9 0 1 1 12 3 M12 3 V12 H21 M15 3.5 A9 9 0 0 1 20.5 9";
    /** Grid. */
    public static final String COHORTS = "M3 3 H21 V21 H3 Z M3 9 H21 M3 15 H21 M9 3 V21 M15 3 V21";
    /** Branching paths. */
    public static final String CHANNELS = "M6 3 V15 M18 3 A3 3 0 1 0 18 9 A3 3 0 1 0 18 3 "
            + "M6 15 A3 3 0 1 0 6 21 A3 3 0 1 0 6 15 M18 9 C18 14 10 13 7 15.5";
    /** Two people. */
    public static final String CUSTOMERS = "M9 3 A4 4 0 1 0 9 11 A4 4 0 1 0 9 3 M2 21 V19 C2 16.5 4 15 6 15 H12 "
            + "C14 15 16 16.5 16 19 V21 M16 3.2 A4 4 0 0 1 16 10.8 M22 21 V19 C22 17 20.5 15.4 19 15.1";
    /** Sliders. */
    public static final String SETTINGS = "M4 6 H20 M4 12 H20 M4 18 H20 M8 4 V8 M16 10 V14 M11 16 V20";
    /** Database cylinder. */
    public static final String DATABASE = "M4 5 A8 3 0 1 0 20 5 A8 3 0 1 0 4 5 M4 5 V19 A8 3 0 0 0 20 19 V5 "
            + "M4 12 A8 3 0 0 0 20 12";
    /** Document with an up arrow. */
    public static final String IMPORT = "M14 3 H6 V21 H18 V7 Z M14 3 V7 H18 M12 18 V11 M9 14 L12 11 L15 14";
    /** Folder. */
    public static final String FOLDER = "M3 6 V19 H21 V8 H12 L10 6 Z";
    /** Magnifying lens with bars: the logo. */
    public static final String LOGO = "M11 3 A8 8 0 1 0 11 19 A8 8 0 1 0 11 3 M17 17 L22 22 M7 14 V11 M11 14 V8 "
            + "M15 14 V10";

    private Icons() {
    }
}
