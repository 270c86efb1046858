package org.valuelens.gui.overview;

import org.valuelens.gui.Icons;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.PageView;

/** The Overview page; shows its empty state until data is open. */
public final class OverviewView extends PageView {

    /**
     * @param model the view model
     * @param i18n  texts
     */
    public OverviewView(OverviewViewModel model, I18n i18n) {
        super(i18n, "page.overview.title", "page.overview.subtitle", Icons.OVERVIEW);
        setId("page-overview");
        setCenter(emptyState(model, Icons.OVERVIEW, "page.overview.empty"));
    }
}
