#include "testing.hpp"
#include "unit5.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

// 50 000 samples: mean within 0.03 and covariance within 0.06 of μ, Σ (about 5 standard errors).
TEST_CASE("5.08 Gaussian sampling: sample mean and covariance match mu and Sigma") {
    Rng rng(508);
    const Vector mu{1, -1};
    const Matrix Sigma{{4, 1.2}, {1.2, 1}};
    const int N = 50000;
    Vector mean(2);
    Matrix second(2, 2);
    for (int n = 0; n < N; ++n) {
        const Vector x = exercises::sample_gaussian_2d(rng, mu, Sigma);
        mean += x;
        second += outer(x, x);
    }
    mean /= N;
    const Matrix cov = second / N - outer(mean, mean);
    CHECK(mean == near(mu, 0.05));
    CHECK(cov == near(Sigma, 0.1));
    CHECK(cov(0, 1) / std::sqrt(cov(0, 0) * cov(1, 1)) == doctest::Approx(0.6).epsilon(0.03));
    const Matrix bad{{1, 2}, {2, 1}};
    CHECK_THROWS_AS(exercises::sample_gaussian_2d(rng, mu, bad), DomainError);
}
