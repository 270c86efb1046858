package org.valuelens.service;

/** The colour theme of the desktop app. */
public enum Theme {
    /** Light background (AtlantaFX Primer Light). */
    LIGHT,
    /** Dark background (AtlantaFX Primer Dark). */
    DARK
}
