package dev.leadbridge.qualification.domain.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticRegressionTests {

    /**
     * The worked example of the "Logistic regression" article of the English Wikipedia (hours studied against passing
     * an exam, 20 students), whose maximum-likelihood fit it gives as intercept −4.1 and slope 1.5 (−4.0777 and
     * 1.5046 in its table of coefficients): a result computed elsewhere, by other software.
     */
    private static final double[] HOURS = {0.50, 0.75, 1.00, 1.25, 1.50, 1.75, 1.75, 2.00, 2.25, 2.50, 2.75, 3.00,
            3.25, 3.50, 4.00, 4.25, 4.50, 4.75, 5.00, 5.50};
    private static final int[] PASSED = {0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 1, 1, 1, 1, 1};

    @Test
    void reproducesAPublishedMaximumLikelihoodFit() {
        double[][] x = Arrays.stream(HOURS).mapToObj(hours -> new double[] {hours}).toArray(double[][]::new);

        LogisticRegression.Fit fit = LogisticRegression.fit(x, PASSED, new LogisticRegression.Options(0, 50, 1e-10));

        assertThat(fit.converged()).isTrue();
        assertThat(fit.model().intercept()).isCloseTo(-4.0777, within(5e-4));
        assertThat(fit.model().weights()[0]).isCloseTo(1.5046, within(5e-4));
        assertThat(fit.model().probability(new double[] {2})).as("the article's 2 hours: 0.26").isCloseTo(0.26,
                within(0.005));
        assertThat(fit.model().probability(new double[] {4})).as("the article's 4 hours: 0.87").isCloseTo(0.87,
                within(0.005));
    }

    @Test
    void thePenalisedFitIsWhereThePenalisedGradientVanishes() {
        Random random = new Random(3);
        double[][] x = new double[500][4];
        int[] y = new int[500];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < 4; j++) {
                x[i][j] = j == 3 ? random.nextInt(2) : random.nextGaussian();
            }
            double logit = 0.3 + 1.2 * x[i][0] - 0.7 * x[i][1] + 0 * x[i][2] + 2 * x[i][3];
            y[i] = random.nextDouble() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
        }
        double l2 = 5;

        LogisticModel model = LogisticRegression.fit(x, y, new LogisticRegression.Options(l2, 50, 1e-10)).model();

        // the score equations: Σ(y − p) = 0 for the intercept, Σ(y − p)·x_j = λ·w_j for each weight
        double[] gradient = new double[5];
        for (int i = 0; i < x.length; i++) {
            double residual = y[i] - model.probability(x[i]);
            gradient[0] += residual;
            for (int j = 0; j < 4; j++) {
                gradient[j + 1] += residual * x[i][j];
            }
        }
        assertThat(gradient[0]).isCloseTo(0, within(1e-6));
        for (int j = 0; j < 4; j++) {
            assertThat(gradient[j + 1]).isCloseTo(l2 * model.weights()[j], within(1e-6));
        }
        assertThat(model.weights()[0]).isPositive();
        assertThat(model.weights()[1]).isNegative();
        assertThat(model.weights()[3]).isGreaterThan(model.weights()[0]);
    }

    @Test
    void separableOutcomesStayFiniteAndAPenaltyKeepsThemModest() {
        double[][] x = {{-2}, {-1}, {1}, {2}};
        int[] y = {0, 0, 1, 1};

        LogisticRegression.Fit plain = LogisticRegression.fit(x, y, new LogisticRegression.Options(0, 30, 1e-8));
        LogisticRegression.Fit penalised = LogisticRegression.fit(x, y, LogisticRegression.Options.DEFAULT);

        assertThat(plain.converged()).as("no finite maximum").isFalse();
        assertThat(Double.isFinite(plain.model().weights()[0])).isTrue();
        assertThat(penalised.converged()).isTrue();
        assertThat(penalised.model().weights()[0]).isBetween(0.1, 5.0);
    }

    @Test
    void aFeatureThatNeverVariesGetsNoWeight() {
        double[][] x = {{1, 0}, {2, 0}, {3, 0}, {4, 0}, {5, 0}};
        int[] y = {0, 1, 0, 1, 1};

        LogisticModel model = LogisticRegression.fit(x, y, LogisticRegression.Options.DEFAULT).model();

        assertThat(model.weights()[1]).isZero();
    }

    @Test
    void refusesWhatIsNotATrainingSet() {
        LogisticRegression.Options options = LogisticRegression.Options.DEFAULT;
        assertThatThrownBy(() -> LogisticRegression.fit(new double[0][], new int[0], options))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LogisticRegression.fit(new double[][] {{1}, {1, 2}}, new int[] {0, 1}, options))
                .hasMessageContaining("example 1 has 2 features");
        assertThatThrownBy(() -> LogisticRegression.fit(new double[][] {{1}}, new int[] {2}, options))
                .hasMessageContaining("not 0 or 1");
        assertThatThrownBy(() -> LogisticRegression.fit(new double[][] {{Double.NaN}}, new int[] {1}, options))
                .hasMessageContaining("finite");
        assertThatThrownBy(() -> new LogisticRegression.Options(-1, 10, 1e-6))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
