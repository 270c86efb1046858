package org.valuelens.gui.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.valuelens.gui.common.DirectTaskExecutor;
import org.valuelens.gui.common.FakeDialogService;
import org.valuelens.gui.common.I18n;

/** The sBG and BG/BB sections without a UI: published fits, projections, one-sentence input errors. */
class SubscriptionViewModelTest {
    private final FakeDialogService dialogs = new FakeDialogService();
    private final SubscriptionViewModel sbg = new SubscriptionViewModel(new DirectTaskExecutor(), dialogs,
            new I18n(Locale.ENGLISH));
    private final BgBbViewModel bgbb = new BgBbViewModel(new DirectTaskExecutor(), dialogs,
            new I18n(Locale.ENGLISH));

    @Test
    void typedRegularSegmentGivesThePublishedFitAndAProjectedTable() {
        // Fader & Hardie (2007): regular segment, years 0..7 -> alpha 0.704, beta 1.182
        sbg.activeTextProperty().set("1000, 631, 468, 382, 326, 289, 262, 241");
        sbg.horizonTextProperty().set("4");
        sbg.fit();
        assertThat(sbg.messageProperty().get()).isEmpty();
        assertThat(sbg.reportProperty().get().fit().parameter("alpha")).isCloseTo(0.704, offset(0.005 * 0.704));
        assertThat(sbg.reportProperty().get().fit().parameter("beta")).isCloseTo(1.182, offset(0.005 * 1.182));
        assertThat(sbg.periods()).hasSize(8 + 4);
        assertThat(sbg.periods().get(11).projected()).isTrue();
        assertThat(sbg.chartProperty().get()).isNotNull();
        assertThat(sbg.summaryProperty().get()).contains("alpha 0.70").contains("241 still active");
    }

    @Test
    void theExampleButtonFillsInTheFiveYearCohort() {
        sbg.useExample();
        assertThat(sbg.activeTextProperty().get()).isEqualTo("1000, 631, 468, 382, 326");
        assertThat(sbg.reportProperty().get().active()).containsExactly(1000, 631, 468, 382, 326);
    }

    @Test
    void aWordInTheInputIsNamedWithoutADialog() {
        sbg.activeTextProperty().set("1000, 63l, 468");
        sbg.fit();
        assertThat(sbg.messageProperty().get()).contains("'63l' is not a number");
        assertThat(sbg.reportProperty().get()).isNull();
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void aGrowingCohortIsExplainedInOneSentence() {
        sbg.activeTextProperty().set("1000, 600, 650");
        sbg.fit();
        assertThat(sbg.messageProperty().get()).contains("Period 2 has 650").contains("600 of period 1");
        assertThat(sbg.periods()).isEmpty();
    }

    @Test
    void explainShowsTheFormulas() {
        sbg.explain();
        assertThat(dialogs.shown).singleElement().satisfies(s -> assertThat(s.message()).contains("S(t)")
                .contains("DERL"));
    }

    @Test
    void donationsExampleGivesThePublishedBgBbFit() {
        // Fader, Hardie & Shang (2010): alpha 1.204, beta 0.750, gamma 0.657, delta 2.783
        bgbb.useExample();
        var p = bgbb.reportProperty().get().fit().parameters();
        assertThat(p.get("alpha")).isCloseTo(1.204, offset(0.005 * 1.204));
        assertThat(p.get("beta")).isCloseTo(0.750, offset(0.005 * 0.750));
        assertThat(p.get("gamma")).isCloseTo(0.657, offset(0.005 * 0.657));
        assertThat(p.get("delta")).isCloseTo(2.783, offset(0.005 * 2.783));
        assertThat(bgbb.rows()).hasSize(22);
        assertThat(bgbb.summaryProperty().get()).contains("11,104 customers");
        assertThat(bgbb.chartProperty().get()).isNotNull();
    }

    @Test
    void anImpossibleBgBbLineIsNamed() {
        bgbb.tableTextProperty().set("2, 1, 6, 100");
        bgbb.fit();
        assertThat(bgbb.messageProperty().get()).contains("Line 1").contains("2, 1, 6, 100");
        assertThat(bgbb.rows()).isEmpty();
    }
}
