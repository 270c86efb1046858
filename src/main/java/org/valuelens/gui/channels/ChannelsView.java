package org.valuelens.gui.channels;

import org.valuelens.gui.Icons;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.PageView;

/** The Channels page; shows its empty state until data is open. */
public final class ChannelsView extends PageView {

    /**
     * @param model the view model
     * @param i18n  texts
     */
    public ChannelsView(ChannelsViewModel model, I18n i18n) {
        super(i18n, "page.channels.title", "page.channels.subtitle", Icons.CHANNELS);
        setId("page-channels");
        setCenter(emptyState(model, Icons.CHANNELS, "page.channels.empty"));
    }
}
