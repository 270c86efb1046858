package org.valuelens.gui.segments;

import org.valuelens.gui.Icons;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.PageView;

/** The Segments page; shows its empty state until data is open. */
public final class SegmentsView extends PageView {

    /**
     * @param model the view model
     * @param i18n  texts
     */
    public SegmentsView(SegmentsViewModel model, I18n i18n) {
        super(i18n, "page.segments.title", "page.segments.subtitle", Icons.SEGMENTS);
        setId("page-segments");
        setCenter(emptyState(model, Icons.SEGMENTS, "page.segments.empty"));
    }
}
