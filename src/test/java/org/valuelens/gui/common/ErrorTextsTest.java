package org.valuelens.gui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.summary.ReturnsPolicy;
import org.valuelens.service.AnalysisSettings;

/** Service errors a user reaches through the pages, in the interface language. */
class ErrorTextsTest {

    private static Throwable observationBeforeCalibration() {
        return catchThrowable(() -> new AnalysisSettings(null, TimeUnit.WEEK, LocalDate.of(1997, 9, 30),
                LocalDate.of(1997, 6, 30), ReturnsPolicy.NET, 0.3, 0.1, 52, 0, 3, null));
    }

    @Test
    void aRealServiceErrorIsReworded() {
        Throwable e = observationBeforeCalibration();
        assertThat(e).as("the service refuses the settings").isNotNull();

        assertThat(ErrorTexts.message(new I18n(Locale.forLanguageTag("ru")), e))
                .isEqualTo("Конец наблюдения 1997-06-30 раньше конца калибровки 1997-09-30.");
        assertThat(ErrorTexts.message(new I18n(Locale.TRADITIONAL_CHINESE), e))
                .isEqualTo("觀察期結束日 1997-06-30 早於校準期結束日 1997-09-30。");
        assertThat(ErrorTexts.message(new I18n(Locale.ENGLISH), e)).isEqualTo(e.getMessage());
    }

    @Test
    void aDatasetSentenceKeepsTheDatasetsIdAndFile() {
        Exception e = new IllegalStateException("Dataset 3 (orders 2024.csv) has no purchase on or before "
                + "2020-01-31.");
        assertThat(ErrorTexts.message(new I18n(Locale.SIMPLIFIED_CHINESE), e))
                .isEqualTo("数据集 3（orders 2024.csv）在 2020-01-31 或之前没有购买记录。");
    }

    @Test
    void theFittersNoRepeatCustomerSentenceIsReworded() {
        Throwable e = catchThrowable(() -> new org.valuelens.model.btyd.ParetoNbdFitter().fit(
                org.valuelens.model.btyd.CalibrationData.of(new int[] {0, 0}, new double[] {0, 0},
                        new double[] {5, 9})));
        assertThat(e).as("the fitter refuses data without repeat customers").isNotNull();
        assertThat(ErrorTexts.message(new I18n(Locale.SIMPLIFIED_CHINESE), e))
                .isEqualTo("没有重复购买的客户，无法拟合 Pareto/NBD：每位客户都只购买过一次。");
        assertThat(ErrorTexts.message(new I18n(Locale.ENGLISH), e))
                .isEqualTo("There is no repeat customer to fit Pareto/NBD on: every customer bought only once.");
    }

    @Test
    void theOtherReasonsAModelCannotBeFittedAreRewordedInEveryLanguage() {
        // the model comparison's rows carry these sentences from the fitters, as they are thrown
        Throwable allAgeZero = catchThrowable(() -> org.valuelens.model.btyd.BgNbdFitter.bgNbd().fit(
                org.valuelens.model.btyd.CalibrationData.of(new int[] {0, 0, 0}, new double[] {0, 0, 0},
                        new double[] {0, 0, 0})));
        Throwable oneCustomer = catchThrowable(() -> new org.valuelens.model.btyd.ParetoNbdFitter().fit(
                org.valuelens.model.btyd.CalibrationData.of(new int[] {2}, new double[] {3}, new double[] {5})));
        Throwable wrapped = new org.valuelens.service.ServiceException("The model bg-cnbd-k could not be fitted on "
                + "this data: " + oneCustomer.getMessage());
        for (Throwable e : new Throwable[] {allAgeZero, oneCustomer, wrapped,
            new IllegalStateException("MBG/NBD did not reach finite parameters; the data are too few or too regular"
                    + " for this model"),
            new IllegalStateException("The model pareto-nbd could not be fitted on this data.")}) {
            assertThat(e).as("the fitter refuses the data").isNotNull();
            for (Locale l : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE,
                Locale.forLanguageTag("ru")}) {
                // model names and ids (Pareto/NBD, bg-cnbd-k) stay; no other English word may
                String text = ErrorTexts.message(new I18n(l), e).replaceAll("\\S*(?i:nbd)\\S*", "");
                assertThat(text).as("%s in %s", e.getMessage(), l).doesNotContainPattern("[A-Za-z]{3,}")
                        .doesNotContain("{");
            }
        }
        assertThat(ErrorTexts.message(new I18n(Locale.SIMPLIFIED_CHINESE), allAgeZero)).contains("3 位客户");
        assertThat(ErrorTexts.message(new I18n(Locale.forLanguageTag("ru")), wrapped))
                .isEqualTo("Модель bg-cnbd-k не удалось построить на этих данных: Для Pareto/NBD нужно не менее 2"
                        + " клиентов, а есть 1.");
        assertThat(ErrorTexts.message(new I18n(Locale.ENGLISH), oneCustomer))
                .isEqualTo("Pareto/NBD needs at least 2 customers; there is 1.");
    }

    @Test
    void anUnknownMessageOrNoneStaysAsItIs() {
        I18n ru = new I18n(Locale.forLanguageTag("ru"));
        assertThat(ErrorTexts.message(ru, new IllegalArgumentException("Something new."))).isEqualTo("Something new.");
        assertThat(ErrorTexts.message(ru, new IllegalStateException())).isEqualTo("java.lang.IllegalStateException");
    }
}
