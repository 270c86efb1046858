package org.valuelens.gui.customers;

import org.valuelens.gui.Icons;
import org.valuelens.gui.common.I18n;
import org.valuelens.gui.common.PageView;

/** The Customers page; shows its empty state until data is open. */
public final class CustomersView extends PageView {

    /**
     * @param model the view model
     * @param i18n  texts
     */
    public CustomersView(CustomersViewModel model, I18n i18n) {
        super(i18n, "page.customers.title", "page.customers.subtitle", Icons.CUSTOMERS);
        setId("page-customers");
        setCenter(emptyState(model, Icons.CUSTOMERS, "page.customers.empty"));
    }
}
