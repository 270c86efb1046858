package org.valuelens.gui.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.valuelens.gui.common.I18n;
import org.valuelens.model.clv.ClvFormulas;
import org.valuelens.model.clv.ClvResult;
import org.valuelens.model.clv.ClvStep;

/** The model's input and step labels in the explainer, in every language but English. */
class ExplainLabelsTest {

    /** An English word of the model's labels left in a translated label (short notation such as "d", "AOV" is fine). */
    private static final Pattern ENGLISH_WORD = Pattern.compile("\\b(?!CLV\\b|AOV\\b|CAC\\b)[a-z]{4,}\\b");

    private static List<String> labels(ClvResult r) {
        List<String> out = new ArrayList<>(r.inputs().keySet());
        r.steps().stream().map(ClvStep::label).forEach(out::add);
        return out;
    }

    private static List<String> realLabels() {
        List<String> out = new ArrayList<>();
        out.addAll(labels(ClvFormulas.simple(50, 4, 3, 10)));
        out.addAll(labels(ClvFormulas.retention(100, 0.8, 0.1)));
        out.addAll(labels(ClvFormulas.discountedCashFlow(new double[] {100, 100, 100}, new double[] {40, 40, 40},
                0.8, 0.1, "week")));
        return out;
    }

    @Test
    void theFormulaLabelsHaveNoEnglishWordLeftInChineseOrRussian() {
        List<String> english = realLabels();
        assertThat(english).as("the model's labels").anyMatch(l -> l.contains("discount rate d (per "));
        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE,
                Locale.forLanguageTag("ru")}) {
            I18n i18n = new I18n(locale);
            for (String label : english) {
                String shown = ExplainLabels.translate(label, "¥", i18n);
                assertThat(shown.replaceAll("[A-Z]_\\w+|\\b[a-z]_[a-z]+\\b", ""))
                        .as(locale + ": " + label + " → " + shown).doesNotContainPattern(ENGLISH_WORD);
            }
        }
    }

    @Test
    void theDiscountRatePerWeekIsOneChinesePhrase() {
        String label = labels(ClvFormulas.discountedCashFlow(new double[] {1}, null, 0.8, 0.1, "week")).stream()
                .filter(l -> l.startsWith("discount rate d (per ")).findFirst().orElseThrow();
        assertThat(ExplainLabels.translate(label, "$", new I18n(Locale.SIMPLIFIED_CHINESE)))
                .isEqualTo("折现率 d (每周)");
        assertThat(ExplainLabels.translate(label, "$", new I18n(Locale.forLanguageTag("ru"))))
                .isEqualTo("ставка дисконтирования d (за неделю)");
    }
}
