#include "testing.hpp"
#include "unit2.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>

using namespace mml;
using mml::testing::near;

TEST_CASE("2.08 PCA by hand: two points on a diagonal") {
    const Matrix X{{-1, -1}, {1, 1}};
    const auto r = exercises::pca_by_hand(X, 1);
    CHECK(r.mean == near(Vector{0, 0}, 1e-15));
    CHECK(r.variances[0] == doctest::Approx(2.0));
    CHECK(std::abs(r.directions(0, 0)) == doctest::Approx(1 / std::sqrt(2.0)));
    CHECK(r.directions(0, 0) * r.directions(1, 0) > 0);
    CHECK(r.reconstruction_error == doctest::Approx(0.0).epsilon(1e-12).scale(1.0));
}

// Against the library's SVD-based pca, and the reconstruction error = sum of the discarded eigenvalues.
TEST_CASE("2.08 PCA by hand: agrees with mml::pca; error = discarded variance (seeded random data)") {
    Rng rng(2008);
    const std::size_t N = 60, D = 3;
    Matrix X(N, D);
    for (std::size_t n = 0; n < N; ++n) {
        const double t = 2 * rng.normal(), s = 0.5 * rng.normal(), u = 0.1 * rng.normal();
        X(n, 0) = 3 + t;
        X(n, 1) = t + s;
        X(n, 2) = -1 + s + u;
    }
    const PCA all = pca(X, D);
    for (std::size_t k = 1; k <= D; ++k) {
        const auto r = exercises::pca_by_hand(X, k);
        CHECK(r.mean == near(all.mean, 1e-12));
        for (std::size_t i = 0; i < k; ++i) {
            CHECK(r.variances[i] == doctest::Approx(all.explained_variance[i]).epsilon(1e-9));
            CHECK(std::abs(dot(r.directions.col(i), all.components.col(i))) == doctest::Approx(1.0).epsilon(1e-8));
        }
        double discarded = 0.0;
        for (std::size_t i = k; i < D; ++i) discarded += all.explained_variance[i];
        CHECK(r.reconstruction_error == near(discarded, 1e-9));
    }
    CHECK_THROWS_AS(exercises::pca_by_hand(X, 4), DimensionError);
}
