// mml/stats/bias_variance.cpp — estimating bias², variance and noise by simulation. (MML §8.3.3)
//
// Monte Carlo estimation of the decomposition in bias_variance.hpp (Hastie, Tibshirani &
// Friedman, "The Elements of Statistical Learning" §7.3; Geman, Bienenstock & Doursat 1992):
// draw M training sets once, fit every degree to the same sets (a paired comparison), and
// average the squared deviations over the fits and over a grid of test inputs. Three steps:
// the test grid, the simulated data, and the terms for one degree.
#include "mml/stats/bias_variance.hpp"

#include "mml/core/error.hpp"
#include "mml/core/matrix.hpp"
#include "mml/stats/model_selection.hpp"

#include <sstream>

namespace mml {

namespace {
void require_settings(const BiasVarianceSettings& s) {
    if (!s.f) throw DomainError("bias_variance_experiment: settings.f, the true function, is not set");
    if (s.data_sets < 2 || s.test_points < 1 || !(s.b > s.a) || !(s.noise_stddev >= 0.0)) {
        std::ostringstream msg;
        msg << "bias_variance_experiment: need data_sets ≥ 2 (got " << s.data_sets << "), test_points ≥ 1 (got "
            << s.test_points << "), a < b (got [" << s.a << ", " << s.b << "]) and σ ≥ 0 (got " << s.noise_stddev << ")";
        throw DomainError(msg.str());
    }
}

// T evenly spaced test inputs on [a, b] (the midpoint when T = 1).
Vector test_grid(const BiasVarianceSettings& s) {
    const std::size_t T = s.test_points;
    Vector x(T);
    for (std::size_t t = 0; t < T; ++t)
        x[t] = T == 1 ? 0.5 * (s.a + s.b) : s.a + (s.b - s.a) * static_cast<double>(t) / static_cast<double>(T - 1);
    return x;
}

// The M training sets (inputs uniform on [a, b], yₙ = f(xₙ) + σεₙ) and one fresh noisy test target
// per (data set, test point), shared by all degrees. Drawn in this order, so a seed fixes them.
struct SimulatedData {
    std::vector<Vector> x, y;  // the training sets
    Matrix y_test;             // M × T
};
SimulatedData simulate(const BiasVarianceSettings& s, const Vector& x_test, Rng& rng) {
    const std::size_t M = s.data_sets, T = x_test.size();
    SimulatedData d{std::vector<Vector>(M, Vector(s.N)), std::vector<Vector>(M, Vector(s.N)), Matrix(M, T)};
    for (std::size_t m = 0; m < M; ++m)
        for (std::size_t n = 0; n < s.N; ++n) {
            d.x[m][n] = s.a + (s.b - s.a) * rng.uniform();
            d.y[m][n] = s.f(d.x[m][n]) + s.noise_stddev * rng.normal();
        }
    for (std::size_t m = 0; m < M; ++m)
        for (std::size_t t = 0; t < T; ++t) d.y_test(m, t) = s.f(x_test[t]) + s.noise_stddev * rng.normal();
    return d;
}

// bias², variance and the measured test error of degree-`degree` fits, averaged over the grid.
BiasVariancePoint decompose(const BiasVarianceSettings& s, const SimulatedData& d, const Vector& x_test, std::size_t degree) {
    const std::size_t M = s.data_sets, T = x_test.size();
    Matrix f_hat(M, T);  // f̂_m(x_t)
    for (std::size_t m = 0; m < M; ++m) f_hat.set_row(m, fit_polynomial(d.x[m], d.y[m], degree, s.lambda)(x_test));
    BiasVariancePoint p{degree, 0.0, 0.0, s.noise_stddev * s.noise_stddev, 0.0};
    for (std::size_t t = 0; t < T; ++t) {
        double f_bar = 0.0;  // E_D[f̂_D(x_t)] ≈ the average over the M fits
        for (std::size_t m = 0; m < M; ++m) f_bar += f_hat(m, t);
        f_bar /= static_cast<double>(M);
        const double bias = s.f(x_test[t]) - f_bar;
        p.bias_squared += bias * bias;
        for (std::size_t m = 0; m < M; ++m) {
            const double spread = f_hat(m, t) - f_bar, error = d.y_test(m, t) - f_hat(m, t);
            p.variance += spread * spread;
            p.expected_test_error += error * error;
        }
    }
    p.bias_squared /= static_cast<double>(T);
    p.variance /= static_cast<double>(T * M);
    p.expected_test_error /= static_cast<double>(T * M);
    return p;
}
}  // namespace

std::vector<BiasVariancePoint> bias_variance_experiment(const BiasVarianceSettings& s,
                                                        const std::vector<std::size_t>& degrees, Rng& rng) {
    require_settings(s);
    const Vector x_test = test_grid(s);
    const SimulatedData data = simulate(s, x_test, rng);
    std::vector<BiasVariancePoint> result;
    for (std::size_t degree : degrees) result.push_back(decompose(s, data, x_test, degree));
    return result;
}

}  // namespace mml
