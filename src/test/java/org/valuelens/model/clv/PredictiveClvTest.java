package org.valuelens.model.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.valuelens.model.CustomerSummary;
import org.valuelens.model.TimeUnit;
import org.valuelens.model.btyd.BgNbdModel;
import org.valuelens.model.btyd.CurveModel;
import org.valuelens.model.btyd.GammaGammaModel;
import org.valuelens.model.btyd.ParetoNbdModel;
import org.valuelens.model.btyd.PurchaseModel;
import org.valuelens.model.btyd.SpendModel;
import org.valuelens.model.progress.CancelledException;
import org.valuelens.model.progress.ProgressListener;

class PredictiveClvTest {

    private static final SpendModel SPEND = new GammaGammaModel(6.25, 3.74, 15.44);
    private static final PurchaseModel BG_NBD_DAYS = new BgNbdModel(0.243, 4.414 * 7, 0.793, 2.426);

    /** Seeded daily customers; many share x and T but not t_x, some x = 0, T = 0 or large x. */
    private static List<CustomerSummary> customers(int n) {
        Random random = new Random(7);
        LocalDate day = LocalDate.of(2024, 1, 1);
        List<CustomerSummary> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int x = random.nextInt(4) == 0 ? 0 : random.nextInt(i % 50 == 0 ? 400 : 12);
            double age = i % 37 == 0 ? 0 : 300 + random.nextInt(60);
            double tx = x == 0 ? 0 : Math.min(age, Math.max(1, random.nextInt((int) age + 1)));
            double mean = x == 0 ? 0 : 5 + 40 * random.nextDouble();
            list.add(new CustomerSummary("c" + i, day, day, null, x, tx, age, mean, mean * (x + 1), null, x + 1, 0,
                    0));
        }
        return list;
    }

    private static double[] margins(int n) {
        double[] m = new double[n];
        for (int i = 0; i < n; i++) {
            m[i] = 0.1 + 0.8 * i / n;
        }
        return m;
    }

    @Test
    void givesEachCustomerTheDefinitionsValueWithinOneInAMillion() {
        List<CustomerSummary> cs = customers(3_000);
        double[] m = margins(cs.size());
        for (PurchaseModel model : List.of(BG_NBD_DAYS, new ParetoNbdModel(0.553, 74.05, 0.606, 81.68))) {
            PredictiveClv.Values v = new PredictiveClv(model, SPEND, TimeUnit.DAY, 365, 0.10)
                    .compute(cs, m, ProgressListener.NONE);
            double d = Math.pow(1.10, 1 / 365.25) - 1;
            for (int i = 0; i < cs.size(); i += 7) {
                CustomerSummary c = cs.get(i);
                double sum = 0;
                double previous = 0;
                for (int k = 1; k <= 365; k++) {
                    double e = model.expectedPurchases(k, c.frequency(), c.recency(), c.age());
                    sum += (e - previous) / Math.pow(1 + d, k);
                    previous = e;
                }
                double want = sum * SPEND.expectedSpend(c.frequency(), c.monetaryValue()) * m[i];
                assertThat(v.clv()[i]).as("customer %s", c).isCloseTo(want, org.assertj.core.data.Percentage
                        .withPercentage(1e-4));
                assertThat(v.expectedPurchases()[i]).isCloseTo(previous, org.assertj.core.data.Offset
                        .offset(1e-12 * Math.max(1, previous)));
                assertThat(v.probabilityAlive()[i]).isEqualTo(model.probabilityAlive(c.frequency(), c.recency(),
                        c.age()));
            }
        }
    }

    @Test
    void equalsTheOneCustomerFormulaSoThatTheTableAndTheExplanationAgree() {
        List<CustomerSummary> cs = customers(500);
        double[] m = margins(cs.size());
        PredictiveClv.Values v = new PredictiveClv(BG_NBD_DAYS, SPEND, TimeUnit.DAY, 365, 0.10)
                .compute(cs, m, ProgressListener.NONE);
        for (int i = 0; i < cs.size(); i++) {
            assertThat(v.clv()[i]).isEqualTo(ClvFormulas.predictiveValue(BG_NBD_DAYS, SPEND, cs.get(i),
                    TimeUnit.DAY, 365, m[i], 0.10));
        }
    }

    @Test
    void sumsEveryPeriodForAModelItDoesNotKnow() {
        // E[Y(t)] = rate × t for a model outside the BTYD family: CLV = rate × spend × m × Σ_k v^k
        PurchaseModel poisson = new CurveModel(t -> 0.2 * t, 1);
        List<CustomerSummary> cs = customers(50);
        double[] m = margins(cs.size());
        PredictiveClv.Values v = new PredictiveClv(poisson, SPEND, TimeUnit.WEEK, 52, 0.10)
                .compute(cs, m, ProgressListener.NONE);
        double vw = 1 / (1 + TimeUnit.WEEK.periodRate(0.10));
        double annuity = vw * (1 - Math.pow(vw, 52)) / (1 - vw);
        for (int i = 0; i < cs.size(); i++) {
            CustomerSummary c = cs.get(i);
            double want = 0.2 * annuity * SPEND.expectedSpend(c.frequency(), c.monetaryValue()) * m[i];
            assertThat(v.clv()[i]).isCloseTo(want, org.assertj.core.data.Offset.offset(1e-9 * want));
        }
    }

    @Test
    void customersWithTheSameHistoryShareOneComputation() {
        CurveModel counting = new CurveModel(t -> 0.2 * t, 1);
        // 60 customers with 3 distinct (x, t_x, T) histories, different spend
        List<CustomerSummary> cs = new ArrayList<>();
        LocalDate day = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < 60; i++) {
            int x = i % 3;
            cs.add(new CustomerSummary("c" + i, day, day, null, x, x, 10, 10 + i, 0, null, x + 1, 0, 0));
        }
        PredictiveClv.Values v = new PredictiveClv(counting, SPEND, TimeUnit.WEEK, 52, 0.10)
                .compute(cs, margins(60), ProgressListener.NONE);
        assertThat(counting.calls()).isEqualTo(3 * 52);
        assertThat(v.clv()[3]).isNotEqualTo(v.clv()[0]); // same history, own spend and margin
    }

    @Test
    void rejectsAMismatchedMarginListAndStopsWhenCancelled() {
        List<CustomerSummary> cs = customers(10);
        PredictiveClv clv = new PredictiveClv(BG_NBD_DAYS, SPEND, TimeUnit.DAY, 365, 0.10);
        assertThatThrownBy(() -> clv.compute(cs, new double[3], ProgressListener.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one margin per customer");
        ProgressListener cancelled = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> clv.compute(cs, margins(10), cancelled)).isInstanceOf(CancelledException.class);
    }
}
