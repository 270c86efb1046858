package org.valuelens.gui.glossary;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.valuelens.gui.common.I18n;

/**
 * The glossary: plain definitions of the terms the app uses, in the UI language, filtered by a search text that
 * matches the term or the definition (case-insensitive). FX thread only.
 */
public final class GlossaryViewModel {

    /**
     * One term.
     *
     * @param id         stable id (e.g. "aov")
     * @param term       the term with its abbreviation
     * @param definition one to three plain sentences
     */
    public record Entry(String id, String term, String definition) {
    }

    private final ObservableList<Entry> all = FXCollections.observableArrayList();
    private final FilteredList<Entry> shown = new FilteredList<>(all);
    private final StringProperty search = new SimpleStringProperty("");

    /** @param i18n texts ({@code null} not permitted) */
    public GlossaryViewModel(I18n i18n) {
        Objects.requireNonNull(i18n, "i18n");
        all.setAll(List.of(
                entry(i18n, "clv", "glossary.clv.term", "glossary.clv.def"),
                entry(i18n, "aov", "glossary.aov.term", "glossary.aov.def"),
                entry(i18n, "frequency", "glossary.frequency.term", "glossary.frequency.def"),
                entry(i18n, "lifespan", "glossary.lifespan.term", "glossary.lifespan.def"),
                entry(i18n, "retention", "glossary.retention.term", "glossary.retention.def"),
                entry(i18n, "churn", "glossary.churn.term", "glossary.churn.def"),
                entry(i18n, "discount", "glossary.discount.term", "glossary.discount.def"),
                entry(i18n, "margin", "glossary.margin.term", "glossary.margin.def"),
                entry(i18n, "cac", "glossary.cac.term", "glossary.cac.def"),
                entry(i18n, "ltvCac", "glossary.ltvCac.term", "glossary.ltvCac.def"),
                entry(i18n, "payback", "glossary.payback.term", "glossary.payback.def"),
                entry(i18n, "pAlive", "glossary.pAlive.term", "glossary.pAlive.def"),
                entry(i18n, "rfm", "glossary.rfm.term", "glossary.rfm.def"),
                entry(i18n, "cohort", "glossary.cohort.term", "glossary.cohort.def"),
                entry(i18n, "bgnbd", "glossary.bgnbd.term", "glossary.bgnbd.def"),
                entry(i18n, "gammaGamma", "glossary.gammaGamma.term", "glossary.gammaGamma.def"),
                entry(i18n, "holdout", "glossary.holdout.term", "glossary.holdout.def"),
                entry(i18n, "churnBands", "glossary.churnBands.term", "glossary.churnBands.def"),
                entry(i18n, "hiatus", "glossary.hiatus.term", "glossary.hiatus.def"),
                entry(i18n, "migration", "glossary.migration.term", "glossary.migration.def"),
                entry(i18n, "sbg", "glossary.sbg.term", "glossary.sbg.def"),
                entry(i18n, "derl", "glossary.derl.term", "glossary.derl.def"),
                entry(i18n, "bgbb", "glossary.bgbb.term", "glossary.bgbb.def")));
        search.addListener((obs, o, n) -> {
            String q = n == null ? "" : n.trim().toLowerCase(Locale.ROOT);
            shown.setPredicate(q.isEmpty() ? null : e -> e.term().toLowerCase(Locale.ROOT).contains(q)
                    || e.definition().toLowerCase(Locale.ROOT).contains(q));
        });
    }

    private static Entry entry(I18n i18n, String id, String termKey, String defKey) {
        return new Entry(id, i18n.get(termKey), i18n.get(defKey));
    }

    /** @return the terms matching the search, in glossary order */
    public ObservableList<Entry> entries() {
        return shown;
    }

    /** @return the search text */
    public StringProperty searchProperty() {
        return search;
    }
}
