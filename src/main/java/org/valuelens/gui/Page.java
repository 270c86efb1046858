package org.valuelens.gui;

/**
 * The pages of the main window, in sidebar order. Keys name the bundle texts; {@code shortcut} is the digit of
 * the Ctrl/Cmd+digit accelerator (0 = none).
 */
public enum Page {
    /** Start screen: sample, import, recent workspaces. */
    START("nav.start", Icons.HOME, 0),
    /** The workspace's datasets: open, rename, delete. */
    DATASETS("nav.datasets", Icons.DATABASE, 0),
    /** Key figures of the dataset. */
    OVERVIEW("nav.overview", Icons.OVERVIEW, 1),
    /** Customer lifetime value. */
    CLV("nav.clv", Icons.CLV, 2),
    /** Customer segments. */
    SEGMENTS("nav.segments", Icons.SEGMENTS, 3),
    /** Cohort analysis. */
    COHORTS("nav.cohorts", Icons.COHORTS, 4),
    /** Acquisition channels. */
    CHANNELS("nav.channels", Icons.CHANNELS, 5),
    /** First products, N-day value, time between orders, cross-sell pairs (issue 17). */
    PRODUCTS("nav.products", org.valuelens.gui.products.ProductsView.ICON, 0),
    /** Customer table. */
    CUSTOMERS("nav.customers", Icons.CUSTOMERS, 6),
    /** What-if CLV calculator (works without data). */
    WHATIF("nav.whatif", org.valuelens.gui.whatif.WhatIfView.ICON, 7),
    /** Subscription cohorts (sBG) and discrete-period data (BG/BB); works without data. */
    SUBSCRIPTION("nav.subscription", org.valuelens.gui.subscription.SubscriptionView.ICON, 8),
    /** Preferences. */
    SETTINGS("nav.settings", Icons.SETTINGS, 0);

    private final String titleKey;
    private final String icon;
    private final int shortcut;

    Page(String titleKey, String icon, int shortcut) {
        this.titleKey = titleKey;
        this.icon = icon;
        this.shortcut = shortcut;
    }

    /** @return bundle key of the page's name */
    public String titleKey() {
        return titleKey;
    }

    /** @return SVG path of the page's icon (24×24 grid, drawn as a stroke) */
    public String icon() {
        return icon;
    }

    /** @return the accelerator digit 1..9, or 0 for none */
    public int shortcut() {
        return shortcut;
    }

    /**
     * @param digit 1..9
     * @return the page with that shortcut digit, or {@code null}
     */
    public static Page forShortcut(int digit) {
        for (Page p : values()) {
            if (p.shortcut != 0 && p.shortcut == digit) {
                return p;
            }
        }
        return null;
    }
}
