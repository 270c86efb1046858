package org.valuelens.gui.clv;

import org.valuelens.gui.Icons;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.PageView;

/** The Clv page; shows its empty state until data is open. */
public final class ClvView extends PageView {

    /**
     * @param model the view model
     * @param i18n  texts
     */
    public ClvView(ClvViewModel model, I18n i18n) {
        super(i18n, "page.clv.title", "page.clv.subtitle", Icons.CLV);
        setId("page-clv");
        setCenter(emptyState(model, Icons.CLV, "page.clv.empty"));
    }
}
