// mml/stats/bias_variance.cpp — estimating bias², variance and noise by simulation. (MML §8.3.3)
#include "mml/stats/bias_variance.hpp"

#include "mml/core/error.hpp"
#include "mml/core/matrix.hpp"
#include "mml/stats/model_selection.hpp"

#include <sstream>

namespace mml {

std::vector<BiasVariancePoint> bias_variance_experiment(const BiasVarianceSettings& s,
                                                        const std::vector<std::size_t>& degrees, Rng& rng) {
    if (!s.f) throw DomainError("bias_variance_experiment: settings.f, the true function, is not set");
    if (s.data_sets < 2 || s.test_points < 1 || !(s.b > s.a) || !(s.noise_stddev >= 0.0)) {
        std::ostringstream msg;
        msg << "bias_variance_experiment: need data_sets ≥ 2 (got " << s.data_sets << "), test_points ≥ 1 (got "
            << s.test_points << "), a < b (got [" << s.a << ", " << s.b << "]) and σ ≥ 0 (got " << s.noise_stddev << ")";
        throw DomainError(msg.str());
    }
    const std::size_t T = s.test_points, M = s.data_sets;
    Vector x_test(T);
    for (std::size_t t = 0; t < T; ++t)
        x_test[t] = T == 1 ? 0.5 * (s.a + s.b) : s.a + (s.b - s.a) * static_cast<double>(t) / static_cast<double>(T - 1);

    // Draw the M training sets once; every degree is fitted to the same sets (a paired comparison).
    std::vector<Vector> xs(M, Vector(s.N)), ys(M, Vector(s.N));
    for (std::size_t m = 0; m < M; ++m)
        for (std::size_t n = 0; n < s.N; ++n) {
            xs[m][n] = s.a + (s.b - s.a) * rng.uniform();
            ys[m][n] = s.f(xs[m][n]) + s.noise_stddev * rng.normal();
        }
    // One fresh noisy test target per (data set, test point), shared by all degrees.
    Matrix y_test(M, T);
    for (std::size_t m = 0; m < M; ++m)
        for (std::size_t t = 0; t < T; ++t) y_test(m, t) = s.f(x_test[t]) + s.noise_stddev * rng.normal();

    std::vector<BiasVariancePoint> result;
    for (std::size_t degree : degrees) {
        Matrix f_hat(M, T);  // f̂_m(x_t)
        for (std::size_t m = 0; m < M; ++m) f_hat.set_row(m, evaluate_polynomial(fit_polynomial(xs[m], ys[m], degree, s.lambda), x_test));
        BiasVariancePoint p{degree, 0.0, 0.0, s.noise_stddev * s.noise_stddev, 0.0};
        for (std::size_t t = 0; t < T; ++t) {
            double f_bar = 0.0;  // E_D[f̂_D(x_t)] ≈ average over the M fits
            for (std::size_t m = 0; m < M; ++m) f_bar += f_hat(m, t);
            f_bar /= static_cast<double>(M);
            const double bias = s.f(x_test[t]) - f_bar;
            p.bias_squared += bias * bias;
            for (std::size_t m = 0; m < M; ++m) {
                const double spread = f_hat(m, t) - f_bar, error = y_test(m, t) - f_hat(m, t);
                p.variance += spread * spread;
                p.expected_test_error += error * error;
            }
        }
        p.bias_squared /= static_cast<double>(T);
        p.variance /= static_cast<double>(T * M);
        p.expected_test_error /= static_cast<double>(T * M);
        result.push_back(p);
    }
    return result;
}

}  // namespace mml
