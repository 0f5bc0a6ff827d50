#include "testing.hpp"
#include "unit6.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

#include <numbers>

TEST_CASE("6.05 Gaussian MLE: the worked example and the likelihood's maximum") {
    const auto fit = exercises::gaussian_mle(Vector{2, 4, 4, 4, 5, 5, 7, 9});
    CHECK(fit.mean == near(5.0, 1e-15));
    CHECK(fit.variance == near(4.0, 1e-14));
    CHECK(fit.log_likelihood == near(-4.0 * (std::log(8.0 * std::numbers::pi) + 1.0), 1e-12));
    CHECK(fit.log_likelihood == near(-16.897, 1e-3));  // the number quoted in the task text
    // Against the library: the MLE, and the log-likelihood summed from Normal::log_pdf.
    Rng rng(605);
    Vector x(50);
    for (double& v : x) v = 3.0 + 2.0 * rng.normal();
    const auto f = exercises::gaussian_mle(x);
    const NormalMLE m = mle_normal(x);
    CHECK(f.mean == near(m.mean, 1e-13));
    CHECK(f.variance == near(m.variance, 1e-12));
    CHECK(f.log_likelihood == near(log_likelihood(Normal(m.mean, std::sqrt(m.variance)), x), 1e-10));
    CHECK_THROWS_AS(exercises::gaussian_mle(Vector{1.0}), DomainError);
    CHECK_THROWS_AS(exercises::gaussian_mle(Vector{2.5, 2.5, 2.5}), DomainError);  // σ̂² = 0
}
