package org.valuelens.model.btyd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PurchaseModelsTest {

    @Test
    void fitsTheModelNamedById() {
        FitResult<? extends PurchaseModel> fit = PurchaseModels.fit("MBG-NBD", CdnowFixture.load().calibration());
        assertThat(fit.modelId()).isEqualTo("mbg-nbd");
        assertThat(fit.model().id()).isEqualTo("mbg-nbd");
    }

    @Test
    void rejectsUnknownIdWithTheChoices() {
        assertThatThrownBy(() -> PurchaseModels.fit("bgnbd", CdnowFixture.load().calibration()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown purchase model 'bgnbd': use one of [bg-nbd, mbg-nbd, pareto-nbd].");
    }
}
