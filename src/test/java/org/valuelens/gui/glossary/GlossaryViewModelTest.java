package org.valuelens.gui.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.valuelens.gui.common.I18n;

/** The glossary's terms and its search. */
class GlossaryViewModelTest {

    @Test
    void listsEveryTermTheIssueAsksFor() {
        GlossaryViewModel model = new GlossaryViewModel(new I18n(Locale.ENGLISH));

        assertThat(model.entries()).extracting(GlossaryViewModel.Entry::id).contains("aov", "frequency", "lifespan",
                "retention", "churn", "discount", "margin", "cac", "ltvCac", "payback", "pAlive", "rfm", "cohort",
                "clv", "bgnbd", "gammaGamma", "holdout");
        assertThat(model.entries()).allSatisfy(e -> assertThat(e.definition()).isNotBlank().doesNotStartWith("!"));
    }

    @Test
    void searchMatchesTermsAndDefinitionsIgnoringCase() {
        GlossaryViewModel model = new GlossaryViewModel(new I18n(Locale.ENGLISH));

        model.searchProperty().set("ltv:cac");
        assertThat(model.entries()).extracting(GlossaryViewModel.Entry::id).containsExactly("ltvCac");

        model.searchProperty().set("ACQUISITION COST");
        assertThat(model.entries()).extracting(GlossaryViewModel.Entry::id).contains("cac", "ltvCac", "payback");

        model.searchProperty().set("");
        assertThat(model.entries()).hasSize(23);
    }

    @Test
    void chineseSearchFindsChineseTerms() {
        GlossaryViewModel model = new GlossaryViewModel(new I18n(Locale.SIMPLIFIED_CHINESE));

        model.searchProperty().set("留存");

        assertThat(model.entries()).extracting(GlossaryViewModel.Entry::id).contains("retention", "churn");
    }
}
