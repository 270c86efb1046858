package org.valuelens.gui.cohorts;

import org.valuelens.gui.Icons;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.PageView;

/** The Cohorts page; shows its empty state until data is open. */
public final class CohortsView extends PageView {

    /**
     * @param model the view model
     * @param i18n  texts
     */
    public CohortsView(CohortsViewModel model, I18n i18n) {
        super(i18n, "page.cohorts.title", "page.cohorts.subtitle", Icons.COHORTS);
        setId("page-cohorts");
        setCenter(emptyState(model, Icons.COHORTS, "page.cohorts.empty"));
    }
}
