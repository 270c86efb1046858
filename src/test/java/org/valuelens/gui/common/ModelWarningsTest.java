package org.valuelens.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.valuelens.model.btyd.BgNbdFitter;
import org.valuelens.model.btyd.FitResult;
import org.valuelens.model.btyd.GammaGammaFitter;
import org.valuelens.model.btyd.GammaGammaModel;

/** The model's own warning sentences are recognised and re-worded in Chinese, numbers kept. */
class ModelWarningsTest {

    private static final I18n ZH = new I18n(Locale.SIMPLIFIED_CHINESE);
    private static final I18n EN = new I18n(Locale.ENGLISH);

    @Test
    void bgNbdOneTimeBuyerWarningIsTranslated() {
        assertThat(ModelWarnings.localise(ZH, BgNbdFitter.ONE_TIME_BUYER_WARNING))
                .isEqualTo(ZH.get("warning.oneTimeBuyers"));
    }

    @Test
    void gammaGammaExclusionWarningOfARealFitKeepsItsThreeCounts() {
        // 4 repeat buyers with spend, 2 one-time buyers, 1 repeat buyer with zero spend
        int[] x = {1, 2, 3, 4, 0, 0, 2};
        double[] m = {10, 20, 15, 30, 0, 0, 0};
        FitResult<GammaGammaModel> fit = new GammaGammaFitter().fit(x, m);
        String warning = fit.warnings().stream().filter(w -> w.startsWith("Gamma-Gamma was fitted")).findFirst()
                .orElseThrow();

        String zh = ModelWarnings.localise(ZH, warning);

        assertThat(zh).startsWith("Gamma-Gamma 模型基于 4 位").contains("已排除 2 位").contains("和 1 位");
        assertThat(ModelWarnings.localise(EN, warning)).isEqualTo(warning);
    }

    @Test
    void anUnknownSentenceIsShownUnchanged() {
        assertThat(ModelWarnings.localise(ZH, "Something new.")).isEqualTo("Something new.");
    }
}
